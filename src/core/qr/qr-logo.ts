// Where a logo goes on a QR code: a light pad on the module grid in the symbol's centre, and
// the image inside it, in modules (SVG) and in whole pixels (PNG, canvas).
import { ConsultInputError } from '../errors.js';
import { quote } from './quote-input.js';

/** Largest share of the symbol's width a logo may take; beyond it even level H cannot repair the hole. */
export const QR_MAX_LOGO_FRACTION = 0.25;

/** Logo width used when only the image is given. */
export const QR_DEFAULT_LOGO_FRACTION = 0.2;

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
    throw new ConsultInputError(
      'logo',
      `logo size ${quote(fraction)} must be a fraction of the code's width above 0 and at most ${QR_MAX_LOGO_FRACTION}.`,
    );
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
    image: {
      x: start + Math.floor((side - drawnWidth) / 2),
      y: start + Math.floor((side - drawnHeight) / 2),
      width: drawnWidth,
      height: drawnHeight,
    },
  };
}
