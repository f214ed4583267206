import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { keptNumberTexts, MAX_KEPT, numberText } from '../../../src/core/print/number-text.js';

const plain = (value: number) => String(Number(value.toFixed(3)));

describe('numberText', () => {
  it('writes what toFixed(3) writes, trailing zeros dropped, the first time and when kept', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: -1e6, max: 1e6, noNaN: true }),
          fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 2000),
        ),
        (value) => {
          assert.equal(numberText(value), plain(value));
          assert.equal(numberText(value), plain(value));
        },
      ),
      { numRuns: 2000 },
    );
    for (const value of [0, -0, 1.0005, 2.0004999, 0.1 + 0.2, 10 / 3, 1e21, -1.25e-7])
      assert.equal(numberText(value), plain(value), String(value));
  });

  it(`keeps at most ${MAX_KEPT} texts, and writes them right after starting again`, () => {
    for (let index = 0; index < MAX_KEPT * 2 + 7; index++) {
      assert.equal(numberText(index / 7), plain(index / 7));
      assert.ok(keptNumberTexts() <= MAX_KEPT);
    }
    assert.ok(keptNumberTexts() > 0);
  });
});
