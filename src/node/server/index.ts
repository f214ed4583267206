// `kakao-consult-button/server`: what a site's server and the agent side use. Node (the readers
// and tickets also run elsewhere: `kakao-consult-button/core` has them for edge workers).
export { signContext, verifyExtra, SIGNATURE_LENGTH } from './sign.js';
export type { Secret, SignOptions, VerifyResult } from './sign.js';
export { encodeContext, parseExtra } from '../../core/launch/context.js';
export type { ContextFields, DroppedField, EncodeResult, ParsedExtra } from '../../core/launch/context.js';
export { buildLaunch } from '../../core/launch/launch.js';
export { readReference, readReferenceBody } from '../../core/agent/agent-reference.js';
export type { ConsultReference, ReadReferenceOptions } from '../../core/agent/agent-reference.js';
export { readMessage } from '../../core/agent/agent-message.js';
export type { ConsultMessage } from '../../core/agent/agent-message.js';
export { MAX_BODY_BYTES } from '../../core/agent/webhook-body.js';
export type { BodyProblem, WebhookBody } from '../../core/agent/webhook-body.js';
export { checkSignature } from '../../core/agent/signature.js';
export type { SignatureState } from '../../core/agent/signature.js';
export { issueTicket, redeemTicket, MemoryTicketStore, DEFAULT_TICKET_TTL } from '../../core/agent/ticket.js';
export type { IssueTicketOptions, TicketOptions, TicketStore } from '../../core/agent/ticket.js';
