import { KakaoConsultQr } from './consult-qr.js';
import type { ConsultQrAttributes } from './jsx.js';

/** The tag the QR element is registered under. */
export const QR_TAG = 'kakao-consult-qr';

// A page may load the kit twice (a CMS plugin and a script tag); the first definition wins.
// Without `customElements` (server rendering) there is nothing to register.
if (typeof customElements !== 'undefined' && !customElements.get(QR_TAG)) {
  customElements.define(QR_TAG, KakaoConsultQr);
}

export { KakaoConsultQr };

declare global {
  interface HTMLElementTagNameMap {
    'kakao-consult-qr': KakaoConsultQr;
  }
  namespace JSX {
    interface IntrinsicElements {
      'kakao-consult-qr': ConsultQrAttributes;
    }
  }
}
