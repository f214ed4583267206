import { concatBytes } from '../bytes.js';
import { pngChunk, PNG_SIGNATURE } from './png-chunk.js';
import { compositeOver, qrColorRgba, type QrSymbol } from './qr.js';

/** Compresses bytes in the zlib format (Node's `deflateSync`, fflate's `zlibSync`). */
export type ZlibDeflate = (data: Uint8Array) => Uint8Array;

/**
 * Writes an encoded symbol without a logo as an indexed PNG of one bit a pixel, `scale`
 * pixels a module: two palette entries (light 0, dark 1, with their alpha when translucent).
 * The same pixels as an RGB(A) file, at a fraction of the size and encoding time, which
 * matters for batches; the CLI and the studio's worker both write it.
 */
export function twoColorPng(symbol: QrSymbol, scale: number, deflate: ZlibDeflate): Uint8Array {
  const { matrix, margin, extent } = symbol;
  const light = qrColorRgba(symbol.light);
  // Dark modules lie over the light ground, as the SVG's path lies over its background.
  const dark = compositeOver(qrColorRgba(symbol.dark), light);
  const width = extent * scale;
  const rowBytes = Math.ceil(width / 8);
  // Each image row: filter type 0 (none), then the bits, most significant first.
  const raw = new Uint8Array((rowBytes + 1) * width);
  const row = new Uint8Array(rowBytes);
  for (let y = 0; y < extent; y++) {
    row.fill(0);
    for (let x = 0; x < extent; x++) {
      if (!matrix.get(x - margin, y - margin)) continue;
      for (let pixel = x * scale; pixel < (x + 1) * scale; pixel++) row[pixel >> 3]! |= 0x80 >> (pixel & 7);
    }
    for (let line = y * scale; line < (y + 1) * scale; line++) raw.set(row, line * (rowBytes + 1) + 1);
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, width);
  header[8] = 1; // bit depth
  header[9] = 3; // indexed colour; compression, filter and interlace methods stay 0
  const chunks = [pngChunk('IHDR', header), pngChunk('PLTE', Uint8Array.of(light[0], light[1], light[2], dark[0], dark[1], dark[2]))];
  if (light[3] !== 255 || dark[3] !== 255) chunks.push(pngChunk('tRNS', Uint8Array.of(light[3], dark[3])));
  chunks.push(pngChunk('IDAT', deflate(raw)), pngChunk('IEND', new Uint8Array(0)));
  return concatBytes([Uint8Array.from(PNG_SIGNATURE), ...chunks]);
}
