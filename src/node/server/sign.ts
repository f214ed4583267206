import { createHmac } from 'node:crypto';
import { encodeContext, signedPayload, type ContextFields, type EncodeResult, type ParsedExtra } from '../../core/launch/context.js';
import { EXTRA_MAX_LENGTH } from '../../core/launch/launch.js';
import { judgeSignature, secretBytes, SIGNATURE_LENGTH, type Secret } from '../../core/agent/signature.js';

/**
 * Signed `extra`: the site's server signs the context it renders into the page, the agent
 * side verifies it, and the browser never holds the secret. The signature is the first
 * 8 characters of base64url(HMAC-SHA256(secret, payload as UTF-8)), appended after `~`:
 *
 *     p=mypage;m=A1029;g=VIP~q3VZk1xE
 *
 * 48 bits cannot be forged offline without the secret, and the agent side can recompute it in
 * any language from that one sentence. These are the synchronous Node versions; `readReference`
 * and `checkSignature` check the same format with Web Crypto on any runtime.
 */
export { SIGNATURE_LENGTH };
export type { Secret };

export interface SignOptions {
  /** Maximum length of the signed `extra`, signature included; default 50. */
  budget?: number;
  /** Refuse the value after this long (ms), e.g. 24 h for a page's lifetime; adds `t=`. */
  expiresIn?: number;
  /** The clock, for tests; default `Date.now()`. */
  now?: number;
}

function signature(payload: string, secret: Secret): string {
  return createHmac('sha256', secretBytes(secret)).update(payload, 'utf8').digest('base64url').slice(0, SIGNATURE_LENGTH);
}

/** Encodes the context within the budget and signs it; what was kept or dropped is reported as by `encodeContext`. */
export function signContext(fields: ContextFields, secret: Secret, options: SignOptions = {}): EncodeResult {
  secretBytes(secret);
  const budget = (options.budget ?? EXTRA_MAX_LENGTH) - 1 - SIGNATURE_LENGTH;
  const expiresAt = options.expiresIn === undefined ? undefined : (options.now ?? Date.now()) + options.expiresIn;
  const encoded = encodeContext(fields, { budget, expiresAt });
  return { ...encoded, extra: `${encoded.extra}~${signature(encoded.extra, secret)}` };
}

export type VerifyResult = ({ valid: true } & ParsedExtra) | { valid: false; reason: 'unsigned' | 'bad-signature' | 'expired' };

/** Checks a signed `extra` for the agent side; valid only when untouched and not expired. */
export function verifyExtra(extra: string, secret: Secret, options: { now?: number } = {}): VerifyResult {
  secretBytes(secret);
  const text = typeof extra === 'string' ? extra : '';
  const { state, parsed } = judgeSignature(text, signature(signedPayload(text).payload, secret), options.now ?? Date.now());
  return state === 'valid' ? { valid: true, ...parsed } : { valid: false, reason: state as 'unsigned' | 'bad-signature' | 'expired' };
}
