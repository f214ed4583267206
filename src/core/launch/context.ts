import { findPersonalData, type PersonalDataKind } from './privacy.js';
import { charCount, hasBrokenText, hasMarkup, hasUnsafeCharacters } from '../text.js';
import { EXTRA_MAX_LENGTH } from './launch.js';

/**
 * The `extra` codec. What the agent sees is `key=value` pairs joined by `;`, in priority order:
 *
 *     p=home_banner;c=spring26;s=naver;m=A1029;g=VIP;k=/product/123;color=red
 *
 * Keys: `p` placement, `c` campaign, `s` source, `r` ticket, `m` member id, `g` member grade,
 * `k` page key, `t` expiry (signed values; seconds since 1970 in base 36); custom keys are two or more
 * letters, digits or `_`, so they can never be mistaken for a built-in one. Inside values `%`, `;`, `=` and `~` are written `%25`, `%3B`, `%3D`, `%7E`,
 * so no value can forge another field or a signature (`~` starts the signature, see
 * `signedPayload`). A value cut to fit ends in `…`. Korean is kept as is; length is counted as
 * the endpoint counts it (UTF-16 code units).
 */
export interface ContextFields {
  /** Which button: e.g. `home_banner`, `product_detail`, `poster_a`. */
  placement?: string;
  /** The marketing campaign, e.g. `utm_campaign`. */
  campaign?: string;
  /** Where the user came from: `utm_source` or the referrer's host. */
  source?: string;
  /**
   * An opaque reference the site's server issued for the member (see `issueTicket`): it
   * identifies the member to the agent where member fields cannot travel (QR codes,
   * intents). At most 16 letters, digits, `_` or `-`.
   */
  ticket?: string;
  /** The site's member ID, when logged in. An ID, never a name, phone number or e-mail. */
  memberId?: string;
  /** The member's grade or tier, e.g. `VIP`. */
  memberGrade?: string;
  /** The page the button is on: a short key or the path. */
  page?: string;
  /** Site-specific key/values, lowest priority. */
  custom?: Record<string, string>;
}

type BuiltIn = Exclude<keyof ContextFields, 'custom'>;

/** Built-in fields in priority order, with their one-letter keys. */
const BUILT_INS: readonly (readonly [BuiltIn, string])[] = [
  ['placement', 'p'],
  ['campaign', 'c'],
  ['source', 's'],
  ['ticket', 'r'],
  ['memberId', 'm'],
  ['memberGrade', 'g'],
  ['page', 'k'],
];

/** Which fields may be cut short: labels stay useful as a prefix, identifiers do not. */
const SHORTENABLE = new Set(['placement', 'campaign', 'source', 'page']);

const CUSTOM_KEY = /^[A-Za-z0-9_]{2,16}$/;
/** A ticket is a server-issued opaque token, never free text. */
export const TICKET = /^[A-Za-z0-9_-]{1,16}$/;
const TRUNCATION_MARK = '…';
/** The shortest a cut value may get (before its mark) to still tell the agent something. */
const MIN_SHORTENED = 3;

/**
 * Why a field was left out: no room, not a usable value (not text, control characters, a bad
 * custom key), damaged text (a U+FFFD or a lone surrogate: bytes that did not decode somewhere
 * on the way), markup characters, longer than any `extra` could carry, personal data, or
 * (decided by the launch plan, not the codec) member data on a path where only a URL travels.
 */
export type DropReason = 'budget' | 'invalid' | 'broken' | 'markup' | 'too-long' | 'url-only' | PersonalDataKind;

/** Longer values are not context but a mistake (or an attack); they are refused, not cut. */
export const MAX_VALUE_LENGTH = 256;

export interface DroppedField {
  /** `placement`, …, or `custom.<key>`. */
  field: string;
  reason: DropReason;
}

export interface EncodeResult {
  /** The `extra` string, never longer than the budget. */
  extra: string;
  /** Fields in `extra`, in order. */
  kept: string[];
  /** Fields kept but cut to fit, ending in `…`. */
  shortened: string[];
  /** Fields left out, and why. */
  dropped: DroppedField[];
}

export interface EncodeOptions {
  /** Maximum length of `extra` in UTF-16 code units; default 50, the endpoint's limit. */
  budget?: number;
  /** When the value stops being trustworthy (ms since 1970); written first, as `t=`. */
  expiresAt?: number;
}

const EXPIRY_KEY = 't';

const ESCAPES: Record<string, string> = { '%': '%25', ';': '%3B', '=': '%3D', '~': '%7E' };
const UNESCAPES: Record<string, string> = { '%25': '%', '%3B': ';', '%3D': '=', '%7E': '~' };

function escapeValue(value: string): string {
  return value.replace(/[%;=~]/g, (character) => ESCAPES[character]!);
}

function unescapeValue(value: string): string {
  return value.replace(/%(?:25|3B|3D|7E)/gi, (sequence) => UNESCAPES[sequence.toUpperCase()]!);
}

/**
 * Cuts an escaped value to at most `room` code units plus the mark, never inside an escape
 * sequence or a surrogate pair. Returns null when too little would remain.
 */
function shorten(escaped: string, room: number): string | null {
  let end = room - charCount(TRUNCATION_MARK);
  if (end < MIN_SHORTENED) return null;
  const escapeStart = escaped.lastIndexOf('%', end - 1);
  if (escapeStart !== -1 && escapeStart > end - 3) end = escapeStart;
  const code = escaped.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return end < MIN_SHORTENED ? null : escaped.slice(0, end) + TRUNCATION_MARK;
}

interface Candidate {
  field: string;
  key: string;
  value: string;
}

/**
 * Why a context value can never be sent (damaged text, control characters, over {@link MAX_VALUE_LENGTH}
 * characters, markup, personal data), or undefined when it can.
 */
export function refusalOf(value: string): Exclude<DropReason, 'budget'> | undefined {
  if (hasBrokenText(value)) return 'broken';
  if (hasUnsafeCharacters(value)) return 'invalid';
  if (charCount(value) > MAX_VALUE_LENGTH) return 'too-long';
  if (hasMarkup(value)) return 'markup';
  return findPersonalData(value) ?? undefined;
}

/** Every field the caller gave, in priority order, or the reason it cannot be sent at all. */
function candidates(fields: ContextFields, dropped: DroppedField[]): Candidate[] {
  const entries: [string, string, unknown][] = BUILT_INS.map(([field, key]) => [field, key, fields[field]]);
  for (const [key, value] of Object.entries(fields.custom ?? {})) entries.push([`custom.${key}`, key, value]);

  const result: Candidate[] = [];
  for (const [field, key, given] of entries) {
    // Numbers are welcome (member IDs often are); blank values mean "not set".
    const value = typeof given === 'number' && Number.isFinite(given) ? String(given) : given;
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) continue;
    const custom = field.startsWith('custom.');
    if (typeof value !== 'string' || (custom && !CUSTOM_KEY.test(key)) || (field === 'ticket' && !TICKET.test(value))) {
      dropped.push({ field, reason: 'invalid' });
      continue;
    }
    const reason = refusalOf(value);
    if (reason) {
      dropped.push({ field, reason });
      continue;
    }
    result.push({ field, key, value });
  }
  return result;
}

/**
 * Packs context into an `extra` string within the budget. Fields go in priority order
 * (placement > campaign > source > ticket > member > page > custom); one that does not fit is cut
 * (labels only) or dropped, and smaller lower-priority fields may still fit after it.
 * Personal data (phone numbers, e-mail, resident or card numbers) is always dropped. The
 * result is deterministic: the same fields and budget give the same string.
 */
export function encodeContext(fields: ContextFields, options: EncodeOptions = {}): EncodeResult {
  const budget = options.budget ?? EXTRA_MAX_LENGTH;
  const result: EncodeResult = { extra: '', kept: [], shortened: [], dropped: [] };
  if (options.expiresAt !== undefined) {
    result.extra = `${EXPIRY_KEY}=${Math.ceil(options.expiresAt / 1000).toString(36)}`;
    if (charCount(result.extra) > budget) throw new RangeError(`a budget of ${budget} leaves no room for the expiry`);
    result.kept.push('expiresAt');
  }
  let used = charCount(result.extra);
  for (const { field, key, value } of candidates(fields, result.dropped)) {
    const separator = used === 0 ? 0 : 1;
    const prefix = charCount(key) + 1;
    const room = budget - used - separator - prefix;
    let escaped = escapeValue(value);
    const cut = charCount(escaped) > room;
    if (cut) {
      const shortened = SHORTENABLE.has(field) ? shorten(escaped, room) : null;
      if (shortened === null) {
        result.dropped.push({ field, reason: 'budget' });
        continue;
      }
      escaped = shortened;
    }
    // Escaping and cutting change the text, so check what is actually sent as well.
    const personal = findPersonalData(escaped);
    if (personal) {
      result.dropped.push({ field, reason: personal });
      continue;
    }
    const pair = `${key}=${escaped}`;
    result.extra += separator ? `;${pair}` : pair;
    used += separator + charCount(pair);
    if (cut) result.shortened.push(field);
    result.kept.push(field);
  }
  return result;
}

export interface ParsedExtra {
  fields: ContextFields;
  /** The expiry of a signed value (ms since 1970), when it has one. */
  expiresAt?: number;
  /** Fields whose value was cut to fit (it ends in `…`). */
  shortened: string[];
  /** Pieces that are not `key=value` pairs of this codec (e.g. a hand-made `extra`). */
  unknown: string[];
  /** The signature after `~`, when the value was signed (check it with `verifyExtra`). */
  signature?: string;
}

// Pure: a bundle that only encodes (the button's behaviour chunk) drops it.
const KEY_TO_FIELD = /* @__PURE__ */ new Map(BUILT_INS.map(([field, key]) => [key, field]));

/**
 * Splits a possibly signed `extra` into the signed payload and the signature. The signature
 * follows the last `~`; values escape `~`, so it cannot appear inside one.
 */
export function signedPayload(extra: string): { payload: string; signature?: string } {
  const at = extra.lastIndexOf('~');
  return at === -1 ? { payload: extra } : { payload: extra.slice(0, at), signature: extra.slice(at + 1) };
}

/** Reads an `extra` string back into fields, for the agent side. Never throws. */
export function parseExtra(extra: string): ParsedExtra {
  const { payload, signature } = signedPayload(typeof extra === 'string' ? extra : '');
  const parsed: ParsedExtra = { fields: {}, shortened: [], unknown: [] };
  if (signature !== undefined) parsed.signature = signature;
  for (const piece of payload === '' ? [] : payload.split(';')) {
    const equals = piece.indexOf('=');
    const key = piece.slice(0, equals);
    const raw = piece.slice(equals + 1);
    if (equals >= 1 && key === EXPIRY_KEY && /^[0-9a-z]{1,10}$/.test(raw)) {
      parsed.expiresAt = parseInt(raw, 36) * 1000;
      continue;
    }
    const field = KEY_TO_FIELD.get(key);
    if (equals < 1 || (!field && !CUSTOM_KEY.test(key))) {
      parsed.unknown.push(piece);
      continue;
    }
    const value = unescapeValue(raw);
    if (field) parsed.fields[field] = value;
    // defineProperty: a key such as `__proto__` must become data, not a prototype.
    else Object.defineProperty((parsed.fields.custom ??= {}), key, { value, enumerable: true, writable: true, configurable: true });
    if (raw.endsWith(TRUNCATION_MARK)) parsed.shortened.push(field ?? `custom.${key}`);
  }
  return parsed;
}
