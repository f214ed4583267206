// Printing a campaign's QR codes, next to the library we stand on: `kakao-consult batch` making
// 1,000 PNG codes in one process, against the bare `qrcode` package writing the same 1,000 URLs
// with `QRCode.toFile` in a loop in one Node process, same format and size, same run. Both
// times are wall clock with process start-up; peak memory is each process' max RSS. A sample
// of each is read back to check it scans.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
const RUNS = 3;

if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first.`);

const work = mkdtempSync(join(tmpdir(), 'kakao-consult-bench-'));
const rows = Array.from({ length: CODES }, (_, index) => {
  const name = `poster_${String(index + 1).padStart(4, '0')}`;
  return { name, url: buildLaunch({ channel: '@brand', extra: encodeContext({ placement: name, campaign: 'spring26' }).extra }).url };
});
writeFileSync(join(work, 'campaigns.csv'), ['name,channel,placement,campaign,format,px', ...rows.map(({ name }) => `${name},@brand,${name},spring26,png,${PX}`)].join('\n'));
writeFileSync(join(work, 'urls.json'), JSON.stringify(rows));
// Reports a process' peak memory on stderr as it exits; preloaded into both.
writeFileSync(join(work, 'max-rss.cjs'), "process.on('exit', () => require('node:fs').writeSync(2, `\\nMAX_RSS ${process.resourceUsage().maxRSS}\\n`));");
// The peer: the qrcode package alone, one process, the same URLs, the same PNG size and level.
writeFileSync(
  join(work, 'peer.mjs'),
  `import QRCode from ${JSON.stringify(join(ROOT, 'node_modules/qrcode/lib/index.js'))};
import { mkdirSync, readFileSync } from 'node:fs';
const [out] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
for (const { name, url } of JSON.parse(readFileSync('urls.json', 'utf8'))) {
  await QRCode.toFile(out + '/' + name + '.png', url, { type: 'png', errorCorrectionLevel: 'M', width: ${PX}, margin: 4 });
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

const bytesIn = (directory: string) => readdirSync(directory).filter((file) => file.endsWith('.png')).reduce((total, file) => total + statSync(join(directory, file)).size, 0);

interface Run {
  seconds: number;
  maxRssMb: number;
}

/** Wall-clock seconds and peak memory of one process writing the codes to `out`. */
function once(args: string[]): Run {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--require', join(work, 'max-rss.cjs'), ...args], { cwd: work, encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  const rss = /MAX_RSS (\d+)/.exec(result.stderr);
  return { seconds, maxRssMb: rss ? Number(rss[1]) / 1024 : NaN };
}

const median = (runs: Run[]) => [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor(runs.length / 2)]!;
// Interleaved, so a busy moment on the machine weighs on both alike.
const batchRuns: Run[] = [];
const peerRuns: Run[] = [];
for (let run = 0; run < RUNS; run++) {
  batchRuns.push(once([CLI, 'batch', 'campaigns.csv', '-o', `batch-${run}`]));
  peerRuns.push(once([join(work, 'peer.mjs'), `peer-${run}`]));
}
check(join(work, 'batch-0'));
check(join(work, 'peer-0'));
const batch = median(batchRuns);
const peer = median(peerRuns);

const qrcodeVersion = (JSON.parse(readFileSync(join(ROOT, 'node_modules/qrcode/package.json'), 'utf8')) as { version: string }).version;
const ratio = batch.seconds / peer.seconds;
const seconds = (value: number) => `${value.toFixed(2)} s`;
printTable(
  `${CODES.toLocaleString('en')} PNG QR codes of ${PX} px (same launch URLs, level M), one process each; wall clock with start-up, median of ${RUNS}`,
  ['tool', 'total', 'per code', 'peak memory', 'bytes per file'],
  [
    ['kakao-consult batch', seconds(batch.seconds), `${((batch.seconds / CODES) * 1000).toFixed(2)} ms`, `${batch.maxRssMb.toFixed(0)} MB`, Math.round(bytesIn(join(work, 'batch-0')) / CODES)],
    [`qrcode ${qrcodeVersion} toFile loop`, seconds(peer.seconds), `${((peer.seconds / CODES) * 1000).toFixed(2)} ms`, `${peer.maxRssMb.toFixed(0)} MB`, Math.round(bytesIn(join(work, 'peer-0')) / CODES)],
  ],
);
console.log(`\nkakao-consult batch takes ${ratio.toFixed(2)}× the bare qrcode loop's time (target ≤ 0.5×; runs: batch ${batchRuns.map((run) => seconds(run.seconds)).join(', ')}; qrcode ${peerRuns.map((run) => seconds(run.seconds)).join(', ')}).`);
printSummary({
  bench: 'batch QR codes',
  figures: {
    [`${CODES.toLocaleString('en')} PNG codes, batch ÷ qrcode loop`]: `${ratio.toFixed(2)}× (${seconds(batch.seconds)}, ${batch.maxRssMb.toFixed(0)} MB vs ${seconds(peer.seconds)}, ${peer.maxRssMb.toFixed(0)} MB)`,
  },
});
rmSync(work, { recursive: true, force: true });
