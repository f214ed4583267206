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

/** Set bits of a 32-bit word. */
function ones(word: number): number {
  let x = word - ((word >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** Line bits, for symbols up to {@link MAX_BIT_SIZE} modules wide: module c of a line is bit c of `lo` (c < 32) or bit c − 32 of `hi`. */
interface Lines {
  rowLo: Int32Array;
  rowHi: Int32Array;
  colLo: Int32Array;
  colHi: Int32Array;
}

/** The widest symbol scored on line bits (two 32-bit words a line): version 11; wider ones go through {@link maskPenalty}. */
const MAX_BIT_SIZE = 64;

function emptyLines(size: number): Lines {
  return { rowLo: new Int32Array(size), rowHi: new Int32Array(size), colLo: new Int32Array(size), colHi: new Int32Array(size) };
}

function linesOf(data: Uint8Array, size: number, lines = emptyLines(size)): Lines {
  const { rowLo, rowHi, colLo, colHi } = lines;
  for (let row = 0; row < size; row++)
    for (let col = 0; col < size; col++) {
      const dark = data[row * size + col]!;
      if (col < 32) rowLo[row]! |= dark << col;
      else rowHi[row]! |= dark << (col - 32);
      if (row < 32) colLo[col]! |= dark << row;
      else colHi[col]! |= dark << (row - 32);
    }
  return lines;
}

/** Flips one module (by index) in line bits. */
function toggle(lines: Lines, size: number, index: number): void {
  const row = Math.floor(index / size);
  const col = index % size;
  if (col < 32) lines.rowLo[row]! ^= 1 << col;
  else lines.rowHi[row]! ^= 1 << (col - 32);
  if (row < 32) lines.colLo[col]! ^= 1 << row;
  else lines.colHi[col]! ^= 1 << (row - 32);
}

/** Each mask's flips as line bits, per size (as `layoutOf`'s flips). */
const flipLinesBySize = new Map<number, Lines[]>();

function flipLinesOf({ size }: QrLayout, flips: Uint32Array[]): Lines[] {
  let lines = flipLinesBySize.get(size);
  if (!lines) {
    lines = flips.map((flip) => linesOf(new Uint8Array(flip.buffer), size));
    flipLinesBySize.set(size, lines);
  }
  return lines;
}

/**
 * Work arrays of one symbol size, reused from symbol to symbol: typed arrays this large live
 * outside V8's heap, and the nine a symbol took cost a batch more to allocate and collect than
 * the scoring they serve.
 */
interface Scratch {
  unmasked: Uint32Array;
  unmaskedLines: Lines;
  lines: Lines;
}

const scratches = new Map<number, Scratch>();

function scratchOf(size: number): Scratch {
  let scratch = scratches.get(size);
  if (!scratch) {
    scratch = { unmasked: new Uint32Array(wordBytes(size * size) / 4), unmaskedLines: emptyLines(size), lines: emptyLines(size) };
    scratches.set(size, scratch);
  }
  return scratch;
}

/** Line bits set back to no module. */
function cleared(lines: Lines): Lines {
  lines.rowLo.fill(0);
  lines.rowHi.fill(0);
  lines.colLo.fill(0);
  lines.colHi.fill(0);
  return lines;
}

/** Bits 0 to `count` − 1 of a line, as its two words. */
const lowBits = (count: number): [number, number] => [
  count >= 32 ? -1 : (1 << count) - 1,
  count > 32 ? (count >= 64 ? -1 : (1 << (count - 32)) - 1) : 0,
];

/**
 * {@link maskPenalty} on line bits, 32 modules a step. N1: a run of five or more marks its
 * first length − 4 positions in the AND of the line shifted by 0…4, and its start once
 * more twice: length − 2. N3: the AND of the eleven shifts, each as is or inverted after the
 * pattern, at every whole window. N2: two rows agreeing, each with its right neighbour.
 */
function bitPenalty(lines: Lines, size: number): number {
  let dark = 0;
  for (let row = 0; row < size; row++) dark += ones(lines.rowLo[row]!) + ones(lines.rowHi[row]!);
  const [lo5, hi5] = lowBits(size - 4);
  const [lo11, hi11] = lowBits(size - 10);
  const [lo2, hi2] = lowBits(size - 1);
  let score = 0;
  let finders = 0;
  for (let side = 0; side < 2; side++) {
    const los = side === 0 ? lines.rowLo : lines.colLo;
    const his = side === 0 ? lines.rowHi : lines.colHi;
    for (let line = 0; line < size; line++) {
      const lo = los[line]!;
      const hi = his[line]!;
      // The line shifted k modules towards its start, k = 0…10.
      const r0 = lo;
      const r1 = (lo >>> 1) | (hi << 31);
      const r2 = (lo >>> 2) | (hi << 30);
      const r3 = (lo >>> 3) | (hi << 29);
      const r4 = (lo >>> 4) | (hi << 28);
      const r5 = (lo >>> 5) | (hi << 27);
      const r6 = (lo >>> 6) | (hi << 26);
      const r7 = (lo >>> 7) | (hi << 25);
      const r8 = (lo >>> 8) | (hi << 24);
      const r9 = (lo >>> 9) | (hi << 23);
      const r10 = (lo >>> 10) | (hi << 22);
      const h0 = hi;
      const h1 = hi >>> 1;
      const h2 = hi >>> 2;
      const h3 = hi >>> 3;
      const h4 = hi >>> 4;
      const h5 = hi >>> 5;
      const h6 = hi >>> 6;
      const h7 = hi >>> 7;
      const h8 = hi >>> 8;
      const h9 = hi >>> 9;
      const h10 = hi >>> 10;
      // Runs of dark (a line's bits past its end are light) and of light (masked to whole runs).
      const darkLo = r0 & r1 & r2 & r3 & r4;
      const darkHi = h0 & h1 & h2 & h3 & h4;
      const lightLo = ~(r0 | r1 | r2 | r3 | r4) & lo5;
      const lightHi = ~(h0 | h1 | h2 | h3 | h4) & hi5;
      score += ones(darkLo) + ones(darkHi) + 2 * (ones(darkLo & ~(darkLo << 1)) + ones(darkHi & ~((darkHi << 1) | (darkLo >>> 31))));
      score += ones(lightLo) + ones(lightHi) + 2 * (ones(lightLo & ~(lightLo << 1)) + ones(lightHi & ~((lightHi << 1) | (lightLo >>> 31))));
      // 1011101 0000 and 0000 1011101.
      const before = r0 & ~r1 & r2 & r3 & r4 & ~r5 & r6 & ~(r7 | r8 | r9 | r10) & lo11;
      const beforeHi = h0 & ~h1 & h2 & h3 & h4 & ~h5 & h6 & ~(h7 | h8 | h9 | h10) & hi11;
      const after = ~(r0 | r1 | r2 | r3) & r4 & ~r5 & r6 & r7 & r8 & ~r9 & r10 & lo11;
      const afterHi = ~(h0 | h1 | h2 | h3) & h4 & ~h5 & h6 & h7 & h8 & ~h9 & h10 & hi11;
      finders += ones(before) + ones(beforeHi) + ones(after) + ones(afterHi);
    }
  }
  let blocks = 0;
  const { rowLo, rowHi } = lines;
  for (let row = 0; row < size - 1; row++) {
    const aLo = rowLo[row]!;
    const aHi = rowHi[row]!;
    const bLo = rowLo[row + 1]!;
    const bHi = rowHi[row + 1]!;
    const nextALo = (aLo >>> 1) | (aHi << 31);
    const nextBLo = (bLo >>> 1) | (bHi << 31);
    blocks += ones(~(aLo ^ bLo) & ~(aLo ^ nextALo) & ~(bLo ^ nextBLo) & lo2);
    blocks += ones(~(aHi ^ bHi) & ~(aHi ^ (aHi >>> 1)) & ~(bHi ^ (bHi >>> 1)) & hi2);
  }
  const balance = Math.abs(Math.ceil((dark * 100) / (size * size) / 5) - 10);
  return score + blocks * 3 + finders * 40 + balance * 10;
}

/** {@link maskPenalty} of modules (`size` ≤ 64) through their line bits: what {@link bestMasked} scores. */
export function linePenalty(data: Uint8Array, size: number): number {
  return bitPenalty(linesOf(data, size), size);
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
  const work = scratchOf(size);
  const { unmasked } = work;
  new Uint8Array(unmasked.buffer).set(symbol.data);
  const given = flips[mask]!;
  for (let word = 0; word < words; word++) unmasked[word]! ^= given[word]!;
  const masked = new Uint32Array(words);
  const bytes = new Uint8Array(masked.buffer);
  const maskWith = (pattern: number) => {
    const flip = flips[pattern]!;
    for (let word = 0; word < words; word++) masked[word] = unmasked[word]! ^ flip[word]!;
    const bits = formatBits(ecc, pattern);
    for (let i = 0; i < 15; i++) bytes[formatCells[i * 2]!] = bytes[formatCells[i * 2 + 1]!] = (bits >> i) & 1;
  };
  // Up to version 11, lines as bits: the unmasked symbol's once, each mask's as an XOR of its flips and format bits.
  const unmaskedLines = size <= MAX_BIT_SIZE ? linesOf(new Uint8Array(unmasked.buffer), size, cleared(work.unmaskedLines)) : undefined;
  const { lines } = work;
  const givenFormat = formatBits(ecc, mask);
  let best = { mask: 0, penalty: Infinity };
  for (let pattern = 0; pattern < 8; pattern++) {
    let penalty: number;
    if (unmaskedLines) {
      const flip = flipLinesOf(symbol, flips)[pattern]!;
      for (let line = 0; line < size; line++) {
        lines.rowLo[line] = unmaskedLines.rowLo[line]! ^ flip.rowLo[line]!;
        lines.rowHi[line] = unmaskedLines.rowHi[line]! ^ flip.rowHi[line]!;
        lines.colLo[line] = unmaskedLines.colLo[line]! ^ flip.colLo[line]!;
        lines.colHi[line] = unmaskedLines.colHi[line]! ^ flip.colHi[line]!;
      }
      const change = formatBits(ecc, pattern) ^ givenFormat;
      for (let i = 0; i < 15; i++)
        if ((change >> i) & 1) for (const cell of [formatCells[i * 2]!, formatCells[i * 2 + 1]!]) toggle(lines, size, cell);
      penalty = bitPenalty(lines, size);
    } else {
      maskWith(pattern);
      penalty = maskPenalty(bytes, size);
    }
    if (penalty < best.penalty) best = { mask: pattern, penalty };
  }
  maskWith(best.mask);
  return { data: new Uint8Array(masked.buffer, 0, modules), mask: best.mask };
}
