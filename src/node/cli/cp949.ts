import { createRequire } from 'node:module';
import type Iconv from 'iconv-lite';
import type { Cp949Decoder } from '../../core/table/text-encoding.js';

/**
 * Code page 949 in full. Node's `TextDecoder('euc-kr')` (ICU) lacks the 8,822 syllables 949
 * adds to EUC-KR (똠, 뷁, 햏…) and reads some of their bytes as other characters without an
 * error, so the CLI decodes with iconv-lite's table. Unmappable bytes become U+FFFD, which
 * the core reports by line and column.
 */
// iconv-lite loads on the first 949 file: a UTF-8 table, the common case, never needs it.
const iconv = (): typeof Iconv => createRequire(import.meta.url)('iconv-lite') as typeof Iconv;

export const decodeCp949: Cp949Decoder = (bytes) => iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'cp949');

/** A streaming 949 decoder for `report`, same table. */
export function cp949Stream(): { write(chunk: Uint8Array): string; end(): string } {
  const decoder = iconv().getDecoder('cp949');
  return { write: (chunk) => decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)), end: () => decoder.end() ?? '' };
}
