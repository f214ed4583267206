import { ConsultInputError } from '../errors.js';
import { isLoopbackHost } from '../safe-link.js';

/**
 * Scan-counted codes: a printed code carries the owner's short address (`base` + an id), whose
 * server counts the scan and answers 302 to the row's launch. The id is derived from the
 * channel and the row's name, so a reprint of the same row keeps its code (and its count),
 * while the target it redirects to can change after printing.
 */

/** Characters of an id: about 48 bits of a 64-bit FNV-1a hash, in base64url. */
export const SCAN_ID_LENGTH = 8;
/**
 * What an id looks like; anything else on a scan path is not one of ours. It starts with a
 * letter or digit, so no spreadsheet reads it as a formula (`-…`).
 */
export const SCAN_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{7}$/;

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = (1n << 64n) - 1n;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** 64-bit FNV-1a of the text's UTF-8 bytes: synchronous and the same in every runtime. */
function fnv1a64(text: string): bigint {
  let hash = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(text)) hash = ((hash ^ BigInt(byte)) * FNV_PRIME) & MASK_64;
  return hash;
}

/**
 * The scan id of a row: the same channel and name (case-insensitive, as file names are
 * compared) always give the same 8 URL-safe characters.
 */
export function scanId(channel: string, name: string): string {
  // The high bits mix best in FNV-1a; take 48 of them.
  let bits = fnv1a64(`${channel.trim()}\n${name.trim().toLowerCase()}`) >> 16n;
  let id = '';
  for (let index = 1; index < SCAN_ID_LENGTH; index++) {
    id = ALPHABET[Number(bits & 63n)]! + id;
    bits >>= 6n;
  }
  // The first character from the 62 letters and digits only.
  return ALPHABET[Number(bits % 62n)]! + id;
}

/**
 * Checks a scan base (`https://go.example.kr/s/`): https (plain http only on this machine, for
 * trying out), no query or fragment, ending in `/` so the id is the last path segment.
 *
 * @throws ConsultInputError (field `scan-base`) saying what to change.
 */
export function checkScanBase(base: string): string {
  const text = base.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ConsultInputError('scan-base', `scan base "${text}" is not an address; give one like https://go.example.kr/s/.`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname))) {
    throw new ConsultInputError(
      'scan-base',
      `scan base "${text}" must start with https:// (phones open what a code carries; plain http only on localhost).`,
    );
  }
  if (url.search !== '' || url.hash !== '' || text.includes('?') || text.includes('#')) {
    throw new ConsultInputError(
      'scan-base',
      `scan base "${text}" must have no ? or #: the code's id is added as the last part of the path.`,
    );
  }
  if (!url.pathname.endsWith('/') || !text.endsWith('/')) {
    throw new ConsultInputError(
      'scan-base',
      `scan base "${text}" must end with /, e.g. ${text}/, so the code's id is the last part of the path.`,
    );
  }
  return url.href;
}

/** The address a scan-counted code carries. */
export function scanUrl(base: string, id: string): string {
  return `${base}${id}`;
}

const KST_OFFSET_MS = 9 * 3_600_000;

/** The day a scan is counted on: YYYY-MM-DD in Korea time, as consult reports count days. */
export function scanDay(ms: number): string {
  return new Date(ms + KST_OFFSET_MS).toISOString().slice(0, 10);
}
