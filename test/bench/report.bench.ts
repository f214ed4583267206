// Counting a consult log, next to a peer: `kakao-consult report` on a generated 1,000,000-row
// CSV export (1 % unreadable rows) against DuckDB's GROUP BY (the README's recipe) on the
// same file, in the same run. Prints time, throughput and the CLI's peak memory, and checks
// that both give the same counts.
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import type { ConsultReport } from '../../src/core/report/consult-report.js';
import { printSummary, printTable } from './measure.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'dist/node/cli/main.js');
const ROWS = Number(process.env.REPORT_BENCH_ROWS) || 1_000_000;
if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first.`);

const work = mkdtempSync(join(tmpdir(), 'kakao-consult-report-bench-'));
const file = join(work, 'consults.csv');
const PLACEMENTS = ['home_banner', 'product_detail', 'cart', 'mypage', 'poster_a', 'poster_b', 'flyer_gangnam', 'receipt'];
const CAMPAIGNS = ['spring26', 'summer26', 'black_friday', ''];
const SOURCES = ['naver', 'google.com', 'instagram', 'kakao', ''];

/** Writes the log: 1 % of rows are hand-made extras the kit cannot read. */
async function writeLog(): Promise<void> {
  const out = createWriteStream(file);
  out.write('time,user_key,extra\n');
  let batch = '';
  for (let index = 0; index < ROWS; index++) {
    const day = `2026-03-${String(1 + (index % 28)).padStart(2, '0')} 1${index % 10}:00:00`;
    const extra =
      index % 100 === 99
        ? index % 200 === 99
          ? 'path_12__bid_1__mid_5'
          : 'TCK_M'
        : `p=${PLACEMENTS[index % 8]}${CAMPAIGNS[index % 4] ? `;c=${CAMPAIGNS[index % 4]}` : ''}${SOURCES[index % 5] ? `;s=${SOURCES[index % 5]}` : ''};k=/product/${index % 500}`;
    batch += `${day},u${index},${extra}\n`;
    if (batch.length > 1 << 20) {
      if (!out.write(batch)) await new Promise((resolve) => out.once('drain', resolve));
      batch = '';
    }
  }
  out.end(batch);
  await new Promise((resolve) => out.on('finish', resolve));
}

await writeLog();
const megabytes = statSync(file).size / 1e6;

// The CLI under /usr/bin/time for its peak resident memory; else Node's own figure.
const started = performance.now();
const timed = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, CLI, 'report', file, '--format', 'json', '--by', 'placement'], {
  encoding: 'utf8',
  maxBuffer: 1 << 26,
});
const cliSeconds = (performance.now() - started) / 1000;
if (timed.status !== 0) throw new Error(`report failed: ${timed.stderr}`);
const peakMb = Number(/(\d+)\s*$/.exec(timed.stderr)?.[1]) / 1024;
const report = JSON.parse(timed.stdout) as ConsultReport;

const recipe = /```sql\n(-- DuckDB[^]*?)```/
  .exec(readFileSync(join(ROOT, 'README.md'), 'utf8'))![1]!
  .replace("'consults.csv'", `'${file}'`);
const connection = await (await DuckDBInstance.create(':memory:')).connect();
const duckStarted = performance.now();
const duckRows = (await connection.runAndReadAll(recipe)).getRowObjects();
const duckSeconds = (performance.now() - duckStarted) / 1000;

const same =
  JSON.stringify(duckRows.map((row) => [row.placement, Number(row.consults)])) ===
  JSON.stringify(report.by.placement!.map((entry) => [entry.value, entry.count]));
rmSync(work, { recursive: true, force: true });

const rate = (seconds: number) => `${Math.round(ROWS / seconds).toLocaleString('en')} rows/s`;
printTable(
  `Counting ${ROWS.toLocaleString('en')} consults by placement (${megabytes.toFixed(0)} MB CSV, ${report.unreadable.toLocaleString('en')} unreadable)`,
  ['', 'time', 'throughput', 'peak memory'],
  [
    ['kakao-consult report (one process, streaming)', `${cliSeconds.toFixed(2)} s`, rate(cliSeconds), `${peakMb.toFixed(0)} MB RSS`],
    ['DuckDB GROUP BY (README recipe, in-process)', `${duckSeconds.toFixed(2)} s`, rate(duckSeconds), '(in this process)'],
  ],
);
console.log(
  `\nsame counts: ${same ? 'yes' : 'NO'}; unreadable: ${report.unreadable.toLocaleString('en')} of ${report.rows.toLocaleString('en')}`,
);
if (!same || report.unreadable !== ROWS / 100) process.exitCode = 1;
printSummary({
  bench: 'report',
  figures: {
    'report 1M rows': `${cliSeconds.toFixed(1)} s, ${rate(cliSeconds)}`,
    'report peak RSS': `${peakMb.toFixed(0)} MB`,
    'DuckDB GROUP BY': `${duckSeconds.toFixed(1)} s, ${rate(duckSeconds)}`,
  },
});
