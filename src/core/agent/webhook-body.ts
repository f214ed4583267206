import { isJsonObject, parseJsonSafely, type JsonObject, type JsonValue } from './safe-json.js';

/**
 * Reading a 상담톡 webhook body (`/reference`, `/message`) as it arrives: raw text, bytes or
 * an object a framework already parsed. Whatever arrives, the answer is an object (possibly
 * empty) and a list of problems; nothing throws and nothing reaches a prototype.
 */

/** Bodies over this many bytes (64 KiB) are not read: a real one is well under 2 KiB. */
export const MAX_BODY_BYTES = 65_536;

/** What is wrong with a body, at a JSON path such as `reference.extra` (or `body`). */
export interface BodyProblem {
  path: string;
  message: string;
}

/** A body as the webhook handler has it. */
export type WebhookBody = string | Uint8Array | ArrayBuffer | object | null | undefined;

/** The body's top-level object (empty when unreadable) and what was wrong. */
export interface ReadBody {
  object: JsonObject;
  problems: BodyProblem[];
}

const BIG_INTEGER = /^-?\d+$/;

/** Decodes and parses the body; see the module comment. */
export function readBody(body: WebhookBody): ReadBody {
  const problems: BodyProblem[] = [];
  const empty = Object.create(null) as JsonObject;
  let text: string;
  if (typeof body === 'string') {
    if (body.length > MAX_BODY_BYTES)
      return { object: empty, problems: [{ path: 'body', message: `${body.length} characters, over ${MAX_BODY_BYTES}; not read` }] };
    text = body;
  } else if (body instanceof Uint8Array || body instanceof ArrayBuffer) {
    if (body.byteLength > MAX_BODY_BYTES)
      return { object: empty, problems: [{ path: 'body', message: `${body.byteLength} bytes, over ${MAX_BODY_BYTES}; not read` }] };
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      return { object: empty, problems: [{ path: 'body', message: 'not valid UTF-8' }] };
    }
  } else if (isJsonObject(body)) {
    // Already parsed (e.g. by express.json()): its large integers are already rounded.
    return { object: body as JsonObject, problems };
  } else {
    return {
      object: empty,
      problems: [{ path: 'body', message: `expected JSON text, bytes or an object, got ${body === null ? 'null' : typeof body}` }],
    };
  }
  const parsed = parseJsonSafely(text);
  if (!parsed.ok) return { object: empty, problems: [{ path: 'body', message: `not JSON: ${parsed.error}` }] };
  for (const key of parsed.ignoredKeys) problems.push({ path: 'body', message: `a "${key}" key was left out` });
  if (!isJsonObject(parsed.value)) return { object: empty, problems: [...problems, { path: 'body', message: 'not a JSON object' }] };
  return { object: parsed.value, problems };
}

/** Reads the fields of one object, noting each of the wrong type as a problem at its path. */
export class FieldReader {
  constructor(
    private readonly fields: JsonObject,
    private readonly path: string,
    private readonly problems: BodyProblem[],
  ) {}

  private value(key: string): JsonValue | undefined {
    // Own properties only: an inherited `constructor` or `toString` is not a field.
    return Object.hasOwn(this.fields, key) ? this.fields[key] : undefined;
  }

  private where(key: string): string {
    return this.path === '' ? key : `${this.path}.${key}`;
  }

  /** A text field; numbers (IDs sent unquoted) become their digits. Absent or null: undefined. */
  text(key: string): string | undefined {
    const value = this.value(key);
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string') return value;
    if (typeof value === 'number' && Number.isFinite(value)) return this.digits(key, value);
    this.problems.push({ path: this.where(key), message: `expected text, got ${describe(value)}` });
    return undefined;
  }

  /**
   * An integer kept exact, as its decimal digits: numbers beyond 2^53 arrive as digit strings
   * from the safe reader; one already rounded by `JSON.parse` is reported.
   */
  integer(key: string): string | undefined {
    const value = this.value(key);
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string' && BIG_INTEGER.test(value)) return value;
    if (typeof value === 'number' && Number.isInteger(value)) return this.digits(key, value);
    this.problems.push({ path: this.where(key), message: `expected an integer, got ${describe(value)}` });
    return undefined;
  }

  /** A number as text; an integer beyond 2^53 was already rounded by whoever parsed the body, which is reported. */
  private digits(key: string, value: number): string {
    if (!Number.isInteger(value) || Number.isSafeInteger(value)) return String(value);
    this.problems.push({ path: this.where(key), message: 'beyond 2^53 and already rounded: pass the raw body, not a parsed object' });
    return BigInt(value).toString();
  }

  /** A time in ms since 1970 (a number or its digits). */
  time(key: string): number | undefined {
    const digits = this.integer(key);
    if (digits === undefined) return undefined;
    const value = Number(digits);
    if (Number.isSafeInteger(value)) return value;
    this.problems.push({ path: this.where(key), message: 'not a time in milliseconds' });
    return undefined;
  }

  /** A nested object's reader; absent or null gives undefined, another type a problem. */
  object(key: string): FieldReader | undefined {
    const value = this.value(key);
    if (value === undefined || value === null) return undefined;
    if (isJsonObject(value)) return new FieldReader(value, this.where(key), this.problems);
    this.problems.push({ path: this.where(key), message: `expected an object, got ${describe(value)}` });
    return undefined;
  }
}

function describe(value: JsonValue): string {
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `text "${value.slice(0, 20)}${value.length > 20 ? '…' : ''}"`;
  return value === null ? 'null' : typeof value;
}

/** Copies the fields that have a value: an absent field stays absent, not `undefined`. */
export function assignDefined<T extends object>(target: T, fields: Partial<T>): T {
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) Object.assign(target, { [key]: value });
  return target;
}
