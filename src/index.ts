// The browser entry: registers the elements and re-exports the pure core.
export * from './core/index.js';
export { KakaoConsultButton, TAG } from './elements/consult-button.define.js';
export type {
  ConsultClickDetail,
  ConsultConsentDetail,
  ConsultLaunchDetail,
  ConsultProblemDetail,
} from './elements/consult-button.js';
export { KakaoConsultQr, QR_TAG } from './elements/consult-qr.define.js';
export type { ConsultQrOpenDetail } from './elements/consult-button.js';
export { configure } from './elements/configure.js';
export type { MemberInfo, MemberSource, SiteOptions } from './elements/configure.js';
