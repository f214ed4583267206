import { parseExtra, signedPayload, type ParsedExtra } from '../launch/context.js';
import { ConsultInputError } from '../errors.js';

/**
 * The signature of a signed `extra`, checked with Web Crypto so the agent side can run on
 * Node, Deno and edge workers alike. The format is `signContext`'s: the first
 * {@link SIGNATURE_LENGTH} characters of base64url(HMAC-SHA256(secret, the text before the
 * last `~`, UTF-8)).
 */
export const SIGNATURE_LENGTH = 8;
/** The shortest secret the kit accepts, in bytes. */
export const MIN_SECRET_BYTES = 16;

/** A signing secret: text (UTF-8) or bytes. */
export type Secret = string | Uint8Array;

/**
 * What a signed `extra` is worth: `valid` (untouched, not expired), `unsigned` (no
 * signature), `bad-signature` (changed, or signed with another secret), `expired`, or
 * `no-secret` (the reader was given no secret, so nothing was checked).
 */
export type SignatureState = 'valid' | 'unsigned' | 'bad-signature' | 'expired' | 'no-secret';

/** The secret as bytes. @throws ConsultInputError when it is shorter than {@link MIN_SECRET_BYTES}. */
export function secretBytes(secret: Secret): Uint8Array {
  const bytes = typeof secret === 'string' ? new TextEncoder().encode(secret) : secret;
  if (!(bytes instanceof Uint8Array) || bytes.byteLength < MIN_SECRET_BYTES) {
    throw new ConsultInputError(
      'secret',
      `the signing secret must be at least ${MIN_SECRET_BYTES} bytes; use e.g. crypto.randomBytes(32).`,
    );
  }
  return bytes;
}

/** base64url without padding, as the signature and tickets are written. */
export function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** base64url(HMAC-SHA256(secret, text as UTF-8)), in full. */
export async function hmacBase64url(secret: Secret, text: string): Promise<string> {
  const key = await globalThis.crypto.subtle.importKey(
    'raw',
    new Uint8Array(secretBytes(secret)),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  return base64url(new Uint8Array(await globalThis.crypto.subtle.sign('HMAC', key, new TextEncoder().encode(text))));
}

/** Compares two strings in time that does not depend on where they differ. */
export function sameText(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let index = 0; index < a.length; index++) difference |= a.charCodeAt(index) ^ b.charCodeAt(index);
  return difference === 0;
}

/**
 * Judges a signed `extra` given the signature its payload should carry (computed by the caller,
 * with Web Crypto or Node's crypto). Expiry is judged at `now` (ms since 1970): for a consult
 * log, the consult's own time, not today.
 */
export function judgeSignature(extra: string, expected: string | undefined, now: number): { state: SignatureState; parsed: ParsedExtra } {
  const parsed = parseExtra(extra);
  if (expected === undefined) return { state: 'no-secret', parsed };
  if (parsed.signature === undefined) return { state: 'unsigned', parsed };
  if (!sameText(parsed.signature, expected)) return { state: 'bad-signature', parsed };
  if (parsed.expiresAt !== undefined && parsed.expiresAt <= now) return { state: 'expired', parsed };
  return { state: 'valid', parsed };
}

/**
 * Checks a signed `extra` with Web Crypto: the isomorphic `verifyExtra`.
 *
 * @throws ConsultInputError when `secret` is given but shorter than 16 bytes (a configuration
 * error; nothing in `extra` makes it throw).
 */
export async function checkSignature(
  extra: string,
  secret: Secret | undefined,
  { now = Date.now() } = {},
): Promise<{ state: SignatureState; parsed: ParsedExtra }> {
  const text = typeof extra === 'string' ? extra : '';
  if (secret === undefined) return judgeSignature(text, undefined, now);
  const expected = (await hmacBase64url(secret, signedPayload(text).payload)).slice(0, SIGNATURE_LENGTH);
  return judgeSignature(text, expected, now);
}
