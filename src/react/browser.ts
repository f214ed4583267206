// `kakao-consult-button/react` as bundlers for browsers get it: the same components without
// the code that works out the drawn link's `href`. In a browser the element is defined before
// React renders, so the drawn link never shows; a hydrated page keeps the server's `href`.
import { consultButtonComponent } from './components.js';

export const KakaoConsultButton = consultButtonComponent(() => undefined);
export { KakaoConsultQr } from './components.js';
