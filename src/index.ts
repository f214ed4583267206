// The browser entry: registers <kakao-consult-button> and re-exports the pure core. What a
// click needs (the behaviour), <kakao-consult-qr> and the operating config load with dynamic
// import(), so a bundler splits them into lazy chunks as the script-tag file does; the QR
// element's class is in `kakao-consult-button/qr`.
import { defineWhenUsed } from './elements/define-when-used.js';
import { QR_TAG } from './elements/tags.js';

export * from './core/index.js';
export { KakaoConsultButton, TAG } from './elements/consult-button.define.js';
export { QR_TAG };
export type { KakaoConsultQr } from './elements/consult-qr.js';
export type {
  ConsultClickDetail,
  ConsultConsentDetail,
  ConsultEventMap,
  ConsultEventName,
  ConsultLaunchDetail,
  ConsultProblemDetail,
  ConsultQrOpenDetail,
} from './elements/events.js';
export type { ConsultButtonAttributes, ConsultQrAttributes } from './elements/jsx.js';
export { configure } from './elements/configure.js';
export type { MemberInfo, MemberSource, SiteOptions, TicketSource } from './elements/configure.js';

defineWhenUsed(QR_TAG, () => import('./elements/consult-qr.define.js'));
