// The mask scores against the `qrcode` package's own penalty rules, on random modules of every
// size: the byte loop (symbols wider than 64 modules) and the line bits (up to 64) alike.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { formatBits, linePenalty, maskPenalty } from '../../../src/core/qr/qr-mask.js';

interface BitMatrix {
  size: number;
  data: Uint8Array;
}
const require = createRequire(import.meta.url);
const rules = require('qrcode/lib/core/mask-pattern.js') as Record<`getPenaltyN${1 | 2 | 3 | 4}`, (matrix: BitMatrix) => number>;
const BitMatrix = require('qrcode/lib/core/bit-matrix.js') as new (size: number) => BitMatrix & { get(row: number, col: number): number };

/** The package's score: its four rules summed, as its mask choice sums them. */
function reference(data: Uint8Array, size: number): number {
  const matrix = new BitMatrix(size);
  matrix.data.set(data);
  return rules.getPenaltyN1(matrix) + rules.getPenaltyN2(matrix) + rules.getPenaltyN3(matrix) + rules.getPenaltyN4(matrix);
}

/** Random modules, some with long runs and finder-like stretches so every rule scores. */
const modules = (size: number) =>
  fc.array(fc.oneof(fc.constantFrom(0, 1), fc.constantFrom(0, 1)), { minLength: size * size, maxLength: size * size }).map((bits) => {
    const data = Uint8Array.from(bits);
    for (let index = 0; index + 11 <= data.length; index += 97) data.set([1, 0, 1, 1, 1, 0, 1, 0, 0, 0, 0], index);
    return data;
  });

describe('mask penalties', () => {
  for (const size of [21, 25, 31, 32, 33, 37, 45, 61, 63, 64, 65, 69, 101]) {
    it(`score ${size}×${size} modules as the qrcode package does`, () => {
      fc.assert(
        fc.property(modules(size), (data) => {
          const expected = reference(data, size);
          assert.equal(maskPenalty(data, size), expected, 'byte loop');
          if (size <= 64) assert.equal(linePenalty(data, size), expected, 'line bits');
        }),
        { numRuns: 25 },
      );
    });
  }

  it('writes the format bits of ISO/IEC 18004 (level and mask, BCH, XOR 101010000010010)', () => {
    assert.equal(formatBits('M', 0), 0b101010000010010);
    assert.equal(formatBits('L', 0), 0b111011111000100);
    assert.equal(formatBits('Q', 0), 0b011010101011111);
    assert.equal(formatBits('H', 0), 0b001011010001001);
    assert.equal(formatBits('H', 7), 0b000100000111011);
  });
});
