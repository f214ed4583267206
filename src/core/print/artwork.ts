import { ConsultInputError } from '../errors.js';
import type { Locale } from '../i18n/labels.js';
import { qrColorRgba, qrRuns, type QrRun, type QrSymbol } from '../qr/qr.js';
import type { PathCommand as OutlineCommand } from 'opentype.js';
import type { TextOutliner } from './text-outline.js';
import { CARD_TEXT } from '../i18n/artwork-words.js';

/**
 * Print artwork: a code alone or laid out as a sticker or a card, as shapes in millimetres
 * (y down) that the SVG and PDF writers draw. Text arrives as outlines, so print shops need
 * no font; the code is pure black (K 100) when its dark colour is black.
 */

/** The layouts: the bare code, a sticker (code, symbol, short label), a card (A6/A5). */
export const TEMPLATES = ['code', 'sticker', 'card'] as const;
export type Template = (typeof TEMPLATES)[number];

/** Card papers, width × height in millimetres. */
export const PAPERS = { a6: [105, 148], a5: [148, 210] } as const;
export type Paper = keyof typeof PAPERS;

/** Size when none is asked: the code's, the sticker's width. */
export const DEFAULT_SIDE_MM: Record<Exclude<Template, 'card'>, number> = { code: 30, sticker: 50 };

/** The smallest code each template should print (quiet zone included) to scan from arm's length. */
export const MIN_CODE_MM: Record<Template, number> = { code: 15, sticker: 20, card: 30 };

/** The standard bleed for a sticker run, in millimetres. */
export const DEFAULT_BLEED_MM = 3;

/** Share of a code's area a logo pad may cover at level H (print guidance: about 9 %). */
export const MAX_LOGO_AREA = 0.09;

/** A path command, as opentype.js gives them; coordinates in millimetres. */
export type PathCommand = OutlineCommand;

/** A colour: RGB for screens and SVG, CMYK (0–1) for print; or a named spot ink. */
export interface Paint {
  rgb: readonly [number, number, number];
  cmyk: readonly [number, number, number, number];
  /** 0–1; 1 when absent. */
  opacity?: number;
  /** A spot colour (a Separation) by name, `cmyk` its alternate; drawn overprinting. */
  spot?: string;
}

/** A logo as a PNG (for SVG) and, for PDF, its decoded pixels. */
export interface ArtworkImage {
  png: Uint8Array;
  pixels?: { width: number; height: number; rgba: Uint8Array };
}

/** Rectangles in millimetres: x, y, width, height. */
export type Rects = readonly (readonly [x: number, y: number, width: number, height: number])[];

/**
 * A code's dark modules: runs on its module grid, whose top-left corner (where the quiet zone
 * starts) is at (`x`, `y`), each module `unit` wide; a run's x and y count from inside the
 * `margin`-module quiet zone. Kept in modules, so a writer can draw the grid in whole numbers.
 */
export interface ModuleRuns {
  kind: 'modules';
  x: number;
  y: number;
  unit: number;
  margin: number;
  runs: readonly QrRun[];
  paint: Paint;
}

/** One thing drawn, in page millimetres. */
export type Shape =
  | { kind: 'rects'; rects: Rects; paint: Paint }
  | ModuleRuns
  | { kind: 'path'; commands: readonly PathCommand[]; paint: Paint; /** Stroked this wide (mm) instead of filled. */ stroke?: number }
  | { kind: 'image'; x: number; y: number; width: number; height: number; image: ArtworkImage };

/** A page of artwork: the finished (trim) size, the bleed around it, and what is on it. */
export interface Drawing {
  width: number;
  height: number;
  /** Bleed on every side; the background runs into it. 0 for none. */
  bleed: number;
  /** Draw crop marks outside the bleed. */
  cropMarks: boolean;
  shapes: Shape[];
}

/** Where the code sits on a template's page, and the page's size. */
export interface ArtworkFrame {
  width: number;
  height: number;
  code: { x: number; y: number; side: number };
}

/**
 * The page and code box of a template: `code` is the code itself (`sideMm` wide), `sticker`
 * a `sideMm`-wide label with a band under the code, `card` an A6 or A5 page.
 */
export function artworkFrame(template: Template, sideMm: number | undefined, paper: Paper = 'a6', caption = true): ArtworkFrame {
  if (template === 'card') {
    const [width, height] = PAPERS[paper];
    const y = width * 0.5;
    // Without a caption the code takes the room the caption would have had, down to a margin.
    const side = caption ? width * 0.58 : Math.min(width * 0.8, height - y - width * 0.1);
    return { width, height, code: { x: (width - side) / 2, y, side } };
  }
  const side = sideMm ?? DEFAULT_SIDE_MM[template];
  if (template === 'code') return { width: side, height: side, code: { x: 0, y: 0, side } };
  return { width: side, height: side * 1.26, code: { x: 0, y: 0, side } };
}

/** What goes on the artwork besides the code. */
export interface ArtworkOptions {
  template: Template;
  paper?: Paper;
  /** The code's side (template `code`) or the sticker's width, in millimetres. */
  sideMm?: number;
  bleed?: number;
  cropMarks?: boolean;
  /** The sticker's label; default "카카오톡 상담". */
  label?: string;
  /** A line under the card's code. */
  caption?: string;
  logo?: ArtworkImage;
  locale?: Locale;
}

export const BLACK: Paint = { rgb: [0, 0, 0], cmyk: [0, 0, 0, 1] };
/**
 * Kakao yellow: the guide gives #FEE500 only, no process build; C0 M10 Y100 K0 is the usual
 * two-ink build for it (full yellow, a touch of magenta, no cyan or black to dull it).
 */
export const KAKAO_YELLOW: Paint = { rgb: [254, 229, 0], cmyk: [0, 0.1, 1, 0] };
const TEXT: Paint = { rgb: [25, 25, 25], cmyk: [0, 0, 0, 0.9] };
/** The die-cut line cutting plotters and RIPs look for: spot `CutContour`, 100 % magenta as its alternate. */
export const CUT_CONTOUR: Paint = { rgb: [255, 0, 255], cmyk: [0, 1, 0, 0], spot: 'CutContour' };
/** The die-cut line's width: a hairline of 0.25 pt. */
export const CUT_LINE_MM = 0.088;

/**
 * A `#rrggbb(aa)` colour as paint, with its CMYK by the plain device formula (no colour
 * profile): black is K 100, white no ink at all, grey K only.
 */
export function paintOf(color: string): Paint {
  const [red, green, blue, alpha] = qrColorRgba(color);
  const paint: Paint = { rgb: [red, green, blue], cmyk: deviceCmyk(red, green, blue) };
  return alpha === 255 ? paint : { ...paint, opacity: alpha / 255 };
}

function deviceCmyk(red: number, green: number, blue: number): [number, number, number, number] {
  const black = 1 - Math.max(red, green, blue) / 255;
  if (black === 1) return [0, 0, 0, 1];
  const ink = (channel: number) => Number(((1 - channel / 255 - black) / (1 - black)).toFixed(4));
  return [ink(red), ink(green), ink(blue), Number(black.toFixed(4))];
}

/**
 * Lays out a code as print artwork. Text is outlined with `outliner` (needed by `sticker` and
 * `card`).
 *
 * @throws ConsultInputError naming `caption` or `label` when the font lacks a character.
 */
export function drawArtwork(symbol: QrSymbol, options: ArtworkOptions, outliner?: TextOutliner): Drawing {
  const { template } = options;
  const frame = artworkFrame(template, options.sideMm, options.paper, Boolean(options.caption?.trim()));
  const { width, height } = frame;
  const shapes: Shape[] = [];
  const bleed = options.bleed ?? 0;
  const light = paintOf(symbol.light);
  shapes.push({ kind: 'rects', rects: [[-bleed, -bleed, width + 2 * bleed, height + 2 * bleed]], paint: light });
  shapes.push(...codeShapes(symbol, frame.code, options.logo));
  const words = CARD_TEXT[options.locale ?? 'ko'];
  if (template !== 'code') {
    if (!outliner) throw new TypeError(`the ${template} template needs a text outliner`);
    const text = (field: string, value: string, size: number, y: number, x?: number) => {
      const missing = outliner.missing(value);
      if (missing.length > 0)
        throw new ConsultInputError(field, `${field} ${JSON.stringify(value)}: the bundled font has no glyph for ${missing.join(' ')}.`);
      const left = x ?? (width - outliner.width(value, size)) / 2;
      shapes.push({ kind: 'path', commands: outliner.outline(value, size, left, y), paint: TEXT });
      return outliner.width(value, size);
    };
    if (template === 'sticker') {
      const label = options.label?.trim() || words.label;
      const size = width * 0.085;
      const symbolSide = width * 0.13;
      const gap = width * 0.03;
      const total = symbolSide + gap + outliner.width(label, size);
      const left = (width - total) / 2;
      const top = frame.code.side + (height - frame.code.side - symbolSide) / 2 - width * 0.02;
      shapes.push(...kakaoSymbol(left, top, symbolSide));
      text('label', label, size, top + symbolSide * 0.78, left + symbolSide + gap);
      // The sticker's die-cut line on the trim, last and on its own path, as plotters expect it.
      shapes.push({ kind: 'path', commands: roundedRect(0, 0, width, height, width * 0.06), paint: CUT_CONTOUR, stroke: CUT_LINE_MM });
    } else {
      const unit = width / 105;
      const symbolSide = 15 * unit;
      shapes.push(...kakaoSymbol((width - symbolSide) / 2, 10 * unit, symbolSide));
      text('title', words.title, 7.6 * unit, 36 * unit);
      text('instruction', words.instruction, 4.2 * unit, 44 * unit);
      const caption = options.caption?.trim();
      if (caption) text('caption', caption, 4.4 * unit, frame.code.y + frame.code.side + 12 * unit);
    }
  }
  return { width, height, bleed, cropMarks: options.cropMarks ?? false, shapes };
}

/** The code's dark modules as rectangles (one per run), and the logo on its light pad. */
function codeShapes(symbol: QrSymbol, box: ArtworkFrame['code'], logo: ArtworkImage | undefined): Shape[] {
  const unit = box.side / symbol.extent;
  const at = (modules: number) => modules * unit;
  const shapes: Shape[] = [];
  if (paintOf(symbol.light).rgb.join() !== '255,255,255') {
    shapes.push({ kind: 'rects', rects: [[box.x, box.y, box.side, box.side]], paint: paintOf(symbol.light) });
  }
  const offset = symbol.margin;
  shapes.push({ kind: 'modules', x: box.x, y: box.y, unit, margin: offset, runs: qrRuns(symbol.matrix), paint: paintOf(symbol.dark) });
  if (logo && symbol.logo) {
    const { pad, image } = symbol.logo;
    shapes.push({
      kind: 'rects',
      rects: [[box.x + at(pad.start + offset), box.y + at(pad.start + offset), at(pad.size), at(pad.size)]],
      paint: paintOf(symbol.light),
    });
    const side = at(image.size);
    const { width = 1, height = 1 } = logo.pixels ?? {};
    const fit = side / Math.max(width, height);
    const drawnWidth = width * fit;
    const drawnHeight = height * fit;
    const x = box.x + at(image.start + offset) + (side - drawnWidth) / 2;
    const y = box.y + at(image.start + offset) + (side - drawnHeight) / 2;
    shapes.push({ kind: 'image', x, y, width: drawnWidth, height: drawnHeight, image: logo });
  }
  return shapes;
}

/** A code's runs as rectangles in millimetres, one per run. */
export function moduleRects({ x, y, unit, margin, runs }: ModuleRuns): Rects {
  return runs.map((run) => [x + (run.x + margin) * unit, y + (run.y + margin) * unit, run.length * unit, unit] as const);
}

/** The share of the code's area (quiet zone excluded) a logo's light pad covers. */
export function logoArea(symbol: QrSymbol): number {
  if (!symbol.logo) return 0;
  const modules = symbol.extent - 2 * symbol.margin;
  return (symbol.logo.pad.size / modules) ** 2;
}

// Cubic Bézier handle length for a quarter ellipse.
const KAPPA = 0.5523;

/**
 * Kakao's speech bubble, black on a yellow rounded square `side` wide at (`x`, `y`): an ellipse
 * with a short tail at the lower left, as the button draws it (an 18-unit grid).
 */
function kakaoSymbol(x: number, y: number, side: number): Shape[] {
  const unit = side / 18;
  const p = (px: number, py: number) => ({ x: x + px * unit, y: y + py * unit });
  const radius = 4 * unit;
  const square: PathCommand[] = roundedRect(x, y, side, side, radius);
  const [cx, cy, rx, ry] = [9, 8.4, 6.6, 5.4];
  const e = (px: number, py: number) => p(px, py);
  const bubble: PathCommand[] = [
    { type: 'M', ...e(cx + rx, cy) },
    {
      type: 'C',
      x1: e(cx + rx, cy + ry * KAPPA).x,
      y1: e(cx + rx, cy + ry * KAPPA).y,
      x2: e(cx + rx * KAPPA, cy + ry).x,
      y2: e(cx + rx * KAPPA, cy + ry).y,
      ...e(cx, cy + ry),
    },
    {
      type: 'C',
      x1: e(cx - rx * KAPPA, cy + ry).x,
      y1: e(cx - rx * KAPPA, cy + ry).y,
      x2: e(cx - rx, cy + ry * KAPPA).x,
      y2: e(cx - rx, cy + ry * KAPPA).y,
      ...e(cx - rx, cy),
    },
    {
      type: 'C',
      x1: e(cx - rx, cy - ry * KAPPA).x,
      y1: e(cx - rx, cy - ry * KAPPA).y,
      x2: e(cx - rx * KAPPA, cy - ry).x,
      y2: e(cx - rx * KAPPA, cy - ry).y,
      ...e(cx, cy - ry),
    },
    {
      type: 'C',
      x1: e(cx + rx * KAPPA, cy - ry).x,
      y1: e(cx + rx * KAPPA, cy - ry).y,
      x2: e(cx + rx, cy - ry * KAPPA).x,
      y2: e(cx + rx, cy - ry * KAPPA).y,
      ...e(cx + rx, cy),
    },
    { type: 'Z' },
    { type: 'M', ...p(5.8, 12.6) },
    { type: 'L', ...p(8.6, 13.5) },
    { type: 'L', ...p(5.0, 15.6) },
    { type: 'Z' },
  ];
  return [
    { kind: 'path', commands: square, paint: KAKAO_YELLOW },
    { kind: 'path', commands: bubble, paint: BLACK },
  ];
}

function roundedRect(x: number, y: number, width: number, height: number, radius: number): PathCommand[] {
  const k = radius * (1 - KAPPA);
  const right = x + width;
  const bottom = y + height;
  return [
    { type: 'M', x: x + radius, y },
    { type: 'L', x: right - radius, y },
    { type: 'C', x1: right - k, y1: y, x2: right, y2: y + k, x: right, y: y + radius },
    { type: 'L', x: right, y: bottom - radius },
    { type: 'C', x1: right, y1: bottom - k, x2: right - k, y2: bottom, x: right - radius, y: bottom },
    { type: 'L', x: x + radius, y: bottom },
    { type: 'C', x1: x + k, y1: bottom, x2: x, y2: bottom - k, x, y: bottom - radius },
    { type: 'L', x, y: y + radius },
    { type: 'C', x1: x, y1: y + k, x2: x + k, y2: y, x: x + radius, y },
    { type: 'Z' },
  ];
}
