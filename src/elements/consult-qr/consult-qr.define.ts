import { defineElement } from '../internal/define-element.js';
import { KakaoConsultQr } from './consult-qr.js';
import type { ConsultQrAttributes } from '../internal/jsx.js';
import { QR_TAG } from '../internal/tags.js';

defineElement(QR_TAG, KakaoConsultQr);

export { KakaoConsultQr, QR_TAG };

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
