// `kakao-consult-button/qr`: registers <kakao-consult-qr> only, with its QR encoder.
export { KakaoConsultQr, QR_TAG } from './elements/consult-qr/consult-qr.define.js';
