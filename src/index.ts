// The browser entry: registers the elements and re-exports the pure core.
export { KakaoConsultButton, TAG } from './elements/consult-button.define.js';
export type { ConsultClickDetail, ConsultLaunchDetail, ConsultProblemDetail } from './elements/consult-button.js';
export { buildLaunch, normalizeChannel, normalizeEndpoint, DEFAULT_ENDPOINT, EXTRA_MAX_LENGTH, EVENT_MAX_LENGTH } from './core/launch.js';
export type { BotMode, LaunchFields, LaunchOptions, LaunchRequest } from './core/launch.js';
export { platformOf } from './core/client.js';
export type { Platform } from './core/client.js';
export { ConsultInputError } from './core/errors.js';
export { configure } from './elements/configure.js';
export type { MemberInfo, MemberSource, SiteOptions } from './elements/configure.js';
export { encodeContext, parseExtra } from './core/context.js';
export type { ContextFields, DroppedField, EncodeOptions, EncodeResult, ParsedExtra } from './core/context.js';
export { findPersonalData } from './core/privacy.js';
export type { PersonalDataKind } from './core/privacy.js';
export { pageContext } from './core/page-context.js';
