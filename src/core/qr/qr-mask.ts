import type { QrEcc } from './qr.js';

/**
 * The mask choice of the `qrcode` encoder, scored as it scores it (ISO/IEC 18004's four
 * penalty rules, as that encoder reads them) on typed arrays: the same mask, several times
 * quicker than its per-module calls. It lets a symbol encoded with a fixed mask be re-masked
 * as the encoder would have masked it.
 */

/** An encoded symbol's modules as the encoder lays them out: row by row, 1 dark, with the function patterns marked. */
export interface QrLayout {
  size: number;
  data: Uint8Array;
  /** Non-zero where a module is not data (finder, timing, alignment, format and version patterns). */
  reservedBit: Uint8Array;
}

// Format information's level bits (ISO/IEC 18004 table 12).
const LEVEL_BITS: Record<QrEcc, number> = { L: 1, M: 0, Q: 3, H: 2 };

/** The 15 format bits for a level and mask: 5 data bits, their BCH(15,5) remainder, XOR 101010000010010. */
export function formatBits(ecc: QrEcc, mask: number): number {
  const data = (LEVEL_BITS[ecc] << 3) | mask;
  let remainder = data << 10;
  for (let bit = 14; bit >= 10; bit--) if (remainder & (1 << bit)) remainder ^= 0b10100110111 << (bit - 10);
  return ((data << 10) | remainder) ^ 0b101010000010010;
}

/** Whether mask `pattern` flips the module at `row`, `col` (ISO/IEC 18004 table 10). */
export function maskFlips(pattern: number, row: number, col: number): boolean {
  switch (pattern) {
    case 0:
      return (row + col) % 2 === 0;
    case 1:
      return row % 2 === 0;
    case 2:
      return col % 3 === 0;
    case 3:
      return (row + col) % 3 === 0;
    case 4:
      return (Math.floor(row / 2) + Math.floor(col / 3)) % 2 === 0;
    case 5:
      return ((row * col) % 2) + ((row * col) % 3) === 0;
    case 6:
      return (((row * col) % 2) + ((row * col) % 3)) % 2 === 0;
    case 7:
      return (((row * col) % 3) + ((row + col) % 2)) % 2 === 0;
    default:
      throw new RangeError(`mask ${pattern} is not 0 to 7`);
  }
}

/** A version's layout, the same for every symbol of it: each mask's flips over the data modules (0 on function patterns), four to a word, and where the format bits sit. */
interface MaskLayout {
  flips: Uint32Array[];
  /** The module index of format bit i, both copies: `[i * 2]`, `[i * 2 + 1]`. */
  formatCells: Int32Array;
}

const layouts = new Map<number, MaskLayout>();

/** Bytes rounded up to whole 32-bit words, so masks apply four modules at a time. */
const wordBytes = (modules: number) => Math.ceil(modules / 4) * 4;

function layoutOf({ size, reservedBit }: QrLayout): MaskLayout {
  // A symbol's function patterns depend on its version alone, and its size names the version.
  let layout = layouts.get(size);
  if (!layout) {
    const flips = Array.from({ length: 8 }, (_, pattern) => {
      const flip = new Uint8Array(wordBytes(size * size));
      for (let row = 0; row < size; row++)
        for (let col = 0; col < size; col++) {
          const index = row * size + col;
          if (!reservedBit[index] && maskFlips(pattern, row, col)) flip[index] = 1;
        }
      return new Uint32Array(flip.buffer);
    });
    // The encoder's own placement of format bit i: down column 8 and along row 8.
    const formatCells = new Int32Array(30);
    for (let i = 0; i < 15; i++) {
      formatCells[i * 2] = (i < 6 ? i : i < 8 ? i + 1 : size - 15 + i) * size + 8;
      formatCells[i * 2 + 1] = 8 * size + (i < 8 ? size - i - 1 : i < 9 ? 15 - i : 14 - i);
    }
    layout = { flips, formatCells };
    layouts.set(size, layout);
  }
  return layout;
}

/** 1 at the 11-module windows N3 counts: dark-light-dark-dark-dark-light-dark with four light on one side. */
const FINDER_LIKE = new Uint8Array(0x800);
FINDER_LIKE[0x5d0] = FINDER_LIKE[0x05d] = 1;
/** 1 for a 2×2 block of one colour, by its dark modules. */
const SOLID_BLOCK = new Uint8Array([1, 0, 0, 0, 1]);

/**
 * The encoder's penalty score of a masked symbol's `size`² modules: runs of five or more (N1),
 * 2×2 blocks (N2), finder-like runs (N3), dark share (N4). The loops have no data-dependent
 * branches (modules are random-looking, so branches would mispredict half the time): a run
 * scores 3 at its fifth module and 1 at each one after, which adds up to the encoder's length − 2.
 */
export function maskPenalty(data: Uint8Array, size: number): number {
  let runs = 0;
  let blocks = 0;
  let finders = 0;
  let dark = 0;
  for (let line = 0; line < size; line++) {
    const rowStart = line * size;
    let rowCount = 0;
    let colCount = 0;
    let rowBits = 0;
    let colBits = 0;
    let rowLast = 2;
    let colLast = 2;
    for (let step = 0, down = line; step < size; step++, down += size) {
      const across = data[rowStart + step]!;
      const below = data[down]!;
      dark += across;
      // (x - 1) >>> 31 is 1 for x = 0 (the module repeats the last one), else 0.
      rowCount = rowCount * (((across ^ rowLast) - 1) >>> 31) + 1;
      colCount = colCount * (((below ^ colLast) - 1) >>> 31) + 1;
      rowLast = across;
      colLast = below;
      // 3 when a run reaches 5 ((t | -t) >>> 31 is 0 only for t = 0), 1 beyond.
      let t = rowCount - 5;
      runs += 3 * (((t | -t) >>> 31) ^ 1) + ((5 - rowCount) >>> 31);
      t = colCount - 5;
      runs += 3 * (((t | -t) >>> 31) ^ 1) + ((5 - colCount) >>> 31);
      rowBits = ((rowBits << 1) & 0x7ff) | across;
      colBits = ((colBits << 1) & 0x7ff) | below;
      // Whole windows only, from the eleventh module: (9 - step) >>> 31 is 1 from step 10.
      finders += (FINDER_LIKE[rowBits]! + FINDER_LIKE[colBits]!) * ((9 - step) >>> 31);
    }
  }
  for (let row = 0; row < size - 1; row++) {
    const top = row * size;
    const bottom = top + size;
    let pairBefore = data[top]! + data[bottom]!;
    for (let col = 1; col < size; col++) {
      const pair = data[top + col]! + data[bottom + col]!;
      blocks += SOLID_BLOCK[pairBefore + pair]!;
      pairBefore = pair;
    }
  }
  // The encoder's own arithmetic, so a share on a 5 % boundary rounds the same way.
  const balance = Math.abs(Math.ceil((dark * 100) / (size * size) / 5) - 10);
  return runs + blocks * 3 + finders * 40 + balance * 10;
}

/**
 * Re-masks a symbol the encoder masked with `mask`: unmasks it, scores the eight masks as the
 * encoder does (the lowest wins, the first of a tie) and returns the modules under the best
 * one, its format bits written.
 */
export function bestMasked(symbol: QrLayout, ecc: QrEcc, mask: number): { data: Uint8Array; mask: number } {
  const { size } = symbol;
  const modules = size * size;
  const { flips, formatCells } = layoutOf(symbol);
  const words = wordBytes(modules) / 4;
  const unmasked = new Uint32Array(words);
  new Uint8Array(unmasked.buffer).set(symbol.data);
  const given = flips[mask]!;
  for (let word = 0; word < words; word++) unmasked[word]! ^= given[word]!;
  let best = { words: unmasked, mask: -1, penalty: Infinity };
  let spare = new Uint32Array(words);
  for (let pattern = 0; pattern < 8; pattern++) {
    const masked = spare;
    const flip = flips[pattern]!;
    for (let word = 0; word < words; word++) masked[word] = unmasked[word]! ^ flip[word]!;
    const bytes = new Uint8Array(masked.buffer);
    const bits = formatBits(ecc, pattern);
    for (let i = 0; i < 15; i++) bytes[formatCells[i * 2]!] = bytes[formatCells[i * 2 + 1]!] = (bits >> i) & 1;
    const penalty = maskPenalty(bytes, size);
    if (penalty < best.penalty) {
      spare = best.mask < 0 ? new Uint32Array(words) : best.words;
      best = { words: masked, mask: pattern, penalty };
    }
  }
  return { data: new Uint8Array(best.words.buffer, 0, modules), mask: best.mask };
}
