// The browser entry: registers <kakao-consult-button>. What a click needs (the behaviour),
// <kakao-consult-qr> and the operating config load with dynamic import(), so a bundler splits
// them into lazy chunks as the script-tag file does. The pure functions are in
// `kakao-consult-button/core` (only their types are here: a bundler keeps every module a
// side-effectful entry re-exports in the first chunk), the QR element's class in
// `kakao-consult-button/qr`.
import { defineWhenUsed } from './elements/internal/define-when-used.js';
import { QR_TAG } from './elements/internal/tags.js';

export type * from './core/index.js';
export { KakaoConsultButton, TAG } from './elements/consult-button/consult-button.define.js';
export { QR_TAG };
export type { KakaoConsultQr } from './elements/consult-qr/consult-qr.js';
export type {
  ConsultClickDetail,
  ConsultConsentDetail,
  ConsultEventMap,
  ConsultEventName,
  ConsultLaunchDetail,
  ConsultProblemDetail,
  ConsultQrOpenDetail,
} from './elements/internal/events.js';
export type { ConsultButtonAttributes, ConsultQrAttributes } from './elements/internal/jsx.js';
// Types the tags in React, Preact, Solid, Svelte and Vue templates (types only).
export type { VueElement } from './elements/internal/framework-tags.js';
export { configure } from './elements/consult-button/configure.js';
export type { MemberInfo, MemberSource, SiteOptions, TicketSource } from './elements/consult-button/configure.js';

defineWhenUsed(QR_TAG, () => import('./elements/consult-qr/consult-qr.define.js'));
