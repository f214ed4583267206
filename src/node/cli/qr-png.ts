import { createRequire } from 'node:module';
import { deflateSync } from 'node:zlib';
import type * as Pngjs from 'pngjs';
import type { PNG } from 'pngjs';
import { ConsultInputError } from '../../core/errors.js';
import { pngLogoSize } from '../../core/qr/png-logo.js';
import { twoColorPng } from '../../core/qr/qr-png-bytes.js';
import {
  compositeOver,
  QR_DEFAULT_LOGO_FRACTION,
  normalizeQrPixels,
  qrColorRgba,
  qrLogoPixels,
  qrModulePixels,
  qrSymbol,
  type QrEcc,
  type QrSymbol,
  type Rgba,
} from '../../core/qr/qr.js';

/** pngjs, loaded on first use: only a logo needs it (a code alone is written by `twoColorPng`). */
const pngjs = (): typeof Pngjs => createRequire(import.meta.url)('pngjs') as typeof Pngjs;

/** Options of {@link qrPng}. */
export interface QrPngOptions {
  /** Error-correction level, default `M`; a logo forces `H`. */
  ecc?: QrEcc | (string & {});
  /** Quiet zone in modules, default 4. */
  margin?: number;
  /**
   * Target width in pixels, default 1024. Each module takes a whole number of pixels (at
   * least 1) so edges stay sharp: the image is the nearest multiple of the module count.
   */
  px?: number;
  /** Dark module colour, `#rgb`, `#rrggbb` or `#rrggbbaa`; default `#000000`. */
  dark?: string;
  /** Light module and quiet-zone colour; default `#ffffff`. */
  light?: string;
  /** The bytes of a PNG to draw centred on a light pad; forces level H. */
  logo?: Uint8Array;
  /** Logo width as a fraction of the symbol's, at most 0.25; default 0.2. */
  logoSize?: number;
}

/**
 * Renders text as a QR code PNG, from the same validated symbol as the core's `qrSvg`, so the
 * two files of one text carry identical modules.
 *
 * @throws ConsultInputError naming the option at fault (colours too close in contrast included).
 */
export function qrPng(text: string, options: QrPngOptions = {}): Buffer {
  const logo = options.logo === undefined ? undefined : readLogo(options.logo);
  const symbol = qrSymbol(text, {
    ecc: options.ecc,
    margin: options.margin,
    dark: options.dark,
    light: options.light,
    logo: logo === undefined ? undefined : (options.logoSize ?? QR_DEFAULT_LOGO_FRACTION),
  });
  return symbolPng(symbol, options.px ?? 1024, logo);
}

/**
 * Renders an encoded symbol as a PNG about `px` wide (whole pixels a module), with the
 * decoded logo when the symbol has room for one. For callers that already hold the symbol:
 * a code is encoded once, whatever it is rendered to.
 *
 * @throws ConsultInputError naming `px` when it is out of range.
 */
export function symbolPng(symbol: QrSymbol, px: number, logo?: PNG): Buffer {
  const { matrix, margin, extent } = symbol;
  const scale = qrModulePixels(normalizeQrPixels('px', px), extent);
  if (logo === undefined || symbol.logo === undefined) return Buffer.from(twoColorPng(symbol, scale, deflate));
  const width = extent * scale;
  const light = qrColorRgba(symbol.light);
  const dark = compositeOver(qrColorRgba(symbol.dark), light);
  const { PNG } = pngjs();
  const image = new PNG({ width, height: width });

  // Paint one pixel row per module row, then copy it down the module's height.
  const row = Buffer.alloc(width * 4);
  for (let y = 0; y < extent; y++) {
    for (let x = 0; x < extent; x++) {
      const color = matrix.get(x - margin, y - margin) ? dark : light;
      for (let offset = x * scale * 4; offset < (x + 1) * scale * 4; offset += 4) row.set(color, offset);
    }
    for (let line = y * scale; line < (y + 1) * scale; line++) row.copy(image.data, line * width * 4);
  }

  const { pad, image: box } = qrLogoPixels(symbol.logo, margin, scale, logo.width, logo.height);
  fill(image, pad.x, pad.y, pad.width, pad.height, light);
  draw(image, logo, box.x, box.y, box.width, box.height);

  const opaque = dark[3] === 255 && light[3] === 255;
  return PNG.sync.write(image, { colorType: opaque ? 2 : 6, deflateLevel: 9 });
}

const deflate = (data: Uint8Array) => deflateSync(data, { level: 9 });

/** Decodes a logo, refusing non-PNG bytes and images too large to hold in memory before decoding them. */
export function readLogo(bytes: Uint8Array): PNG {
  if (!(bytes instanceof Uint8Array)) {
    throw new ConsultInputError('logo', 'logo must be the bytes of a PNG file (a Buffer or Uint8Array).');
  }
  pngLogoSize(bytes);
  try {
    return pngjs().PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (error) {
    throw new ConsultInputError('logo', `logo is not a readable PNG: ${error instanceof Error ? error.message : String(error)}.`);
  }
}

function fill(image: PNG, left: number, top: number, width: number, height: number, color: Rgba): void {
  for (let y = top; y < top + height; y++) {
    for (let x = left; x < left + width; x++) image.data.set(color, (y * image.width + x) * 4);
  }
}

/**
 * Scales `source` into the given rectangle of `target` and lays it over what is there.
 * Each target pixel averages the source pixels it covers (alpha-weighted, so transparent
 * pixels lend no colour), which keeps a downscaled logo smooth; upscaling repeats pixels.
 */
function draw(target: PNG, source: PNG, left: number, top: number, width: number, height: number): void {
  const { data } = source;
  for (let y = 0; y < height; y++) {
    const fromY = Math.floor((y * source.height) / height);
    const toY = Math.max(fromY + 1, Math.floor(((y + 1) * source.height) / height));
    for (let x = 0; x < width; x++) {
      const fromX = Math.floor((x * source.width) / width);
      const toX = Math.max(fromX + 1, Math.floor(((x + 1) * source.width) / width));
      let red = 0;
      let green = 0;
      let blue = 0;
      let alpha = 0;
      for (let sy = fromY; sy < toY; sy++) {
        for (let sx = fromX; sx < toX; sx++) {
          const index = (sy * source.width + sx) * 4;
          const weight = data[index + 3];
          red += data[index] * weight;
          green += data[index + 1] * weight;
          blue += data[index + 2] * weight;
          alpha += weight;
        }
      }
      if (alpha === 0) continue;
      const coverage = alpha / ((toY - fromY) * (toX - fromX));
      const index = ((top + y) * target.width + left + x) * 4;
      const below: Rgba = [target.data[index], target.data[index + 1], target.data[index + 2], target.data[index + 3]];
      target.data.set(compositeOver([red / alpha, green / alpha, blue / alpha, coverage], below), index);
    }
  }
}
