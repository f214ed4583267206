// The server parts that need nothing but the Fetch standard and Web Crypto, for runtimes
// without Node's modules (Cloudflare Workers, Vercel's edge): `kakao-consult-button/server`
// resolves here under their conditions. Node, Deno and Bun get index.ts, which adds these.
export { createScanHandler } from './scan-handler.js';
export type { ScanHandlerOptions, ScanTarget } from './scan-handler.js';
export { createReferenceHandler } from './reference-handler.js';
export type { ArrivedConsult, ReferenceHandlerOptions } from './reference-handler.js';
export type { ConsultStore, ScanCode, ScanCount } from './store.js';
export { readScanManifest } from '../../core/print/manifest-read.js';
export type { ManifestScan } from '../../core/print/manifest-read.js';
export { scanId, scanDay } from '../../core/print/scan-code.js';
export { readReference, readReferenceBody } from '../../core/agent/agent-reference.js';
export type { ConsultReference, ReadReferenceOptions } from '../../core/agent/agent-reference.js';
export { checkSignature } from '../../core/agent/signature.js';
export type { SignatureState } from '../../core/agent/signature.js';
export { issueTicket, redeemTicket, MemoryTicketStore, DEFAULT_TICKET_TTL } from '../../core/agent/ticket.js';
export type { IssueTicketOptions, TicketOptions, TicketStore } from '../../core/agent/ticket.js';
