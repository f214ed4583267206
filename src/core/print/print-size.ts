import { ConsultInputError } from '../errors.js';
import { QR_MAX_PIXELS } from '../qr/qr.js';
import { clip } from '../text.js';

/** Millimetres in an inch, the unit of dots per inch. */
export const MM_PER_INCH = 25.4;

/** Print resolution assumed when a print size comes without one: the usual for offset and laser print. */
export const DEFAULT_DPI = 300;

/** Width of a PNG rendered without any size asked for. */
export const DEFAULT_PNG_PIXELS = 1024;

/**
 * Smallest printed module that phone cameras read reliably at arm's length; a common rule of
 * print guides. Smaller codes still work up close, so this only warns.
 */
export const MIN_PRINT_MODULE_MM = 0.3;

/** Bounds that catch slips such as a missing unit (`30m` for `30mm`) rather than real limits. */
const MAX_PRINT_MM = 5000;
const MAX_DPI = 2400;

const UNITS: Record<string, number> = { mm: 1, cm: 10, in: MM_PER_INCH };
const LENGTH = /^(\d+(?:\.\d+)?|\.\d+)\s*(mm|cm|in)$/i;

/**
 * Reads a print length such as `30mm`, `3.5 cm` or `1.2in` into millimetres.
 *
 * @throws ConsultInputError naming `field` when the text is not a positive length with a unit.
 */
export function parseLength(field: string, text: string): number {
  const match = LENGTH.exec(text.trim());
  const mm = match ? Number(match[1]) * UNITS[match[2]!.toLowerCase()]! : NaN;
  if (!(mm > 0 && mm <= MAX_PRINT_MM)) {
    throw new ConsultInputError(
      field,
      `${field} "${clip(text)}" must be a length with its unit, above 0 and at most ${MAX_PRINT_MM / 1000} m: e.g. "30mm", "3cm" or "1.2in".`,
    );
  }
  return mm;
}

/**
 * Validates a print resolution in dots per inch.
 *
 * @throws ConsultInputError naming `dpi`.
 */
export function normalizeDpi(dpi: number): number {
  if (Number.isFinite(dpi) && dpi >= 1 && dpi <= MAX_DPI) return dpi;
  throw new ConsultInputError(
    'dpi',
    `dpi ${JSON.stringify(clip(String(dpi)))} must be a number of dots per inch from 1 to ${MAX_DPI}, e.g. 300.`,
  );
}

/** What size to render a code at; at most one of `mm` and `px`. */
export interface SizeRequest {
  /** Printed side in millimetres (see {@link parseLength}). */
  mm?: number;
  /** Side in pixels. */
  px?: number;
  /** Print resolution: pixels per inch of a PNG; {@link DEFAULT_DPI} with `mm`. */
  dpi?: number;
  /** A PNG (whole-pixel modules) rather than an SVG (any scale). */
  raster: boolean;
}

/** How a code of a given extent comes out at a requested size. */
export interface SizePlan {
  /** PNG: the side in pixels, a whole multiple of the extent. SVG: its `width` in pixels, when asked in pixels. */
  px?: number;
  /** PNG: pixels per module. */
  modulePx?: number;
  /** The printed side in millimetres, when known (a print size, or pixels with a dpi). */
  mm?: number;
  /** The printed module in millimetres, when the printed side is known. */
  moduleMm?: number;
  /**
   * PNG: the density to record in the file (pixels per inch) so it prints at `mm`. With a
   * print size it is the actual pixels over the asked size, a little off the asked dpi
   * because modules take whole pixels.
   */
  dpi?: number;
  /** The printed module is under {@link MIN_PRINT_MODULE_MM}: the code may not scan from a distance. */
  smallModules: boolean;
}

/**
 * Plans a code's size: pixels for a PNG (whole pixels a module, at least one), the printed
 * size and module size when known.
 *
 * @param extent The code's side in modules, quiet zone included.
 * @throws ConsultInputError naming `size`, `px` or `dpi` when the request is impossible.
 */
export function planSize(extent: number, request: SizeRequest): SizePlan {
  const { mm, raster } = request;
  if (mm !== undefined && request.px !== undefined) {
    throw new ConsultInputError('px', 'give either a print size (size) or pixels (px), not both.');
  }
  const dpi = request.dpi === undefined ? undefined : normalizeDpi(request.dpi);
  let px = request.px;
  if (mm !== undefined && raster) px = Math.round((mm / MM_PER_INCH) * (dpi ?? DEFAULT_DPI));
  if (px === undefined && raster) px = DEFAULT_PNG_PIXELS;

  const plan: SizePlan = { smallModules: false };
  if (px !== undefined) {
    const field = mm !== undefined ? 'size' : 'px';
    if (!(Number.isFinite(px) && px > 0))
      throw new ConsultInputError('px', `px ${JSON.stringify(clip(String(px)))} must be a number of pixels above 0.`);
    if (px < extent) {
      throw new ConsultInputError(
        field,
        `${describe(mm, px, dpi)} is ${Math.round(px)} px for a code of ${extent} modules: a module needs at least 1 px; make the code bigger${mm !== undefined ? ' or raise dpi' : ''}.`,
      );
    }
    const modulePx = raster ? Math.round(px / extent) : undefined;
    const side = modulePx === undefined ? px : modulePx * extent;
    if (side > QR_MAX_PIXELS) {
      throw new ConsultInputError(
        field,
        `${describe(mm, px, dpi)} needs ${side} px; at most ${QR_MAX_PIXELS} px are drawn: ${mm !== undefined ? 'lower dpi, or use an SVG for large prints' : 'use fewer pixels, or an SVG'}.`,
      );
    }
    plan.px = side;
    if (modulePx !== undefined) plan.modulePx = modulePx;
  }
  const printed = mm ?? (dpi !== undefined && plan.px !== undefined ? (plan.px / dpi) * MM_PER_INCH : undefined);
  if (printed !== undefined) {
    plan.mm = printed;
    plan.moduleMm = printed / extent;
    plan.smallModules = plan.moduleMm < MIN_PRINT_MODULE_MM;
    if (raster && plan.px !== undefined) plan.dpi = mm !== undefined ? (plan.px / mm) * MM_PER_INCH : dpi;
  }
  return plan;
}

function describe(mm: number | undefined, px: number, dpi: number | undefined): string {
  return mm === undefined ? `px ${px}` : `size ${formatMm(mm)} at ${dpi ?? DEFAULT_DPI} dpi`;
}

/** A length for people: `30 mm`, `0.27 mm`, `1.2 m`. */
export function formatMm(mm: number): string {
  return mm >= 1000 ? `${Number((mm / 1000).toFixed(3))} m` : `${Number(mm.toFixed(mm < 10 ? 2 : 1))} mm`;
}

/**
 * Gives an SVG from `qrSvg` (rendered without its `size` option) a physical width and height,
 * e.g. `30mm`, so it prints at that size; its viewBox keeps the drawing scalable.
 */
export function withPrintSize(svg: string, mm: number): string {
  const side = `${Number(mm.toFixed(3))}mm`;
  return svg.replace(/^<svg /, `<svg width="${side}" height="${side}" `);
}
