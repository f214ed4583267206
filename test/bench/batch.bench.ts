// Printing a campaign's QR codes, next to the library we stand on: `kakao-consult batch` making
// 1,000 codes in SVG, PNG and PDF (on one thread: worker threads start from 4,000 codes),
// against the bare `qrcode` package writing the same 1,000 URLs in a loop in one Node process,
// same level and size, same run: `QRCode.toFile` for PNG, `QRCode.toString({ type: 'svg' })`
// written for SVG and, since qrcode makes no PDF, the same SVG loop for PDF (its cheapest vector
// file). Times are wall clock with process start-up, and CPU time (user + system: what the
// threads cost together); peak memory is each process' max RSS. A sample of the PNGs is read
// back to check it scans.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { encodeContext } from '../../src/core/launch/context.js';
import { buildLaunch } from '../../src/core/launch/launch.js';
import { printSummary, printTable } from './measure.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'dist/node/cli/main.js');
const CODES = 1000;
const PX = 400;
const RUNS = Number(process.env.BATCH_RUNS ?? 3);

if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first.`);

const work = mkdtempSync(join(tmpdir(), 'kakao-consult-bench-'));
const rows = Array.from({ length: CODES }, (_, index) => {
  const name = `poster_${String(index + 1).padStart(4, '0')}`;
  return { name, url: buildLaunch({ channel: '@brand', extra: encodeContext({ placement: name, campaign: 'spring26' }).extra }).url };
});
const FORMATS = ['svg', 'png', 'pdf'] as const;
// A PDF is sized for print (its default 30 mm code); pixels apply to SVG and PNG.
for (const format of FORMATS)
  writeFileSync(
    join(work, `${format}.csv`),
    [
      'name,channel,placement,campaign,format,px',
      ...rows.map(({ name }) => `${name},@brand,${name},spring26,${format},${format === 'pdf' ? '' : PX}`),
    ].join('\n'),
  );
writeFileSync(join(work, 'urls.json'), JSON.stringify(rows));
// Reports a process' peak memory on stderr as it exits; preloaded into both.
writeFileSync(
  join(work, 'max-rss.cjs'),
  "process.on('exit', () => { const use = process.resourceUsage(); require('node:fs').writeSync(2, `\\nMAX_RSS ${use.maxRSS} CPU_US ${use.userCPUTime + use.systemCPUTime}\\n`); });",
);
// The peer: the qrcode package alone, one process, the same URLs, the same PNG size and level.
writeFileSync(
  join(work, 'peer.mjs'),
  `import QRCode from ${JSON.stringify(join(ROOT, 'node_modules/qrcode/lib/index.js'))};
import { mkdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
const [out, format] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
for (const { name, url } of JSON.parse(readFileSync('urls.json', 'utf8'))) {
  if (format === 'png') await QRCode.toFile(out + '/' + name + '.png', url, { type: 'png', errorCorrectionLevel: 'M', width: ${PX}, margin: 4 });
  else await writeFile(out + '/' + name + '.svg', await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', width: ${PX}, margin: 4 }));
}`,
);

function decode(file: string): string | undefined {
  const image = PNG.sync.read(readFileSync(file));
  return jsQR(new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length), image.width, image.height)?.data;
}

/** Reads back the first, middle and last code. */
function check(directory: string): void {
  for (const index of [0, Math.floor(CODES / 2), CODES - 1]) {
    const { name, url } = rows[index]!;
    const text = decode(join(directory, `${name}.png`));
    if (text !== url) throw new Error(`${directory}/${name}.png decodes to ${text}, not ${url}`);
  }
}

const bytesIn = (directory: string) =>
  readdirSync(directory)
    .filter((file) => !file.startsWith('manifest'))
    .reduce((total, file) => total + statSync(join(directory, file)).size, 0);

interface Run {
  seconds: number;
  cpuSeconds: number;
  maxRssMb: number;
}

/** Wall-clock seconds and peak memory of one process writing the codes to `out`. */
function once(args: string[]): Run {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--require', join(work, 'max-rss.cjs'), ...args], { cwd: work, encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  const rss = /MAX_RSS (\d+) CPU_US (\d+)/.exec(result.stderr);
  return { seconds, cpuSeconds: rss ? Number(rss[2]) / 1e6 : NaN, maxRssMb: rss ? Number(rss[1]) / 1024 : NaN };
}

const median = (runs: Run[]) => [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor(runs.length / 2)]!;
const seconds = (value: number) => `${value.toFixed(2)} s`;
const qrcodeVersion = (JSON.parse(readFileSync(join(ROOT, 'node_modules/qrcode/package.json'), 'utf8')) as { version: string }).version;
const tableRows: (string | number)[][] = [];
const figures: Record<string, string> = {};
for (const format of FORMATS) {
  // Interleaved, so a busy moment on the machine weighs on both alike.
  const batchRuns: Run[] = [];
  const peerRuns: Run[] = [];
  for (let run = 0; run < RUNS; run++) {
    batchRuns.push(once([CLI, 'batch', `${format}.csv`, '-o', `batch-${format}-${run}`]));
    peerRuns.push(once([join(work, 'peer.mjs'), `peer-${format}-${run}`, format]));
  }
  if (format === 'png') {
    check(join(work, 'batch-png-0'));
    check(join(work, 'peer-png-0'));
  }
  const batch = median(batchRuns);
  const peer = median(peerRuns);
  const ratio = batch.seconds / peer.seconds;
  const peerName = `qrcode ${qrcodeVersion} ${format === 'png' ? 'toFile PNG' : 'toString SVG'} loop`;
  tableRows.push(
    [
      `kakao-consult batch, ${format}`,
      seconds(batch.seconds),
      seconds(batch.cpuSeconds),
      `${((batch.seconds / CODES) * 1000).toFixed(2)} ms`,
      `${batch.maxRssMb.toFixed(0)} MB`,
      Math.round(bytesIn(join(work, `batch-${format}-0`)) / CODES),
      '',
    ],
    [
      peerName,
      seconds(peer.seconds),
      seconds(peer.cpuSeconds),
      `${((peer.seconds / CODES) * 1000).toFixed(2)} ms`,
      `${peer.maxRssMb.toFixed(0)} MB`,
      Math.round(bytesIn(join(work, `peer-${format}-0`)) / CODES),
      `${ratio.toFixed(2)}×`,
    ],
  );
  figures[`${CODES.toLocaleString('en')} ${format.toUpperCase()} codes, batch ÷ qrcode loop (target ≤ 0.60×)`] =
    `${ratio.toFixed(2)}× (${seconds(batch.seconds)}, CPU ${seconds(batch.cpuSeconds)} vs ${seconds(peer.seconds)}, CPU ${seconds(peer.cpuSeconds)}; runs ${batchRuns.map((run) => run.seconds.toFixed(2)).join('/')} vs ${peerRuns.map((run) => run.seconds.toFixed(2)).join('/')})`;
}
printTable(
  `${CODES.toLocaleString('en')} QR codes of ${PX} px (same launch URLs, level M), one process each, ${availableParallelism()} cores; wall clock with start-up, median of ${RUNS}`,
  ['tool', 'total', 'CPU', 'per code', 'peak memory', 'bytes per file', 'batch ÷ qrcode'],
  tableRows,
);
printSummary({ bench: 'batch QR codes', figures });
rmSync(work, { recursive: true, force: true });
