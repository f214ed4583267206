// A marketer's 1,000 codes without a terminal: the single-file studio opened from disk makes
// them in its worker and offers one ZIP; next to it `kakao-consult batch` writes the same rows
// in one process. Time is from the click (or process start) to the ZIP saved (or the process
// done); peak memory is the whole browser's (every Chromium process's proportional set size,
// so shared libraries count once, sampled every 100 ms) against the CLI process' max RSS.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium.mjs';
import { printSummary, printTable } from './measure.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const STUDIO = join(ROOT, 'dist/kakao-consult-studio.html');
const CLI = join(ROOT, 'dist/node/cli/main.js');
const CODES = 1000;

if (!existsSync(STUDIO) || !existsSync(CLI)) throw new Error('dist/ is missing: run `npm run build` first.');

const work = mkdtempSync(join(tmpdir(), 'kakao-consult-studio-bench-'));
const rows = Array.from(
  { length: CODES },
  (_, index) => `poster_${String(index + 1).padStart(4, '0')},@brand,poster_${index + 1},spring26,flyer`,
);
const table = ['이름,채널,위치,캠페인,매체', ...rows].join('\n');
writeFileSync(
  join(work, 'campaigns.csv'),
  `${['name,channel,placement,campaign,source,format', ...rows.map((row) => `${row},png`)].join('\n')}\n`,
);
writeFileSync(
  join(work, 'max-rss.cjs'),
  "process.on('exit', () => require('node:fs').writeSync(2, `\\nMAX_RSS ${process.resourceUsage().maxRSS}\\n`));",
);

/** Proportional memory (PSS) of every process whose command line names `marker`, in MB (Linux /proc). */
function pssOf(marker: string): number {
  let kb = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(marker)) continue;
      kb += Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return kb / 1024;
}

async function studio(): Promise<{ seconds: number; peakMb: number; idleMb: number; zipMb: number }> {
  const profile = join(work, 'profile');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    args: CHROMIUM_ARGS,
    acceptDownloads: true,
  });
  await context.route('**/*', (route) =>
    route.request().url().startsWith('file:') || /^(blob|data):/.test(route.request().url()) ? route.continue() : route.abort(),
  );
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(pathToFileURL(STUDIO).href);
  await page.locator('#preview:not([hidden])').waitFor();
  await page.locator('#batch-paste').fill(table);
  const idleMb = pssOf(profile);
  let peakMb = idleMb;
  const sampler = setInterval(() => (peakMb = Math.max(peakMb, pssOf(profile))), 100);
  const started = performance.now();
  await page.getByRole('button', { name: /코드 만들기/ }).click();
  const zip = page.getByRole('button', { name: /ZIP/ });
  await zip.waitFor({ timeout: 300_000 });
  const download = page.waitForEvent('download');
  await zip.click();
  const file = join(work, 'codes.zip');
  await (await download).saveAs(file);
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  await context.close();
  return { seconds, peakMb, idleMb, zipMb: statSync(file).size / 1024 / 1024 };
}

function cli(): { seconds: number; peakMb: number } {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--require', join(work, 'max-rss.cjs'), CLI, 'batch', 'campaigns.csv', '-o', 'cli-out'], {
    cwd: work,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`kakao-consult batch failed (${result.status}): ${result.stderr}`);
  return { seconds: (performance.now() - started) / 1000, peakMb: Number(/MAX_RSS (\d+)/.exec(result.stderr)?.[1] ?? NaN) / 1024 };
}

const page = await studio();
const terminal = cli();
const seconds = (value: number) => `${value.toFixed(2)} s`;
printTable(
  `${CODES.toLocaleString('en')} PNG codes from the same rows, one run each: the studio (file://, worker, one ZIP) and the CLI`,
  ['tool', 'total', 'peak memory', 'note'],
  [
    [
      'studio page, Chromium',
      seconds(page.seconds),
      `${page.peakMb.toFixed(0)} MB`,
      `whole browser, ${(page.peakMb - page.idleMb).toFixed(0)} MB over the idle page; ZIP ${page.zipMb.toFixed(1)} MB`,
    ],
    ['kakao-consult batch', seconds(terminal.seconds), `${terminal.peakMb.toFixed(0)} MB`, 'one Node process, files on disk'],
  ],
);
printSummary({
  bench: 'studio batch',
  figures: {
    [`${CODES.toLocaleString('en')} codes to a ZIP in the studio`]: `${seconds(page.seconds)}, ${page.peakMb.toFixed(0)} MB browser (CLI ${seconds(terminal.seconds)}, ${terminal.peakMb.toFixed(0)} MB)`,
  },
});
rmSync(work, { recursive: true, force: true });
