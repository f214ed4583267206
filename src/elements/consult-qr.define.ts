import { defineElement } from './define-element.js';
import { KakaoConsultQr } from './consult-qr.js';
import type { ConsultQrAttributes } from './jsx.js';

/** The tag the QR element is registered under. */
export const QR_TAG = 'kakao-consult-qr';

defineElement(QR_TAG, KakaoConsultQr);

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
