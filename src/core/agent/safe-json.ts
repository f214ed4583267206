/**
 * A JSON reader for what arrives over the network. `JSON.parse` rounds integers beyond 2^53
 * (a 상담톡 `serial_number` such as 1689884130894833200 comes back changed), builds objects whose
 * prototype a `__proto__` key can reach once a caller spreads or merges them, and has no depth
 * limit. This one follows RFC 8259 and differs on purpose:
 *
 * - integers outside ±(2^53 − 1) come back as their exact digits, a string;
 * - objects have no prototype, and a `__proto__` key is left out and reported;
 * - nesting deeper than `maxDepth` is an error, not a stack overflow.
 *
 * It never throws: the answer is a value or an error with its character offset.
 */
export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

export type SafeJsonResult = { ok: true; value: JsonValue; ignoredKeys: string[] } | { ok: false; error: string };

/** Nesting deeper than this is refused by default: no webhook body needs more. */
export const DEFAULT_MAX_DEPTH = 32;

class JsonSyntax extends Error {}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// eslint-disable-next-line no-control-regex -- JSON strings may not hold raw control characters: matching them is the point.
const PLAIN_STRING = /[^"\\\u0000-\u001f]*/y;
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** Reads `text` as JSON with the guarantees above. */
export function parseJsonSafely(text: string, { maxDepth = DEFAULT_MAX_DEPTH } = {}): SafeJsonResult {
  let at = 0;
  const ignoredKeys: string[] = [];

  const fail = (what: string): never => {
    throw new JsonSyntax(`${what} at character ${at}`);
  };
  const skipSpace = () => {
    while (at < text.length && (text[at] === ' ' || text[at] === '\n' || text[at] === '\r' || text[at] === '\t')) at++;
  };
  const expect = (word: string) => {
    if (!text.startsWith(word, at)) fail('unexpected text');
    at += word.length;
  };

  const readString = (): string => {
    at++; // the opening quote
    let result = '';
    for (;;) {
      PLAIN_STRING.lastIndex = at;
      const plain = PLAIN_STRING.exec(text)![0];
      result += plain;
      at += plain.length;
      const character = text[at];
      if (character === '"') {
        at++;
        return result;
      }
      if (character !== '\\') fail(character === undefined ? 'unterminated string' : 'control character in a string');
      const escape = text[at + 1] ?? '';
      if (escape === 'u') {
        const hex = text.slice(at + 2, at + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('bad \\u escape');
        result += String.fromCharCode(parseInt(hex, 16));
        at += 6;
      } else if (Object.hasOwn(ESCAPES, escape)) {
        result += ESCAPES[escape];
        at += 2;
      } else {
        fail('bad escape');
      }
    }
  };

  const readNumber = (): number | string => {
    NUMBER.lastIndex = at;
    const match = NUMBER.exec(text);
    if (!match) return fail('unexpected text');
    at += match[0].length;
    const value = Number(match[0]);
    // An integer literal too large to be exact stays as its digits.
    return /^-?\d+$/.test(match[0]) && !Number.isSafeInteger(value) ? match[0] : value;
  };

  const readValue = (depth: number): JsonValue => {
    skipSpace();
    const character = text[at];
    if (character === '{' || character === '[') {
      if (depth >= maxDepth) fail(`nesting deeper than ${maxDepth} levels`);
      return character === '{' ? readObject(depth + 1) : readArray(depth + 1);
    }
    if (character === '"') return readString();
    if (character === 't') return (expect('true'), true);
    if (character === 'f') return (expect('false'), false);
    if (character === 'n') return (expect('null'), null);
    if (character === undefined) fail('unexpected end');
    return readNumber();
  };

  const readArray = (depth: number): JsonValue[] => {
    at++;
    const items: JsonValue[] = [];
    skipSpace();
    if (text[at] === ']') return (at++, items);
    for (;;) {
      items.push(readValue(depth));
      skipSpace();
      if (text[at] === ']') return (at++, items);
      if (text[at] !== ',') fail('expected , or ]');
      at++;
    }
  };

  const readObject = (depth: number): JsonObject => {
    at++;
    const object = Object.create(null) as JsonObject;
    skipSpace();
    if (text[at] === '}') return (at++, object);
    for (;;) {
      skipSpace();
      if (text[at] !== '"') fail('expected a key');
      const key = readString();
      skipSpace();
      if (text[at] !== ':') fail('expected :');
      at++;
      const value = readValue(depth);
      // Harmless on a prototype-less object, but a caller's spread or merge could still carry it on.
      if (key === '__proto__') ignoredKeys.push(key);
      else object[key] = value;
      skipSpace();
      if (text[at] === '}') return (at++, object);
      if (text[at] !== ',') fail('expected , or }');
      at++;
    }
  };

  try {
    const value = readValue(0);
    skipSpace();
    if (at < text.length) fail('unexpected text after the value');
    return { ok: true, value, ignoredKeys };
  } catch (error) {
    if (error instanceof JsonSyntax) return { ok: false, error: error.message };
    throw error;
  }
}

/** True for a JSON object (not an array or null). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
