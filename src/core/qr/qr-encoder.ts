import type { GeneratedQRCodeSegment, QRCodeSegment, QRCodeSegmentMode } from 'qrcode';
import QRCode from 'qrcode/lib/core/qrcode.js';
import { plainEncoder, type QrEncoder } from './qr.js';
import { bestMasked } from './qr-mask.js';

/**
 * The `qrcode` encoder made quick for many codes, with the very same symbols. Its two costly
 * steps are the search for the shortest mix of modes (numeric, alphanumeric, byte) and the
 * mask choice. The search depends only on each character's class, so a text shaped like one
 * already encoded (`poster_0001`, `poster_0002`: a batch's rows) takes that one's split; the
 * encoder then lays the symbol with a fixed mask, and the mask is chosen here by its own rules.
 */

/** A text's split into segments: each one's mode and where it ends, in UTF-16 code units. */
type Split = { mode: QRCodeSegmentMode; end: number }[];

/** Shapes kept: a batch's rows share a few; the oldest goes first beyond this. */
const MAX_SHAPES = 256;

/**
 * A text's shape: each code unit's class as the encoder's segmenter reads it (digit,
 * alphanumeric, or the UTF-8 length of a byte-mode character). `undefined` for text with
 * surrogates, which the encoder's segmenter treats on its own (a lone one fails there).
 */
export function textShape(text: string): string | undefined {
  let shape = '';
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x30 && code <= 0x39) shape += '9';
    else if ((code >= 0x41 && code <= 0x5a) || ' $%*+-./:'.includes(text[index]!)) shape += 'A';
    else if (code < 0x80) shape += '1';
    else if (code < 0x800) shape += '2';
    else if (code >= 0xd800 && code <= 0xdfff) return undefined;
    else shape += '3';
  }
  return shape;
}

/** Where each of the encoder's segments ends in `text`, from their lengths (characters, or bytes in byte mode). */
function splitOf(text: string, segments: readonly GeneratedQRCodeSegment[]): Split {
  const split: Split = [];
  let end = 0;
  for (const segment of segments) {
    let length = segment.getLength();
    if (segment.mode.id !== 'Byte') end += length;
    else
      while (length > 0) {
        const code = text.charCodeAt(end++);
        length -= code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
      }
    split.push({ mode: segment.mode.id.toLowerCase() as QRCodeSegmentMode, end });
  }
  return split;
}

/**
 * An encoder that remembers the split of each text shape it meets (up to {@link MAX_SHAPES}),
 * level by level. A text of a known shape is laid with that split and mask 0, then re-masked
 * as the encoder would have chosen: the modules are the plain encoder's, byte for byte.
 */
export function createQrEncoder(): QrEncoder {
  const splits = new Map<string, Split>();
  return (text, ecc) => {
    const shape = textShape(text);
    if (shape === undefined) return plainEncoder(text, ecc);
    const key = `${ecc}${shape}`;
    const split = splits.get(key);
    if (!split) {
      const symbol = QRCode.create(text, { errorCorrectionLevel: ecc });
      if (splits.size >= MAX_SHAPES) splits.delete(splits.keys().next().value!);
      splits.set(key, splitOf(text, symbol.segments));
      return symbol.modules;
    }
    let start = 0;
    const segments = split.map(({ mode, end }) => ({ data: text.slice(start, (start = end)), mode }) as QRCodeSegment);
    const { modules } = QRCode.create(segments, { errorCorrectionLevel: ecc, maskPattern: 0 });
    return { size: modules.size, data: bestMasked(modules, ecc, 0).data };
  };
}
