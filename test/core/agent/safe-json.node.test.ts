import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseJsonSafely } from '../../../src/core/agent/safe-json.js';

/** JSON values whose numbers JSON.parse keeps exact, and no `__proto__` key. */
const exactJson = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(null, true, false),
    fc.string(),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }).filter((value) => !Number.isInteger(value) || Number.isSafeInteger(value)),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.string().filter((key) => key !== '__proto__'),
      tie('value'),
      { maxKeys: 4 },
    ),
  ),
})).value;

describe('parseJsonSafely', () => {
  it('reads what JSON.parse reads, the same (10,000 runs)', () => {
    fc.assert(
      fc.property(exactJson, fc.constantFrom('', ' ', '\n\t'), (value, space) => {
        const text = JSON.stringify(value, null, space);
        const result = parseJsonSafely(text);
        assert.equal(result.ok, true);
        assert.deepEqual(JSON.parse(JSON.stringify(result.ok && result.value)), JSON.parse(text));
      }),
      { numRuns: 10_000 },
    );
  });

  it('keeps integers beyond 2^53 as their exact digits, and safe ones as numbers', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), (integer) => {
        const result = parseJsonSafely(`{"n": ${integer}}`);
        const expected = Number.isSafeInteger(Number(integer)) ? Number(integer) : integer.toString();
        assert.deepEqual(result.ok && result.value, Object.assign(Object.create(null), { n: expected }));
      }),
    );
    // Digits inside strings are text, never touched.
    assert.deepEqual(parseJsonSafely('["1689884130894833200", 1689884130894833200, 1.5e300]'), {
      ok: true,
      value: ['1689884130894833200', '1689884130894833200', 1.5e300],
      ignoredKeys: [],
    });
  });

  it('refuses what JSON.parse refuses, naming the character', () => {
    for (const [text, error] of [
      ['', 'unexpected end at character 0'],
      ['{"a":1,}', 'expected a key at character 7'],
      ['[1 2]', 'expected , or ] at character 3'],
      ['"a\nb"', 'control character in a string at character 2'],
      ['"\\x"', 'bad escape at character 1'],
      ['"\\u12"', 'bad \\u escape at character 1'],
      ['01', 'unexpected text after the value at character 1'],
      ['{"a" 1}', 'expected : at character 5'],
      ['nul', 'unexpected text at character 0'],
      ['"open', 'unterminated string at character 5'],
    ] as const) {
      assert.deepEqual(parseJsonSafely(text), { ok: false, error }, text);
      assert.throws(() => JSON.parse(text));
    }
    assert.deepEqual(parseJsonSafely('[[[1]]]', { maxDepth: 2 }), { ok: false, error: 'nesting deeper than 2 levels at character 2' });
  });

  it('gives objects no prototype and leaves __proto__ keys out', () => {
    const result = parseJsonSafely('{"__proto__": {"admin": true}, "a": {"__proto__": 1}}');
    assert.equal(result.ok, true);
    if (!result.ok) return;
    const value = result.value as Record<string, Record<string, unknown>>;
    assert.equal(Object.getPrototypeOf(value), null);
    assert.deepEqual(Object.keys(value), ['a']);
    assert.deepEqual(Object.keys(value.a!), []);
    assert.deepEqual(result.ignoredKeys, ['__proto__', '__proto__']);
    assert.equal(({ ...value } as Record<string, unknown>).admin, undefined);
  });

  it('stops at the depth limit instead of overflowing the stack', () => {
    const deep = '['.repeat(1_000_000);
    assert.deepEqual(parseJsonSafely(deep), { ok: false, error: 'nesting deeper than 32 levels at character 32' });
  });
});
