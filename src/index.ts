// The browser entry: registers the elements and re-exports the pure core.
export * from './core/index.js';
export { KakaoConsultButton, TAG } from './elements/consult-button.define.js';
export { KakaoConsultQr, QR_TAG } from './elements/consult-qr.define.js';
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
