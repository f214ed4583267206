import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ConsultInputError } from '../../../src/core/errors.js';
import { compareVersions, isValidVersion, MIN_KAKAOTALK_VERSION } from '../../../src/core/launch/version.js';

describe('isValidVersion', () => {
  const valid = ['5.8', '5.8.0', '10.5.0', '26.3.5', '1.2.3.4', '05.08.0', '0.0', '999999999.0'];
  for (const version of valid) {
    it(`accepts ${JSON.stringify(version)}`, () => {
      expect(isValidVersion(version)).to.equal(true);
    });
  }

  const invalid: unknown[] = [
    '',
    '5',
    '1600297',
    '2610420',
    '1.2.3.4.5',
    '5.8.',
    '.5.8',
    '5..8',
    ' 5.8.0',
    '5.8.0 ',
    'v5.8.0',
    '5.8.0-beta',
    '5.8.x',
    '１０.５.０',
    '1234567890.1',
    `${'1.'.repeat(500_000)}1`,
    5.8,
    null,
    undefined,
    {},
  ];
  for (const version of invalid) {
    it(`refuses ${typeof version === 'string' && version.length > 40 ? 'a megabyte of components' : (JSON.stringify(version) ?? String(version))}`, () => {
      expect(isValidVersion(version)).to.equal(false);
    });
  }
});

describe('compareVersions', () => {
  const table: [string, string, -1 | 0 | 1][] = [
    ['5.10.1', '5.8.0', 1],
    ['5.10.0', '5.9.9', 1],
    ['5.7.9', '5.8.0', -1],
    ['5.8.0', '5.8.0', 0],
    ['5.8', '5.8.0', 0],
    ['5.8', '5.8.0.0', 0],
    ['5.8.0.1', '5.8', 1],
    ['05.08.0', '5.8.0', 0],
    ['9.9.9', '10.0.0', -1],
    ['26.3.5', '10.8.0', 1],
    ['25.4.3', '26.3.5', -1],
    ['999999999.0', '999999998.9', 1],
  ];
  for (const [a, b, expected] of table) {
    it(`${a} vs ${b} → ${expected}`, () => {
      expect(compareVersions(a, b)).to.equal(expected);
      expect(compareVersions(b, a)).to.equal(-expected || 0);
    });
  }

  it('places the 5.8.0 boundary: 5.7.9 needs an update, 5.8.0 and 5.10.0 do not', () => {
    expect(MIN_KAKAOTALK_VERSION).to.equal('5.8.0');
    expect(compareVersions('5.7.9', MIN_KAKAOTALK_VERSION)).to.equal(-1);
    expect(compareVersions('5.8.0', MIN_KAKAOTALK_VERSION)).to.equal(0);
    expect(compareVersions('5.10.0', MIN_KAKAOTALK_VERSION)).to.equal(1);
  });

  for (const [a, b] of [
    ['5.8.0', 'abc'],
    ['1600297', '5.8.0'],
    ['', '5.8.0'],
    ['5.8.0', 'x'.repeat(1_000_000)],
  ]) {
    it(`refuses ${JSON.stringify(a).slice(0, 20)} vs ${JSON.stringify(b).slice(0, 20)} naming the version field`, () => {
      let error: unknown;
      try {
        compareVersions(a, b);
      } catch (caught) {
        error = caught;
      }
      expect(error).to.be.instanceOf(ConsultInputError);
      expect((error as ConsultInputError).field).to.equal('version');
      expect((error as ConsultInputError).message).to.match(/not a dotted version/);
      expect((error as ConsultInputError).message.length).to.be.below(200);
    });
  }

  const component = fc.integer({ min: 0, max: 999_999_999 });
  const parts = fc.array(component, { minLength: 2, maxLength: 4 });

  it('agrees with comparing the zero-padded component lists (property)', () => {
    fc.assert(
      fc.property(parts, parts, (a, b) => {
        const padded = (list: number[]) => [...list, 0, 0, 0, 0].slice(0, 4);
        const [left, right] = [padded(a), padded(b)];
        const index = left.findIndex((value, i) => value !== right[i]);
        const expected = index < 0 ? 0 : left[index] < right[index] ? -1 : 1;
        expect(compareVersions(a.join('.'), b.join('.'))).to.equal(expected);
      }),
    );
  });

  it('is antisymmetric and ignores trailing zero components (property)', () => {
    fc.assert(
      fc.property(parts, parts, (a, b) => {
        const [x, y] = [a.join('.'), b.join('.')];
        expect(compareVersions(x, y)).to.equal(-compareVersions(y, x) || 0);
        if (a.length < 4) expect(compareVersions(`${x}.0`, x)).to.equal(0);
      }),
    );
  });
});
