/**
 * The text of a table file, whatever a marketer's tool saved it in: UTF-8 with or without a
 * byte-order mark, UTF-16 with one (Excel's "Unicode text"), or code page 949 (Korean
 * Windows Excel's plain "CSV", a superset of EUC-KR). The encoding used is returned so a tool
 * can say which it read. Nothing is ever replaced: a byte that does not decode, or a U+FFFD
 * already in the text (the mark of text damaged before), is an error naming line and column.
 */

/** The encodings a table is read in. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'cp949';

/** What a user may ask for (`--encoding`): `utf-16` takes its byte order from the mark; `euc-kr` is read as its superset 949. */
export const ENCODING_CHOICES = ['utf-8', 'utf-16', 'cp949', 'euc-kr'] as const;
export type EncodingChoice = (typeof ENCODING_CHOICES)[number];

/**
 * Decodes code page 949, writing U+FFFD for a byte it cannot map (949 maps nothing to U+FFFD,
 * so every one is a bad byte). Browsers' `TextDecoder('euc-kr')` is the whole code page
 * (WHATWG's EUC-KR is windows-949); Node's is not, so Node passes a full table (iconv-lite).
 */
export type Cp949Decoder = (bytes: Uint8Array) => string;

const browserCp949: Cp949Decoder = (bytes) => new TextDecoder('euc-kr').decode(bytes);

/** A table's text and how it was read. */
export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** The file began with a byte-order mark (dropped from `text`). */
  bom: boolean;
}

/** Text that cannot be read without loss, at the line and column (both from 1) of the first bad character. */
export class TextDecodeError extends Error {
  constructor(
    readonly encoding: TextEncoding,
    readonly line: number,
    readonly column: number,
    /** `bytes`: bytes that do not decode; `replacement`: a U+FFFD in the text itself. */
    readonly kind: 'bytes' | 'replacement',
  ) {
    super(
      `${kind === 'bytes' ? `bytes that are not valid ${encodingName(encoding)}` : 'a U+FFFD replacement character (text damaged before)'} at line ${line}, column ${column}`,
    );
  }
}

/** The encoding as people know it: `UTF-8`, `UTF-16 LE`, `CP949 (EUC-KR)`. */
export function encodingName(encoding: TextEncoding): string {
  return { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE', cp949: 'CP949 (EUC-KR)' }[encoding];
}

const REPLACEMENT = '\ufffd';

/** Line and column (from 1, in characters) of `index` in `text`; CRLF, LF and CR each end a line. */
export function lineAndColumn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let at = 0; at < index; at++) {
    const code = text.charCodeAt(at);
    if (code === 10 || (code === 13 && text.charCodeAt(at + 1) !== 10)) {
      line++;
      start = at + 1;
    }
  }
  return { line, column: [...text.slice(start, index)].length + 1 };
}

/** Zero bytes at odd (LE) or even (BE) offsets: UTF-16 saved without a mark. */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const length = Math.min(bytes.length, 4096) & ~1;
  if (length < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let index = 0; index < length; index += 2) {
    if (bytes[index] === 0) even++;
    if (bytes[index + 1] === 0) odd++;
  }
  const half = length / 2;
  if (odd > half * 0.3 && even === 0) return 'utf-16le';
  if (even > half * 0.3 && odd === 0) return 'utf-16be';
  return undefined;
}

interface Attempt {
  text: string;
  encoding: TextEncoding;
  /** Index of the first U+FFFD, -1 when none. */
  bad: number;
}

function attempt(bytes: Uint8Array, encoding: TextEncoding, cp949: Cp949Decoder): Attempt {
  const text = encoding === 'cp949' ? cp949(bytes) : new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  return { text, encoding, bad: text.indexOf(REPLACEMENT) };
}

/** Whether the bytes are valid in a Unicode encoding (a U+FFFD among them was then in the file itself). */
function strict(bytes: Uint8Array, encoding: Exclude<TextEncoding, 'cp949'>): boolean {
  try {
    new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function accept({ text, encoding, bad }: Attempt, bytes: Uint8Array, bom: boolean): DecodedText {
  if (bad === -1) return { text, encoding, bom };
  const { line, column } = lineAndColumn(text, bad);
  throw new TextDecodeError(encoding, line, column, encoding !== 'cp949' && strict(bytes, encoding) ? 'replacement' : 'bytes');
}

/** Options of {@link decodeText}. */
export interface DecodeOptions {
  /** The encoding to read in; default: detected. */
  encoding?: EncodingChoice;
  /** Code page 949's decoder; default the browsers' `TextDecoder('euc-kr')`. */
  cp949?: Cp949Decoder;
}

/**
 * Decodes a table file's bytes. Detected, when not given: a byte-order mark decides (UTF-8,
 * UTF-16 LE or BE); else zero bytes in every other place mean UTF-16; else UTF-8 when the
 * bytes are valid UTF-8, else 949 when they are valid 949. When neither is, the error is
 * the one of the encoding that read further.
 *
 * @throws TextDecodeError naming the line and column of the first character that cannot be read.
 */
export function decodeText(bytes: Uint8Array, { encoding, cp949 = browserCp949 }: DecodeOptions = {}): DecodedText {
  const utf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const utf16Bom = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  if (encoding === 'cp949' || encoding === 'euc-kr') return accept(attempt(bytes, 'cp949', cp949), bytes, false);
  if (encoding === 'utf-8' || (encoding === undefined && utf8Bom)) {
    const body = utf8Bom ? bytes.subarray(3) : bytes;
    return accept(attempt(body, 'utf-8', cp949), body, utf8Bom);
  }
  if (encoding === 'utf-16' || (encoding === undefined && utf16Bom)) {
    const order = utf16Bom ?? utf16Order(bytes) ?? 'utf-16le';
    const body = utf16Bom ? bytes.subarray(2) : bytes;
    return accept(attempt(body, order, cp949), body, utf16Bom !== undefined);
  }
  const order = utf16Order(bytes);
  if (order) return accept(attempt(bytes, order, cp949), bytes, false);
  const utf8 = attempt(bytes, 'utf-8', cp949);
  if (utf8.bad === -1 || strict(bytes, 'utf-8')) return accept(utf8, bytes, false);
  const korean = attempt(bytes, 'cp949', cp949);
  if (korean.bad === -1) return { text: korean.text, encoding: 'cp949', bom: false };
  // Both fail: blame the one that read further (relative to its text, the lengths differ).
  return accept(korean.bad / korean.text.length > utf8.bad / utf8.text.length ? korean : utf8, bytes, false);
}
