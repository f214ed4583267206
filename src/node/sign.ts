import { createHmac, timingSafeEqual } from 'node:crypto';
import { encodeContext, parseExtra, signedPayload, type ContextFields, type EncodeResult, type ParsedExtra } from '../core/context.js';
import { ConsultInputError } from '../core/errors.js';
import { EXTRA_MAX_LENGTH } from '../core/launch.js';

/**
 * Signed `extra`: the site's server signs the context it renders into the page, the agent
 * side verifies it, and the browser never holds the secret. The signature is the first
 * 8 characters of base64url(HMAC-SHA256(secret, payload as UTF-8)), appended after `~`:
 *
 *     p=mypage;m=A1029;g=VIP~q3VZk1xE
 *
 * 48 bits cannot be forged offline without the secret, and the agent side can recompute it in
 * any language from that one sentence.
 */
export const SIGNATURE_LENGTH = 8;
const MIN_SECRET_BYTES = 16;

export type Secret = string | Uint8Array;

export interface SignOptions {
  /** Maximum length of the signed `extra`, signature included; default 50. */
  budget?: number;
  /** Refuse the value after this long (ms), e.g. 24 h for a page's lifetime; adds `t=`. */
  expiresIn?: number;
  /** The clock, for tests; default `Date.now()`. */
  now?: number;
}

function checkSecret(secret: Secret): void {
  const bytes = typeof secret === 'string' ? Buffer.byteLength(secret) : secret?.byteLength;
  if (!(bytes >= MIN_SECRET_BYTES)) {
    throw new ConsultInputError('secret', `the signing secret must be at least ${MIN_SECRET_BYTES} bytes; use e.g. crypto.randomBytes(32).`);
  }
}

function signature(payload: string, secret: Secret): string {
  return createHmac('sha256', secret).update(payload, 'utf8').digest('base64url').slice(0, SIGNATURE_LENGTH);
}

/** Encodes the context within the budget and signs it; what was kept or dropped is reported as by `encodeContext`. */
export function signContext(fields: ContextFields, secret: Secret, options: SignOptions = {}): EncodeResult {
  checkSecret(secret);
  const budget = (options.budget ?? EXTRA_MAX_LENGTH) - 1 - SIGNATURE_LENGTH;
  const expiresAt = options.expiresIn === undefined ? undefined : (options.now ?? Date.now()) + options.expiresIn;
  const encoded = encodeContext(fields, { budget, expiresAt });
  return { ...encoded, extra: `${encoded.extra}~${signature(encoded.extra, secret)}` };
}

export type VerifyResult =
  | ({ valid: true } & ParsedExtra)
  | { valid: false; reason: 'unsigned' | 'bad-signature' | 'expired' };

/** Checks a signed `extra` for the agent side; valid only when untouched and not expired. */
export function verifyExtra(extra: string, secret: Secret, options: { now?: number } = {}): VerifyResult {
  checkSecret(secret);
  const { payload, signature: given } = signedPayload(typeof extra === 'string' ? extra : '');
  if (given === undefined) return { valid: false, reason: 'unsigned' };
  const expected = Buffer.from(signature(payload, secret));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return { valid: false, reason: 'bad-signature' };
  const parsed = parseExtra(extra);
  if (parsed.expiresAt !== undefined && parsed.expiresAt <= (options.now ?? Date.now())) return { valid: false, reason: 'expired' };
  return { valid: true, ...parsed };
}
