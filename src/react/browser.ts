// `kakao-consult-button/react` as bundlers for browsers get it: the same components without
// the code that works out the drawn link's `href`, which a browser needs only for a page it
// did not render on a server (there the link shows until the element's code arrives, and a
// tap on it waits for the element). A hydrated page keeps the server's `href`.
import { consultButtonComponent } from './components.js';

export const KakaoConsultButton = consultButtonComponent(() => undefined);
export { KakaoConsultQr } from './components.js';
