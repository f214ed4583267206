// `kakao-consult-button/server`: what a site's server and the agent side use. Node only.
export { signContext, verifyExtra, SIGNATURE_LENGTH } from './sign.js';
export type { Secret, SignOptions, VerifyResult } from './sign.js';
export { encodeContext, parseExtra } from '../core/context.js';
export type { ContextFields, DroppedField, EncodeResult, ParsedExtra } from '../core/context.js';
export { buildLaunch } from '../core/launch.js';
