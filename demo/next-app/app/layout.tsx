import type { ReactNode } from 'react';
// Draws the button as the guide's before its element's code has arrived.
import 'kakao-consult-button/kakao-consult-button.css';

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="ko">
      <body>{children}</body>
    </html>
  );
}
