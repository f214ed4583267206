import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { funnel } from '../../../src/core/report/funnel.js';

const tally = (id: string, name: string, extra: string, day: string, scans: number) => ({ id, name, extra, day, scans });

describe('funnel', () => {
  it('sums scans over days and joins consults by extra', () => {
    const result = funnel(
      [
        tally('AAAAAAAA', 'poster_a', 'p=a', '2026-03-01', 30),
        tally('AAAAAAAA', 'poster_a', 'p=a', '2026-03-02', 10),
        tally('BBBBBBBB', 'flyer', 'p=b', '2026-03-01', 8),
        tally('CCCCCCCC', 'window', 'p=c', '2026-03-01', 0),
      ],
      new Map([
        ['p=a', 4],
        ['p=b', 2],
        ['p=site', 7],
      ]),
    );
    assert.deepEqual(result.rows, [
      { id: 'AAAAAAAA', name: 'poster_a', extra: 'p=a', scans: 40, consults: 4, rate: 0.1, shared: false },
      { id: 'BBBBBBBB', name: 'flyer', extra: 'p=b', scans: 8, consults: 2, rate: 0.25, shared: false },
      { id: 'CCCCCCCC', name: 'window', extra: 'p=c', scans: 0, consults: 0, shared: false },
    ]);
    assert.equal(result.scans, 48);
    assert.equal(result.consults, 6);
    assert.equal(result.rate, 6 / 48);
    assert.equal(result.otherConsults, 7);
  });

  it('marks codes that share an extra and counts their consults once in the total', () => {
    const result = funnel([tally('AAAAAAAA', 'a', 'p=x', 'd', 5), tally('BBBBBBBB', 'b', 'p=x', 'd', 5)], new Map([['p=x', 3]]));
    assert.deepEqual(
      result.rows.map((row) => [row.consults, row.shared]),
      [
        [3, true],
        [3, true],
      ],
    );
    assert.equal(result.consults, 3);
    assert.equal(result.otherConsults, 0);
  });

  it('has no rate without scans', () => {
    const result = funnel([], new Map([['p=x', 3]]));
    assert.equal(result.rate, undefined);
    assert.equal(result.otherConsults, 3);
  });
});
