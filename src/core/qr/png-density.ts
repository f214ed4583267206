import { concatBytes } from '../bytes.js';
import { pngChunk, PNG_SIGNATURE } from './png-chunk.js';
import { MM_PER_INCH } from '../print/print-size.js';

/**
 * Records a print density in a PNG (its `pHYs` chunk, in pixels per metre), so layout and
 * print software place it at its intended physical size instead of guessing 72 or 96 dpi.
 * Any density the file already records is replaced. Works on plain bytes, in Node and browsers.
 *
 * @param dpi Pixels per inch; fractional values are kept to the nearest pixel per metre.
 * @throws TypeError when the bytes are not a PNG.
 */
export function withPixelDensity(png: Uint8Array, dpi: number): Uint8Array<ArrayBuffer> {
  if (png.length < 33 || PNG_SIGNATURE.some((byte, index) => png[index] !== byte)) throw new TypeError('not a PNG file');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const perMetre = Math.round((dpi * 1000) / MM_PER_INCH);
  const data = new Uint8Array(9);
  const fields = new DataView(data.buffer);
  fields.setUint32(0, perMetre);
  fields.setUint32(4, perMetre);
  data[8] = 1; // unit: metre
  const chunk = pngChunk('pHYs', data);

  // Copy chunk by chunk: the new one right after IHDR (it must precede the image data), old ones dropped.
  const parts: Uint8Array[] = [png.subarray(0, 8)];
  for (let offset = 8; offset + 12 <= png.length;) {
    const end = offset + 12 + view.getUint32(offset);
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    if (type !== 'pHYs') parts.push(png.subarray(offset, end));
    if (type === 'IHDR') parts.push(chunk);
    offset = end;
  }
  return concatBytes(parts);
}
