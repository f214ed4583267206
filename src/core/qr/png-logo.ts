import { ConsultInputError } from '../errors.js';
import { PNG_SIGNATURE } from './png-chunk.js';
import { QR_MAX_PIXELS } from './qr.js';

/** A logo image's size in pixels. */
export interface PngSize {
  width: number;
  height: number;
}

/**
 * Checks a logo's bytes are a PNG no larger than {@link QR_MAX_PIXELS} a side, from its header
 * alone: a decoder is then never handed another format, nor a huge image to hold in memory.
 * The same rule for the CLI and the generator page. It does not prove the rest decodes.
 *
 * @throws ConsultInputError naming `logo`.
 */
export function pngLogoSize(bytes: Uint8Array): PngSize {
  if (bytes.length < 24 || PNG_SIGNATURE.some((byte, index) => bytes[index] !== byte)) {
    throw new ConsultInputError('logo', 'logo is not a PNG file (its signature is missing).');
  }
  // IHDR, always the first chunk, holds the width and height right after its type.
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  if (width > QR_MAX_PIXELS || height > QR_MAX_PIXELS) {
    throw new ConsultInputError('logo', `logo is ${width}×${height} pixels; at most ${QR_MAX_PIXELS} a side is accepted.`);
  }
  return { width, height };
}
