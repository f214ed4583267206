/**
 * Counts characters the way the 상담톡 endpoint is assumed to (Java-style UTF-16 code units:
 * Korean syllables count 1, an emoji 2). Counting code units is the conservative choice:
 * it never undercounts what a server-side `Text(50)` column sees.
 */
export function charCount(value: string): number {
  return value.length;
}

// C0/C1 controls, line and paragraph separators, and the invisible marks (zero-width
// characters, bidi marks, overrides and isolates) that can disguise text in an agent's console.
// eslint-disable-next-line no-control-regex -- control characters are what this looks for.
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/u;

/** True when the value holds control characters or bidi overrides. */
export function hasUnsafeCharacters(value: string): boolean {
  return UNSAFE_CHARACTERS.test(value);
}

// A U+FFFD is what a decoder leaves for bytes it could not read; a lone surrogate is half of a
// character (cut text, or broken bytes passed through). Neither is what anybody typed, and a
// lone surrogate makes encodeURIComponent throw.
const BROKEN_TEXT = /[\ud800-\udfff\ufffd]/u;

/** True when the value holds a U+FFFD replacement character or a lone surrogate: text damaged before it arrived. */
export function hasBrokenText(value: string): boolean {
  return BROKEN_TEXT.test(value);
}

/** Keeps echoed input short in messages: an attribute can hold a megabyte. */
export function clip(value: string, max = 40): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}

/**
 * True when the value holds `<` or `>`. Agent consoles display `extra`; refusing markup
 * characters keeps a crafted value from ever reaching one as HTML.
 */
export function hasMarkup(value: string): boolean {
  return /[<>]/.test(value);
}
