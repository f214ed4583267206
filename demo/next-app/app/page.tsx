// A server component (the app router's default), using the component as the README shows.
import { KakaoConsultButton } from 'kakao-consult-button/react';

export default function Home() {
  return (
    <main>
      <h1>상담 안내</h1>
      <KakaoConsultButton channel="@brand" placement="home" size="large" />
    </main>
  );
}
