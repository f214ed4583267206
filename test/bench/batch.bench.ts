// Printing a campaign's QR codes, next to a peer: `kakao-consult batch` making 1,000 PNG codes
// in one process, against a loop running the `qrcode` package's own CLI once per code (what a
// shell script would do), on the same machine in the same run. Both make 400-px PNGs of the
// same launch URLs, and a sample of each is read back to check they scan.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { encodeContext } from '../../src/core/context.js';
import { buildLaunch } from '../../src/core/launch.js';
import { printSummary, printTable } from './measure.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'dist/node/cli.js');
const PEER_CLI = join(ROOT, 'node_modules/.bin/qrcode');
const CODES = 1000;
const PX = 400;
// A thousand spawns of the peer take minutes; by default a share of them is timed and scaled up.
const PEER_RUNS = Math.min(CODES, Number(process.env.BATCH_BENCH_PEER_RUNS) || 250);
const BATCH_RUNS = 3;

if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first.`);

const work = mkdtempSync(join(tmpdir(), 'kakao-consult-bench-'));
const rows = Array.from({ length: CODES }, (_, index) => {
  const name = `poster_${String(index + 1).padStart(4, '0')}`;
  return { name, url: buildLaunch({ channel: '@brand', extra: encodeContext({ placement: name, campaign: 'spring26' }).extra }).url };
});
writeFileSync(join(work, 'campaigns.csv'), ['name,channel,placement,campaign,format,px', ...rows.map(({ name }) => `${name},@brand,${name},spring26,png,${PX}`)].join('\n'));

function decode(file: string): string | undefined {
  const image = PNG.sync.read(readFileSync(file));
  return jsQR(new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length), image.width, image.height)?.data;
}

/** Reads back the first, middle and last of the first `count` codes. */
function check(directory: string, count: number): void {
  for (const index of [0, Math.floor(count / 2), count - 1]) {
    const { name, url } = rows[index]!;
    const text = decode(join(directory, `${name}.png`));
    if (text !== url) throw new Error(`${directory}/${name}.png decodes to ${text}, not ${url}`);
  }
}

const bytesIn = (directory: string, files: string[]) => files.reduce((total, file) => total + statSync(join(directory, file)).size, 0);

/** Wall-clock seconds of one `kakao-consult batch` run, process start-up included. */
function batchOnce(run: number): number {
  const out = join(work, `batch-${run}`);
  const started = performance.now();
  const result = spawnSync(process.execPath, [CLI, 'batch', 'campaigns.csv', '-o', out], { cwd: work, encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`kakao-consult batch failed: ${result.stderr}`);
  return seconds;
}

const batchTimes = Array.from({ length: BATCH_RUNS }, (_, run) => batchOnce(run)).sort((a, b) => a - b);
const batchSeconds = batchTimes[Math.floor(BATCH_RUNS / 2)]!;
const batchDir = join(work, 'batch-0');
const batchFiles = rows.map(({ name }) => `${name}.png`);
check(batchDir, CODES);

const peerDir = join(work, 'peer');
mkdirSync(peerDir);
const peerStarted = performance.now();
for (const { name, url } of rows.slice(0, PEER_RUNS)) {
  const result = spawnSync(PEER_CLI, ['-t', 'png', '-e', 'M', '-w', String(PX), '-o', join(peerDir, `${name}.png`), url], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`qrcode failed: ${result.stderr}`);
}
const peerMeasured = (performance.now() - peerStarted) / 1000;
const peerSeconds = (peerMeasured / PEER_RUNS) * CODES;
const peerFiles = readdirSync(peerDir).sort();
check(peerDir, PEER_RUNS);

const scaled = PEER_RUNS < CODES;
const qrcodeVersion = (JSON.parse(readFileSync(join(ROOT, 'node_modules/qrcode/package.json'), 'utf8')) as { version: string }).version;
const ratio = peerSeconds / batchSeconds;
const seconds = (value: number) => `${value.toFixed(2)} s`;
printTable(
  `${CODES.toLocaleString('en')} PNG QR codes of ${PX} px (same launch URLs, level M); wall clock, process start-up included`,
  ['tool', 'processes', 'total', 'per code', 'bytes per file'],
  [
    ['kakao-consult batch (median of 3 runs)', 1, seconds(batchSeconds), `${((batchSeconds / CODES) * 1000).toFixed(1)} ms`, Math.round(bytesIn(batchDir, batchFiles) / CODES)],
    [
      `peer: qrcode ${qrcodeVersion} CLI, once per code${scaled ? ` (${PEER_RUNS} runs took ${seconds(peerMeasured)}, scaled to ${CODES})` : ''}`,
      CODES,
      `${seconds(peerSeconds)}${scaled ? ' (extrapolated)' : ''}`,
      `${((peerSeconds / CODES) * 1000).toFixed(1)} ms`,
      Math.round(bytesIn(peerDir, peerFiles) / peerFiles.length),
    ],
  ],
);
console.log(`\nkakao-consult batch is ${ratio.toFixed(0)}× faster (batch runs: ${batchTimes.map(seconds).join(', ')}).`);
printSummary({
  bench: 'batch QR codes',
  figures: {
    [`${CODES.toLocaleString('en')} PNG codes`]: `${seconds(batchSeconds)} (qrcode CLI loop ${seconds(peerSeconds)}${scaled ? `, extrapolated from ${PEER_RUNS}` : ''}): ${ratio.toFixed(0)}× faster`,
  },
});
rmSync(work, { recursive: true, force: true });
