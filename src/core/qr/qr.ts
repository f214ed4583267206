import QRCode from 'qrcode/lib/core/qrcode.js';
import { ConsultInputError } from '../errors.js';

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

/** Largest share of the symbol's width a logo may take; beyond it even level H cannot repair the hole. */
export const QR_MAX_LOGO_FRACTION = 0.25;

/** Logo width used when only the image is given. */
export const QR_DEFAULT_LOGO_FRACTION = 0.2;

/** Least WCAG contrast ratio between the two colours; fainter codes fail on phone cameras. */
export const QR_MIN_CONTRAST = 3;

// What a version-40 symbol holds in byte mode (ISO/IEC 18004 table 7); digits-only text at
// level L goes up to 7089 characters, so longer text cannot fit whatever its content.
const BYTE_CAPACITY: Record<QrEcc, number> = { L: 2953, M: 2331, Q: 1663, H: 1273 };
const MAX_CHARACTERS = 7089;

/** A QR symbol's modules, without its quiet zone. */
export interface QrMatrix {
  /** Modules per side. */
  readonly size: number;
  /** True for a dark module at column `x`, row `y`; anything outside the symbol is light. */
  get(x: number, y: number): boolean;
}

/** Options of {@link qrMatrix}. */
export interface QrMatrixOptions {
  /** Error-correction level, default `M`. Other strings (attributes are untrusted) are refused. */
  ecc?: QrEcc | (string & {});
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
      const { size, data } = QRCode.create(text, { errorCorrectionLevel: ecc }).modules;
      return {
        size,
        get: (x, y) => x >= 0 && y >= 0 && x < size && y < size && data[y * size + x] === 1,
      };
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
  const runs: QrRun[] = [];
  for (let y = 0; y < matrix.size; y++) {
    let x = 0;
    while (x < matrix.size) {
      if (!matrix.get(x, y)) {
        x++;
        continue;
      }
      const start = x;
      while (x < matrix.size && matrix.get(x, y)) x++;
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
  return qrRuns(matrix)
    .map(({ x, y, length }) => `M${x + offset} ${y + offset}h${length}v1H${x + offset}z`)
    .join('');
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
  throw new ConsultInputError('margin', `margin ${quote(margin)} must be a whole number of modules from 0 to ${QR_MAX_MARGIN} (the standard asks for ${QR_DEFAULT_MARGIN}).`);
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

/** A colour as red, green, blue and alpha, each 0–255. */
export type Rgba = readonly [red: number, green: number, blue: number, alpha: number];

const HEX_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

/**
 * Validates a `#rgb`, `#rrggbb` or `#rrggbbaa` colour and returns it as lower-case
 * `#rrggbb` or `#rrggbbaa` (no other syntax, so nothing else can reach an SVG attribute).
 */
export function normalizeQrColor(field: string, color: unknown): string {
  if (typeof color !== 'string' || !HEX_COLOR.test(color)) {
    throw new ConsultInputError(field, `${field} ${quote(color)} must be a hex colour: "#rgb", "#rrggbb" or "#rrggbbaa".`);
  }
  const hex = color.toLowerCase();
  return hex.length === 4 ? `#${hex[1]}${hex[1]}${hex[2]}${hex[2]}${hex[3]}${hex[3]}` : hex;
}

/** Reads a colour {@link normalizeQrColor} accepts into its channels; opaque unless it has an alpha pair. */
export function qrColorRgba(color: string): Rgba {
  const hex = normalizeQrColor('color', color);
  const channel = (index: number) => parseInt(hex.slice(1 + index * 2, 3 + index * 2), 16);
  return [channel(0), channel(1), channel(2), hex.length === 9 ? channel(3) : 255];
}

/** What `top` looks like laid over `bottom` (source-over compositing), either of them translucent; channels rounded to whole values. */
export function compositeOver(top: Rgba, bottom: Rgba): Rgba {
  const above = top[3] / 255;
  const below = (bottom[3] / 255) * (1 - above);
  const alpha = above + below;
  if (alpha === 0) return [0, 0, 0, 0];
  const mix = (channel: number) => Math.round((top[channel] * above + bottom[channel] * below) / alpha);
  return [mix(0), mix(1), mix(2), Math.round(alpha * 255)];
}

/** WCAG 2 contrast ratio of two opaque colours, from 1 (same) to 21 (black on white). */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (lighter + 0.05) / (darker + 0.05);
}

/** The colours of a symbol, validated. */
export interface QrColors {
  /** Dark modules, `#rrggbb` or `#rrggbbaa`. */
  dark: string;
  /** Light modules and the quiet zone, `#rrggbb` or `#rrggbbaa`. */
  light: string;
}

/**
 * Validates the module colours: hex syntax, dark modules on a light ground (many readers do
 * not try inverted codes) and a contrast ratio of at least {@link QR_MIN_CONTRAST}.
 * Translucent colours are judged as they look on white paper: light over white, dark over light.
 * The error names the colour that was changed from its default (`dark` when both were).
 */
export function qrColors(dark?: string, light?: string): QrColors {
  const colors = {
    dark: dark === undefined ? '#000000' : normalizeQrColor('dark', dark),
    light: light === undefined ? '#ffffff' : normalizeQrColor('light', light),
  };
  const ground = compositeOver(qrColorRgba(colors.light), [255, 255, 255, 255]);
  const ink = compositeOver(qrColorRgba(colors.dark), ground);
  const field = dark === undefined && light !== undefined ? 'light' : 'dark';
  if (luminance(ink) > luminance(ground)) {
    throw new ConsultInputError(field, `dark ${colors.dark} is lighter than light ${colors.light}: QR readers expect dark modules on a light ground; swap them.`);
  }
  const ratio = contrastRatio(ink, ground);
  if (ratio < QR_MIN_CONTRAST) {
    throw new ConsultInputError(
      field,
      `dark ${colors.dark} on light ${colors.light} has a contrast ratio of ${ratio.toFixed(2)}:1; QR readers need at least ${QR_MIN_CONTRAST}:1: darken dark or lighten light.`,
    );
  }
  return colors;
}

/** A square in modules, measured from the symbol's top-left corner (quiet zone excluded). */
export interface QrSquare {
  start: number;
  size: number;
}

/** Where a centred logo goes. */
export interface QrLogoBox {
  /** The light square cleared for the logo: whole modules, so no module is left half covered. */
  pad: QrSquare;
  /** The image square, centred in the pad with at least half a module of light around it. */
  image: QrSquare;
}

/**
 * Places a logo `fraction` of the symbol's width wide in its centre.
 *
 * @throws ConsultInputError naming `logo` when the fraction is not above 0 and at most {@link QR_MAX_LOGO_FRACTION}.
 */
export function qrLogoBox(symbolSize: number, fraction: number): QrLogoBox {
  if (typeof fraction !== 'number' || !(fraction > 0 && fraction <= QR_MAX_LOGO_FRACTION)) {
    throw new ConsultInputError('logo', `logo size ${quote(fraction)} must be a fraction of the code's width above 0 and at most ${QR_MAX_LOGO_FRACTION}.`);
  }
  const image = fraction * symbolSize;
  let pad = Math.ceil(image + 1);
  // Same parity as the symbol, so the pad sits exactly on the module grid when centred.
  if ((symbolSize - pad) % 2 !== 0) pad++;
  return {
    pad: { start: (symbolSize - pad) / 2, size: pad },
    image: { start: (symbolSize - image) / 2, size: image },
  };
}

/** A rectangle in whole pixels. */
export interface QrPixelRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where a logo lands in a raster image of the code. */
export interface QrLogoPixels {
  /** The light pad. */
  pad: QrPixelRect;
  /** The logo, fitted in its square with its aspect ratio kept, and centred. */
  image: QrPixelRect;
}

/**
 * Places a `width`×`height` pixel logo in a raster of `scale` pixels a module, in whole
 * pixels, so the CLI's PNG and the generator page's canvas put it in the same place.
 */
export function qrLogoPixels(box: QrLogoBox, margin: number, scale: number, width: number, height: number): QrLogoPixels {
  const padStart = (margin + box.pad.start) * scale;
  const start = Math.round((margin + box.image.start) * scale);
  const side = Math.round((margin + box.image.start + box.image.size) * scale) - start;
  const fit = side / Math.max(width, height);
  const drawnWidth = Math.max(1, Math.round(width * fit));
  const drawnHeight = Math.max(1, Math.round(height * fit));
  return {
    pad: { x: padStart, y: padStart, width: box.pad.size * scale, height: box.pad.size * scale },
    image: { x: start + Math.floor((side - drawnWidth) / 2), y: start + Math.floor((side - drawnHeight) / 2), width: drawnWidth, height: drawnHeight },
  };
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
  const matrix = qrMatrix(text, { ecc });
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

/** WCAG 2 relative luminance of an opaque colour. */
function luminance([red, green, blue]: Rgba): number {
  const linear = (channel: number) => {
    const value = channel / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** Echoes untrusted input short and quoted: an attribute can hold a megabyte. */
function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value);
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}
