import { ConsultInputError } from '../errors.js';
import { qrColors, type QrColors } from './qr-color.js';
import { qrLogoBox, QR_DEFAULT_LOGO_FRACTION, type QrLogoBox } from './qr-logo.js';
import QRCode from 'qrcode/lib/core/qrcode.js';
import { matrixOf, modulesOf, type QrMatrix, type QrModules } from './qr-modules.js';
import { quote } from './quote-input.js';

// Colours and logo placement are modules of their own; their API stays importable from here.
export * from './qr-color.js';
export * from './qr-logo.js';
export type { QrMatrix } from './qr-modules.js';

/** Error-correction level: the share of the symbol that can be lost and still read (L 7 %, M 15 %, Q 25 %, H 30 %). */
export type QrEcc = 'L' | 'M' | 'Q' | 'H';
const ECC_LEVELS: readonly string[] = ['L', 'M', 'Q', 'H'] satisfies QrEcc[];

/** The level used unless one is asked for: the common default, robust to smudges. */
export const QR_DEFAULT_ECC: QrEcc = 'M';

/** The quiet zone the QR standard requires around a symbol, in modules. */
export const QR_DEFAULT_MARGIN = 4;

/** Upper bound of a margin, in modules: wider only wastes space. */
export const QR_MAX_MARGIN = 16;

/** Upper bound of a rendered size in pixels: a 4096² RGBA raster is already 64 MiB. */
export const QR_MAX_PIXELS = 4096;

// What a version-40 symbol holds in byte mode (ISO/IEC 18004 table 7); digits-only text at
// level L goes up to 7089 characters, so longer text cannot fit whatever its content.
const BYTE_CAPACITY: Record<QrEcc, number> = { L: 2953, M: 2331, Q: 1663, H: 1273 };
const MAX_CHARACTERS = 7089;

/** Encodes text at a level as the `qrcode` encoder does, modules row by row; throws what it throws. */
export type QrEncoder = (text: string, ecc: QrEcc) => QrModules;

/** The `qrcode` encoder as it is, one code at a time (a batch's is `createQrEncoder()`, in qr-encoder.ts). */
export const plainEncoder: QrEncoder = (text, ecc) => QRCode.create(text, { errorCorrectionLevel: ecc }).modules;

/** Options of {@link qrMatrix}. */
export interface QrMatrixOptions {
  /** Error-correction level, default `M`. Other strings (attributes are untrusted) are refused. */
  ecc?: QrEcc | (string & {});
  /** The encoder, {@link plainEncoder} unless given. */
  encoder?: QrEncoder;
}

/**
 * Encodes text as a QR symbol with the `qrcode` encoder (UTF-8 in byte mode, digits and
 * upper-case runs in their denser modes).
 *
 * @throws ConsultInputError naming `ecc` for an unknown level, `text` for empty or oversized text.
 */
export function qrMatrix(text: string, options: QrMatrixOptions = {}): QrMatrix {
  const ecc = normalizeQrEcc(options.ecc);
  if (typeof text !== 'string' || text === '') {
    throw new ConsultInputError('text', 'text is empty: a QR code needs something to carry.');
  }
  // The length check spares the encoder a megabyte of hostile input it could never fit.
  if (text.length <= MAX_CHARACTERS) {
    try {
      return matrixOf((options.encoder ?? plainEncoder)(text, ecc));
    } catch (error) {
      if (!(error instanceof Error) || !/too big|cannot contain/i.test(error.message)) throw error;
    }
  }
  throw new ConsultInputError(
    'text',
    `text is ${utf8Length(text)} bytes, too long for a QR code at error correction "${ecc}" (it holds ${BYTE_CAPACITY[ecc]} bytes of any text, more of digits and upper-case letters): shorten it${ecc === 'L' ? '' : ' or use a lower level'}.`,
  );
}

/** A horizontal run of dark modules in one row. */
export interface QrRun {
  x: number;
  y: number;
  length: number;
}

/** The dark modules row by row, adjacent ones merged into runs: the fewest rectangles a renderer has to draw. */
export function qrRuns(matrix: QrMatrix): QrRun[] {
  // Read as bytes: a call per module cost a batch's code more than the rest of its SVG.
  const { size, data } = modulesOf(matrix);
  const runs: QrRun[] = [];
  for (let y = 0; y < size; y++) {
    const row = y * size;
    let x = 0;
    while (x < size) {
      if (data[row + x] !== 1) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && data[row + x] === 1) x++;
      runs.push({ x: start, y, length: x - start });
    }
  }
  return runs;
}

/**
 * Draws the dark modules as one SVG path `d`, a rectangle per run, so the path stays
 * compact and adjacent modules leave no seams between them. Coordinates are in modules,
 * shifted by `margin` so the quiet zone surrounds the symbol.
 */
export function qrSvgPath(matrix: QrMatrix, margin: number = QR_DEFAULT_MARGIN): string {
  const offset = normalizeQrMargin(margin);
  let path = '';
  for (const { x, y, length } of qrRuns(matrix)) path += `M${x + offset} ${y + offset}h${length}v1H${x + offset}z`;
  return path;
}

/** Validates an error-correction level; `undefined` or `''` means {@link QR_DEFAULT_ECC}. */
export function normalizeQrEcc(ecc: unknown): QrEcc {
  if (ecc === undefined || ecc === '') return QR_DEFAULT_ECC;
  if (typeof ecc === 'string' && ECC_LEVELS.includes(ecc)) return ecc as QrEcc;
  throw new ConsultInputError('ecc', `ecc ${quote(ecc)} must be "L", "M", "Q" or "H" (7, 15, 25 or 30 % of the code can be lost).`);
}

/** Validates a quiet-zone width: whole modules from 0 to {@link QR_MAX_MARGIN}; `undefined` means 4. */
export function normalizeQrMargin(margin: unknown): number {
  if (margin === undefined) return QR_DEFAULT_MARGIN;
  if (typeof margin === 'number' && Number.isInteger(margin) && margin >= 0 && margin <= QR_MAX_MARGIN) return margin;
  throw new ConsultInputError(
    'margin',
    `margin ${quote(margin)} must be a whole number of modules from 0 to ${QR_MAX_MARGIN} (the standard asks for ${QR_DEFAULT_MARGIN}).`,
  );
}

/** Validates a size in pixels: a number above 0 and at most {@link QR_MAX_PIXELS}; `field` names it in the error. */
export function normalizeQrPixels(field: string, pixels: unknown): number {
  if (typeof pixels === 'number' && Number.isFinite(pixels) && pixels > 0 && pixels <= QR_MAX_PIXELS) return pixels;
  throw new ConsultInputError(field, `${field} ${quote(pixels)} must be a number of pixels above 0 and at most ${QR_MAX_PIXELS}.`);
}

/** The side of one module in whole pixels, for a target width: rounded to stay crisp, never below 1. */
export function qrModulePixels(pixels: number, extent: number): number {
  return Math.max(1, Math.round(pixels / extent));
}

/** Options of {@link qrSymbol}. */
export interface QrSymbolOptions extends QrMatrixOptions {
  /** Quiet zone in modules, default 4. */
  margin?: number;
  /** Dark module colour, default `#000000`. */
  dark?: string;
  /** Light module and quiet-zone colour, default `#ffffff`. */
  light?: string;
  /** Clear a centred square this fraction of the symbol's width for a logo; forces level H. */
  logo?: number;
}

/** Everything a renderer needs, validated once so SVG, PNG and canvas draw the same symbol. */
export interface QrSymbol extends QrColors {
  matrix: QrMatrix;
  ecc: QrEcc;
  margin: number;
  /** Side in modules, quiet zone included. */
  extent: number;
  logo?: QrLogoBox;
}

/**
 * Validates the options and encodes the text.
 *
 * @throws ConsultInputError naming the option at fault.
 */
export function qrSymbol(text: string, options: QrSymbolOptions = {}): QrSymbol {
  const asked = normalizeQrEcc(options.ecc);
  // A logo hides modules; only level H reliably rebuilds them.
  const ecc = options.logo === undefined ? asked : 'H';
  const margin = normalizeQrMargin(options.margin);
  const colors = qrColors(options.dark, options.light);
  const matrix = qrMatrix(text, { ecc, encoder: options.encoder });
  const symbol: QrSymbol = { matrix, ecc, margin, ...colors, extent: matrix.size + 2 * margin };
  if (options.logo !== undefined) symbol.logo = qrLogoBox(matrix.size, options.logo);
  return symbol;
}

/** A logo for {@link qrSvg}. */
export interface QrSvgLogo {
  /** A `data:image/png;base64,…` or `data:image/svg+xml,…` URL: nothing the SVG would fetch. */
  href: string;
  /** Width as a fraction of the symbol's, at most 0.25; default 0.2. */
  size?: number;
}

/** Options of {@link qrSvg}. */
export interface QrSvgOptions extends Omit<QrSymbolOptions, 'logo'> {
  /** Width and height attributes in pixels; without it the SVG scales to its container. */
  size?: number;
  /** A centred logo on a light pad; forces level H. */
  logo?: QrSvgLogo;
}

const LOGO_HREF = /^data:image\/(?:png;base64,[A-Za-z0-9+/]+={0,2}|svg\+xml(?:;charset=utf-8)?(?:;base64)?,.+)$/is;

/**
 * Renders text as a standalone SVG document: a light background, the dark modules as one
 * path, crisp edges at any scale, the viewBox in modules.
 *
 * @throws ConsultInputError naming the option at fault.
 */
export function qrSvg(text: string, options: QrSvgOptions = {}): string {
  const { logo } = options;
  checkLogoHref(logo);
  return symbolSvg(qrSymbol(text, { ...options, logo: logo === undefined ? undefined : (logo.size ?? QR_DEFAULT_LOGO_FRACTION) }), options);
}

function checkLogoHref(logo: QrSvgLogo | undefined): void {
  if (logo !== undefined && (typeof logo.href !== 'string' || !LOGO_HREF.test(logo.href))) {
    throw new ConsultInputError('logo', `logo href ${quote(logo.href)} must be a data:image/png;base64 or data:image/svg+xml URL.`);
  }
}

/**
 * Renders an encoded symbol as {@link qrSvg} does, for callers that already hold the symbol
 * (a code is encoded once, whatever it is drawn as). The logo is drawn when the symbol was
 * encoded with room for one.
 *
 * @throws ConsultInputError naming `size` or `logo` when out of range.
 */
export function symbolSvg(symbol: QrSymbol, options: { size?: number; logo?: QrSvgLogo } = {}): string {
  const { logo } = options;
  checkLogoHref(logo);
  const pixels = options.size === undefined ? undefined : normalizeQrPixels('size', options.size);
  const { extent, margin } = symbol;
  const dimensions = pixels === undefined ? '' : ` width="${number(pixels)}" height="${number(pixels)}"`;
  let markup =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${extent} ${extent}"${dimensions} shape-rendering="crispEdges">` +
    `<rect width="${extent}" height="${extent}"${paint(symbol.light)}/>` +
    `<path d="${qrSvgPath(symbol.matrix, margin)}"${paint(symbol.dark)}/>`;
  if (logo !== undefined && symbol.logo !== undefined) {
    const { pad, image } = symbol.logo;
    markup +=
      `<rect x="${pad.start + margin}" y="${pad.start + margin}" width="${pad.size}" height="${pad.size}"${paint(symbol.light)}/>` +
      `<image href="${escapeAttribute(logo.href)}" x="${number(image.start + margin)}" y="${number(image.start + margin)}" ` +
      `width="${number(image.size)}" height="${number(image.size)}" preserveAspectRatio="xMidYMid meet"/>`;
  }
  return `${markup}</svg>`;
}

/** Escapes text for a double- or single-quoted XML attribute. */
export function escapeAttribute(value: string): string {
  return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

// Split the alpha into fill-opacity: SVG 1.1 viewers and editors do not read #rrggbbaa.
function paint(color: string): string {
  const fill = ` fill="${escapeAttribute(color.slice(0, 7))}"`;
  return color.length === 9 ? `${fill} fill-opacity="${number(parseInt(color.slice(7), 16) / 255)}"` : fill;
}

function number(value: number): string {
  return String(Number(value.toFixed(3)));
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}
