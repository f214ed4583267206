import opentype, { type Font } from 'opentype.js';
import type { PathCommand } from 'opentype.js';

/** Turns text into filled outlines, so a print file needs no font. */
export interface TextOutliner {
  /**
   * The outline of `text` at `sizeMm` (the em size), starting at `x`, on the baseline `y`;
   * coordinates in millimetres, y down.
   */
  outline(text: string, sizeMm: number, x: number, y: number): PathCommand[];
  /** The advance width of `text` at `sizeMm`, in millimetres. */
  width(text: string, sizeMm: number): number;
  /** The characters of `text` the font has no glyph for, once each. */
  missing(text: string): string[];
}

/**
 * An outliner over a font file (OpenType, TrueType or WOFF bytes), with opentype.js. The
 * studio ships a subset of Pretendard (OFL) holding Latin and the 2,350 common Hangul.
 */
export function createOutliner(bytes: ArrayBuffer): TextOutliner {
  const font: Font = opentype.parse(bytes);
  return {
    outline: (text, sizeMm, x, y) => font.getPath(text, x, y, sizeMm).commands,
    width: (text, sizeMm) => font.getAdvanceWidth(text, sizeMm),
    missing: (text) => [...new Set([...text].filter((character) => !/\s/.test(character) && font.charToGlyph(character).index === 0))],
  };
}
