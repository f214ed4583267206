// End to end: the single-file studio (dist/kakao-consult-studio.html) opened from disk
// (file://) in Debian's Chromium with every network request refused, under the file's own
// strict CSP with Trusted Types. Batches go through the page as a marketer uses it; the ZIP is
// unpacked and every code read back independently (pngjs + jsQR; PDFs through poppler).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import jsQR from 'jsqr';
import { chromium } from 'playwright-core';
import iconv from 'iconv-lite';
import { PNG } from 'pngjs';
import { encodeContext } from '../../../dist/core/launch/context.js';
import { buildLaunch } from '../../../dist/core/launch/launch.js';
import { CHROMIUM_ARGS, findChromium } from '../../support/chromium.mjs';
import { decodePdf, pdfBoxes } from '../../support/pdf.mjs';
import { ensurePoppler } from '../../support/poppler.mjs';
import { axeViolations } from '../axe.mjs';
import { recordPageProblems } from '../page-problems.mjs';

const STUDIO = pathToFileURL(fileURLToPath(new URL('../../../dist/kakao-consult-studio.html', import.meta.url))).href;
/** Where the screenshots go, for a person to look at. */
const SHOTS = process.env.STUDIO_SCREENSHOTS ?? join(tmpdir(), 'kakao-consult-studio-screenshots');

const HEADER = '이름,채널,위치,캠페인,매체';
const row = (index) => `poster_${String(index).padStart(2, '0')},@brand,poster_${index},spring26,flyer`;
const table = (count, bad) =>
  [
    HEADER,
    ...Array.from({ length: count }, (_, index) => (index + 1 === bad ? 'poster_bad,@brand,010-1234-5678,spring26,flyer' : row(index + 1))),
  ].join('\n');
const urlOf = (index) =>
  buildLaunch({ channel: '@brand', extra: encodeContext({ placement: `poster_${index}`, campaign: 'spring26', source: 'flyer' }).extra })
    .url;

let browser;
before(async () => {
  ensurePoppler();
  mkdirSync(SHOTS, { recursive: true });
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
});
after(() => browser?.close());

/** The studio from disk, every request but file:// refused and recorded, CSP violations and errors recorded. */
async function openStudio({ bypassCSP = false, viewport = { width: 1280, height: 900 } } = {}) {
  const context = await browser.newContext({ acceptDownloads: true, bypassCSP, viewport });
  const outside = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
    outside.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  const problems = await recordPageProblems(page);
  await page.goto(STUDIO);
  await page.locator('#preview:not([hidden])').waitFor();
  return { context, page, problems, outside };
}

async function assertQuiet({ page, problems, outside }) {
  assert.deepEqual(problems, []);
  assert.deepEqual(outside, []);
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
}

async function chooseTable(page, name, text) {
  await page
    .locator('#batch-file')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: typeof text === 'string' ? Buffer.from(text) : text });
  await page.getByText(`파일: ${name}`).waitFor();
}

/** Makes the codes and downloads the ZIP, unpacked. */
async function makeZip(page) {
  await page.getByRole('button', { name: /코드 만들기/ }).click();
  const zipButton = page.getByRole('button', { name: /ZIP/ });
  await zipButton.waitFor({ timeout: 120_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), zipButton.click()]);
  return unzipSync(new Uint8Array(readFileSync(await download.path())));
}

function manifestUrls(files) {
  const lines = strFromU8(files['manifest.csv'])
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  const header = lines[0].split(',');
  return lines.slice(1).map((line) => {
    const cells = line.split(',');
    return { file: cells[header.indexOf('file')], url: cells[header.indexOf('url')] };
  });
}

function decodePng(bytes) {
  const image = PNG.sync.read(Buffer.from(bytes));
  return jsQR(new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length), image.width, image.height)?.data;
}

/** How many pages poppler counts in the PDF. */
function pdfPages(bytes) {
  const directory = mkdtempSync(join(tmpdir(), 'kakao-consult-pages-'));
  try {
    writeFileSync(join(directory, 'file.pdf'), bytes);
    return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(directory, 'file.pdf')], { encoding: 'utf8' }))[1]);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

describe('the single-file studio, from disk, offline', () => {
  it('names the bad line of a 30-row Korean-header CSV and offers no ZIP; the fixed CSV gives a ZIP of codes that scan to the manifest URLs', async () => {
    const studio = await openStudio();
    const { page } = studio;
    await chooseTable(page, 'campaigns.csv', table(30, 17));
    await page.getByRole('button', { name: /코드 만들기/ }).click();
    const problem = page.locator('#batch-problems li.problem');
    await problem.first().waitFor();
    // Line 1 is the header: the 17th row is line 18.
    assert.match(await problem.first().textContent(), /^18번째 줄: 위치|^18번째 줄: placement "010-1234-5678": 전화번호/);
    assert.equal(await page.getByRole('button', { name: /ZIP/ }).count(), 0, 'no ZIP is offered');
    await page.screenshot({ path: join(SHOTS, 'studio-errors-desktop.png'), fullPage: true });

    await chooseTable(page, 'campaigns.csv', table(30));
    const files = await makeZip(page);
    const manifest = manifestUrls(files);
    assert.equal(manifest.length, 30);
    assert.ok(files['manifest.json'], 'manifest.json is in the ZIP too');
    for (const [index, { file, url }] of manifest.entries()) {
      assert.equal(url, urlOf(index + 1));
      assert.equal(decodePng(files[file]), url, `${file} scans to its manifest URL`);
    }
    await page.screenshot({ path: join(SHOTS, 'studio-done-desktop.png'), fullPage: true });
    await assertQuiet(studio);
    await studio.context.close();
  });

  it("reads Korean Excel's CSV (code page 949, syllables outside EUC-KR) as its UTF-8 twin and says so; names a broken byte by line and column; reprints from its own ZIP", async () => {
    const studio = await openStudio();
    const { page } = studio;
    const text = ['이름,채널,위치,캠페인', '똠방각하,@우리동네빵집,뷁_포스터,봄26', '햏,@우리동네빵집,창문,봄26'].join('\r\n');
    await chooseTable(page, 'utf8.csv', text);
    const twin = await makeZip(page);
    await chooseTable(page, 'excel.csv', iconv.encode(text, 'cp949'));
    const excel = await makeZip(page);
    assert.match(await page.locator('#batch-status').textContent(), /CP949 \(EUC-KR\)\(으\)로 읽었어요/);
    for (const name of ['똠방각하.svg', '햏.svg', 'manifest.csv']) assert.deepEqual(excel[name], twin[name], name);
    assert.ok(!strFromU8(excel['manifest.csv']).includes('\ufffd'));

    const broken = iconv.encode(text, 'cp949');
    broken[broken.indexOf(iconv.encode('햏', 'cp949'))] = 0xff;
    await chooseTable(page, 'broken.csv', broken);
    await page.getByRole('button', { name: /코드 만들기/ }).click();
    const problem = page.locator('#batch-problems li.problem');
    await problem.first().waitFor();
    assert.match(await problem.first().textContent(), /^3번째 줄: 1번째 글자: CP949 \(EUC-KR\)로 읽을 수 없는 바이트가 있어/);
    assert.match(await page.locator('#batch-status').textContent(), /표를 읽을 수 없어/);

    await page
      .locator('#batch-file')
      .setInputFiles({ name: 'kakao-consult-codes.zip', mimeType: 'application/zip', buffer: Buffer.from(zipSync(excel)) });
    await page.getByText('파일: kakao-consult-codes.zip').waitFor();
    const again = await makeZip(page);
    for (const name of ['똠방각하.svg', '햏.svg', 'manifest.csv']) assert.deepEqual(again[name], excel[name], `reprinted ${name}`);
    await assertQuiet(studio);
    await studio.context.close();
  });

  it('writes vector PDFs exactly the chosen size that scan after poppler renders them (code 40 mm; card A6 with bleed)', async () => {
    const studio = await openStudio();
    const { page } = studio;
    await page.locator('#size').fill('40');
    await page.locator('#batch-format').selectOption('pdf');
    await chooseTable(page, 'few.csv', table(3));
    let files = await makeZip(page);
    for (const { file, url } of manifestUrls(files)) {
      assert.match(file, /\.pdf$/);
      const { media, trim } = pdfBoxes(files[file]);
      assert.ok(Math.abs(media.width - 40) < 0.1 && Math.abs(media.height - 40) < 0.1, `${file} is ${media.width} × ${media.height} mm`);
      assert.ok(Math.abs(trim.width - 40) < 0.1);
      assert.equal(decodePdf(files[file]), url);
    }
    await page.locator('#batch-template').selectOption('card');
    await page.locator('#batch-bleed').check();
    files = await makeZip(page);
    const [{ file, url }] = manifestUrls(files);
    const { trim, bleed } = pdfBoxes(files[file]);
    assert.ok(
      Math.abs(trim.width - 105) < 0.1 && Math.abs(trim.height - 148) < 0.1,
      `the card's trim is A6: ${trim.width} × ${trim.height}`,
    );
    assert.ok(Math.abs(bleed.width - 111) < 0.1, 'with 3 mm bleed on each side');
    assert.equal(decodePdf(files[file]), url);
    await assertQuiet(studio);
    await studio.context.close();
  });

  it("makes what a print shop asks for: A5 cards previewed at their page size, A4 sheets and one PDF; the single code as PDF and as the button's HTML", async () => {
    const studio = await openStudio();
    const { page } = studio;
    await page.locator('#placement').fill('counter');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download-pdf').click()]);
    const single = readFileSync(await download.path());
    const { media } = pdfBoxes(single);
    assert.ok(
      Math.abs(media.width - 30) < 0.1 && Math.abs(media.height - 30) < 0.1,
      `the single code's PDF is ${media.width} × ${media.height} mm`,
    );
    const url = buildLaunch({ channel: '@mybrand', extra: encodeContext({ placement: 'counter' }).extra }).url;
    assert.equal(decodePdf(single), url);
    // The button's HTML is the ready snippet `kakao-consult url --html` prints (its styles, the
    // script tags with this build's hashes, the drawn button): the studio got its hashes from
    // the build, the CLI reads them from its installed dist/.
    const cli = fileURLToPath(new URL('../../../dist/node/cli/main.js', import.meta.url));
    const printed = execFileSync(process.execPath, [cli, 'url', '--channel', '@mybrand', '--placement', 'counter', '--html'], {
      encoding: 'utf8',
    });
    assert.equal(await page.locator('#snippet').inputValue(), printed.trimEnd());

    await page.locator('#batch-template').selectOption('card-a5');
    await page.locator('#batch-format').selectOption('pdf');
    await page.locator('#batch-sheet').selectOption('a4');
    await page.locator('#batch-one-pdf').check();
    await chooseTable(page, 'spring26.csv', table(3));
    const files = await makeZip(page);
    const manifest = manifestUrls(files);
    const { trim } = pdfBoxes(files[manifest[0].file]);
    assert.ok(Math.abs(trim.width - 148) < 0.1 && Math.abs(trim.height - 210) < 0.1, `an A5 card: ${trim.width} × ${trim.height}`);
    assert.equal(pdfPages(files['codes.pdf']), 3, 'one PDF, a page per code');
    assert.equal(pdfPages(files['sheets-a4.pdf']), 3, 'an A5 card with its marks takes an A4 sheet of its own');
    assert.equal(pdfBoxes(files['sheets-a4.pdf']).media.width.toFixed(0), '210');
    assert.equal(decodePdf(files['sheets-a4.pdf'], 150), urlOf(1));
    const preview = page.locator('#batch-grid li').first();
    assert.match(await preview.textContent(), /poster_01 · 148 × 210 mm/);
    assert.equal(await preview.locator('img').evaluate((image) => image.style.width), '148mm');
    await page.screenshot({ path: join(SHOTS, 'studio-cards-desktop.png'), fullPage: true });
    await assertQuiet(studio);
    await studio.context.close();
  });

  it('makes 1,000 codes with progress while the page takes typing (latency printed), and cancels without losing the table', async () => {
    const studio = await openStudio();
    const { page } = studio;
    const thousand = [HEADER, ...Array.from({ length: 1000 }, (_, index) => `code_${index + 1},@brand,p${index + 1},spring26,flyer`)].join(
      '\n',
    );
    await page.locator('#batch-paste').fill(thousand);
    await page.evaluate(() => {
      window.latencies = [];
      document.getElementById('campaign').addEventListener('input', (event) => {
        const started = event.timeStamp;
        requestAnimationFrame(() => setTimeout(() => window.latencies.push(performance.now() - started)));
      });
    });
    await page.getByRole('button', { name: /코드 만들기/ }).click();
    await page.waitForFunction(() => document.getElementById('batch-progress').value > 0);
    await page.locator('#campaign').pressSequentially('summer27', { delay: 30 });
    const zipButton = page.getByRole('button', { name: /ZIP/ });
    await page.screenshot({ path: join(SHOTS, 'studio-running-desktop.png'), fullPage: true });
    await zipButton.waitFor({ timeout: 120_000 });
    // Every keystroke reached the field while the worker ran. How fast is measured and printed
    // (keystroke to the frame after it), not asserted: timings depend on what else the CPU runs.
    const latencies = await page.evaluate(() => window.latencies);
    assert.equal(latencies.length, 8);
    assert.equal(await page.locator('#campaign').inputValue(), 'summer27');
    console.log(`typing latency during the run: ${latencies.map((value) => value.toFixed(0)).join(', ')} ms`);
    assert.match(await page.locator('#batch-status').textContent(), /코드 1000개를/);
    console.log(`studio: ${await page.locator('#batch-status').textContent()}`);

    // A run of 1,000 codes can now end before a click from outside lands: Cancel is clicked the moment it shows.
    await page.evaluate(
      () =>
        new Promise((resolve) => {
          const cancel = document.getElementById('batch-cancel');
          const observer = new MutationObserver(() => {
            if (cancel.hidden) return;
            observer.disconnect();
            cancel.click();
            resolve();
          });
          observer.observe(cancel, { attributes: true, attributeFilter: ['hidden'] });
          document.getElementById('batch-run').click();
        }),
    );
    assert.match(await page.locator('#batch-status').textContent(), /취소했어요/);
    assert.equal(await page.locator('#batch-paste').inputValue(), thousand, 'the table is kept');
    await assertQuiet(studio);
    await studio.context.close();
  });

  it('blocks a code with refused personal data until it is fixed', async () => {
    const studio = await openStudio();
    const { page } = studio;
    await page.locator('#placement').fill('010-1234-5678');
    await page
      .getByText(/전화번호처럼 보여/)
      .first()
      .waitFor();
    assert.equal(await page.locator('#download-png').isDisabled(), true);
    await page.locator('#placement').fill('poster_a');
    assert.equal(await page.locator('#download-png').isDisabled(), false);
    await studio.context.close();
  });

  it('axe finds no violations empty, with errors, running and done; screenshots at 390 px', async () => {
    const studio = await openStudio({ bypassCSP: true });
    const { page } = studio;
    assert.deepEqual(await axeViolations(page), [], 'empty');
    await chooseTable(page, 'bad.csv', table(5, 2));
    await page.getByRole('button', { name: /코드 만들기/ }).click();
    await page.locator('#batch-problems li').first().waitFor();
    assert.deepEqual(await axeViolations(page), [], 'errors');
    await page
      .locator('#batch-paste')
      .fill([HEADER, ...Array.from({ length: 1000 }, (_, index) => `c${index},@brand,p${index},s,f`)].join('\n'));
    await page.getByRole('button', { name: /코드 만들기/ }).click();
    await page.waitForFunction(() => document.getElementById('batch').getAttribute('aria-busy') === 'true');
    assert.deepEqual(await axeViolations(page), [], 'running');
    await page.getByRole('button', { name: /ZIP/ }).waitFor({ timeout: 120_000 });
    assert.deepEqual(await axeViolations(page), [], 'done');
    await studio.context.close();

    const narrow = await openStudio({ viewport: { width: 390, height: 844 } });
    await narrow.page.screenshot({ path: join(SHOTS, 'studio-empty-390.png'), fullPage: true });
    await chooseTable(narrow.page, 'bad.csv', table(5, 2));
    await narrow.page.getByRole('button', { name: /코드 만들기/ }).click();
    await narrow.page.locator('#batch-problems li').first().waitFor();
    await narrow.page.screenshot({ path: join(SHOTS, 'studio-errors-390.png'), fullPage: true });
    await narrow.context.close();
  });
});
