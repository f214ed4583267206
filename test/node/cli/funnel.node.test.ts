// `kakao-consult report --scans`: the funnel per scan-counted code from the scans database or
// its CSV export, in every format, and the README's DuckDB recipe giving the same numbers.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { openSqliteStore } from '../../../src/node/server/index.js';

const CLI = fileURLToPath(new URL('../../../dist/node/cli/main.js', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'kakao-consult-funnel-'));
const db = join(work, 'scans.db');
const consults = join(work, 'consults.csv');
const run = (...args: string[]) => {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  return result.stdout;
};

interface FunnelJson {
  rows: { id: string; name: string; scans: number; consults: number; rate?: number; shared: boolean }[];
  scans: number;
  consults: number;
  otherConsults: number;
}

describe('report --scans', () => {
  before(async () => {
    const store = await openSqliteStore(db);
    await store.describeCodes([
      { id: 'Poster01', name: 'poster_a', extra: 'p=poster_a;c=spring26' },
      { id: 'Flyer001', name: '전단지', extra: 'p=flyer' },
      { id: 'Window01', name: 'window', extra: 'p=window' },
    ]);
    for (let index = 0; index < 40; index++) await store.countScan('Poster01', index < 30 ? '2026-03-01' : '2026-03-02');
    for (let index = 0; index < 8; index++) await store.countScan('Flyer001', '2026-03-01');
    await store.countScan('Window01', '2026-03-02');
    await store.close();
    const rows = [
      ...Array<string>(4).fill('p=poster_a;c=spring26'),
      ...Array<string>(2).fill('p=flyer'),
      ...Array<string>(5).fill('p=home_banner'),
      'not the kit\u2019s extra',
    ];
    writeFileSync(consults, `time,extra\r\n${rows.map((extra, index) => `2026-03-0${1 + (index % 2)} 10:00,${extra}`).join('\r\n')}\r\n`);
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  it('gives scans, consults and the rate per code', () => {
    const result = JSON.parse(run('report', consults, '--scans', db, '--format', 'json')) as FunnelJson;
    assert.deepEqual(
      result.rows.map(({ name, scans, consults: count, rate }) => [name, scans, count, rate]),
      [
        ['poster_a', 40, 4, 0.1],
        ['전단지', 8, 2, 0.25],
        ['window', 1, 0, 0],
      ],
    );
    assert.deepEqual([result.scans, result.consults, result.otherConsults], [49, 6, 5]);
  });

  it('reads the same from the CSV that scans count exports, in every format', () => {
    const csv = join(work, 'scans.csv');
    writeFileSync(csv, run('scans', 'count', '--db', db, '--format', 'csv'));
    assert.equal(run('report', consults, '--scans', csv, '--format', 'json'), run('report', consults, '--scans', db, '--format', 'json'));
    assert.match(run('report', consults, '--scans', csv), /^code +id +scans +consults +rate\nposter_a +Poster01 +40 +4 +10\.0%\n/);
    assert.match(
      run('report', consults, '--scans', csv, '--format', 'csv'),
      /^code,name,extra,scans,consults,rate\nPoster01,poster_a,p=poster_a;c=spring26,40,4,0\.1000\n/,
    );
    const page = run('report', consults, '--scans', csv, '--format', 'html');
    assert.match(page, /<svg[^>]+aria-label="Scans and consults per code"/);
    assert.match(page, /전단지/);
  });

  it('gives the numbers of the README DuckDB recipe on the same exports', async () => {
    const csv = join(work, 'scans.csv');
    writeFileSync(csv, run('scans', 'count', '--db', db, '--format', 'csv'));
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const recipe = /```sql\n(-- DuckDB: scans, consults[^]*?)```/.exec(readme)?.[1];
    assert.ok(recipe, 'README.md has the funnel recipe');
    // The consult export keeps only readable rows, as the CLI counts them.
    const readable = join(work, 'consults-readable.csv');
    writeFileSync(
      readable,
      readFileSync(consults, 'utf8')
        .split('\r\n')
        .filter((line) => !line.includes('not the kit'))
        .join('\r\n'),
    );
    const connection = await (await DuckDBInstance.create(':memory:')).connect();
    const rows = (
      await connection.runAndReadAll(recipe.replace("'scans.csv'", `'${csv}'`).replace("'consults.csv'", `'${readable}'`))
    ).getRowObjects();
    const result = JSON.parse(run('report', consults, '--scans', db, '--format', 'json')) as FunnelJson;
    assert.deepEqual(
      rows.map((row) => [row.code, Number(row.scans), Number(row.consults), row.rate === null ? null : Number(row.rate)]),
      result.rows.map((row) => [row.id, row.scans, row.consults, row.rate === undefined ? null : Math.round(row.rate * 10_000) / 10_000]),
    );
  });

  it('says what is wrong with a missing database or a CSV of something else', () => {
    const missing = spawnSync(process.execPath, [CLI, 'report', consults, '--scans', join(work, 'nope.db')], { encoding: 'utf8' });
    assert.equal(missing.status, 4);
    assert.match(missing.stderr, /no such database/);
    const other = join(work, 'other.csv');
    writeFileSync(other, 'a,b\r\n1,2\r\n');
    const wrong = spawnSync(process.execPath, [CLI, 'report', consults, '--scans', other], { encoding: 'utf8' });
    assert.equal(wrong.status, 1);
    assert.match(wrong.stderr, /expected the columns code,name,extra,day,scans/);
  });
});
