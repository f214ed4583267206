// End to end: the QR generator page (demo/qr.html) in Debian's Chromium, under the demo's
// strict CSP and with every request off localhost refused, as when offline. Downloads are
// read back with an independent PNG decoder and QR reader.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { encodeContext } from '../../../dist/core/launch/context.js';
import { buildLaunch } from '../../../dist/core/launch/launch.js';
import { axeViolations } from '../axe.mjs';
import { demoSession } from '../demo-page.mjs';
import { recordPageProblems } from '../page-problems.mjs';

const session = demoSession();

/** The page, with problems, CSP violations and any request that would leave localhost recorded. */
/** No page errors, no request off the demo server, no CSP violation. */
async function assertQuiet(page, problems, outside) {
  assert.deepEqual(problems, []);
  assert.deepEqual(outside, []);
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
}

async function openPage(hash = '', ready = '#preview:not([hidden])') {
  const context = await session.browser.newContext({ acceptDownloads: true });
  const outside = [];
  await context.route(
    (url) => !url.href.startsWith(session.demo.url),
    (route) => {
      outside.push(route.request().url());
      return route.abort();
    },
  );
  const page = await context.newPage();
  // Chromium asks for /favicon.ico, which the demo does not have.
  const problems = await recordPageProblems(page, { ignoreConsole: (message) => message.location().url.endsWith('/favicon.ico') });
  await page.goto(`${session.demo.url}qr.html${hash}`);
  await page.locator(ready).first().waitFor();
  return { context, page, problems, outside };
}

/**
 * Fails if the page's URL carries the value in any encoding: as typed, percent-encoded or
 * with `+` for spaces, and by its digits alone, however the separators were written.
 */
async function assertNotInUrl(page, value) {
  const url = await page.evaluate(() => location.href);
  const decoded = decodeURIComponent(url.replaceAll('+', ' '));
  const digits = value.replace(/\D/g, '');
  for (const form of [url, decoded]) {
    assert.ok(!form.includes(value), `${form} carries ${value}`);
    if (digits) assert.ok(!form.replace(/\D/g, '').includes(digits), `${form} carries the digits of ${value}`);
  }
}

const expectedUrl = (channel, fields) => buildLaunch({ channel, extra: encodeContext(fields).extra }).url;

function decodePng(bytes) {
  const image = PNG.sync.read(bytes);
  const pixels = new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length);
  return { image, text: jsQR(pixels, image.width, image.height)?.data };
}

/** The density a PNG records in its pHYs chunk, in pixels per metre. */
function pixelsPerMetre(bytes) {
  for (let offset = 8; offset < bytes.length; offset += 12 + bytes.readUInt32BE(offset)) {
    if (bytes.toString('latin1', offset + 4, offset + 8) === 'pHYs') return bytes.readUInt32BE(offset + 8);
  }
  return undefined;
}

async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** A 32×32 PNG logo in a red no code has: easy to find in the pixels. */
function logoPng() {
  const logo = new PNG({ width: 32, height: 32 });
  for (let offset = 0; offset < logo.data.length; offset += 4) logo.data.set([225, 29, 72, 255], offset);
  return PNG.sync.write(logo);
}

/** How many pixels are the logo's red. */
function redPixels(data) {
  let count = 0;
  for (let offset = 0; offset < data.length; offset += 4)
    if (data[offset] > 180 && data[offset + 1] < 80 && data[offset + 2] < 120) count++;
  return count;
}

async function addLogo(page, file = { name: 'logo.png', mimeType: 'image/png', buffer: logoPng() }) {
  await page.setInputFiles('#logo', file);
  await page.locator('#logo-status', { hasText: file.name }).waitFor();
}

/**
 * An SVG drawn the way a viewer would, 400 pixels square, and read back: the markup given,
 * else the page's preview image itself.
 */
async function drawnSvg(page, markup) {
  const data = await page.evaluate(async (svg) => {
    let image = document.getElementById('preview');
    if (svg !== undefined) {
      image = new Image();
      image.src = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    }
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 400;
    const context2d = canvas.getContext('2d');
    context2d.drawImage(image, 0, 0, 400, 400);
    return [...context2d.getImageData(0, 0, 400, 400).data];
  }, markup);
  const pixels = Uint8ClampedArray.from(data);
  return { red: redPixels(pixels), text: jsQR(pixels, 400, 400)?.data };
}

const hashOf = (page) => page.evaluate(() => location.hash);

describe('QR generator page', () => {
  it('previews the code live, meters extra, and works offline under the strict CSP', async () => {
    const { context, page, problems, outside } = await openPage();
    await page.fill('#channel', '@sk렌터카new고객센터');
    await page.fill('#placement', 'poster_a');
    await page.fill('#campaign', 'spring26');
    const url = expectedUrl('@sk렌터카new고객센터', { placement: 'poster_a', campaign: 'spring26' });
    assert.equal(await page.textContent('#url'), url);
    assert.equal(await page.textContent('#budget-text'), '21 / 50');
    assert.equal(await page.locator('#budget').evaluate((meter) => meter.value), 21);
    assert.equal(await page.textContent('#extra'), 'p=poster_a;c=spring26');
    assert.match(await page.textContent('#print-size'), /^30 mm, modules 0\.\d+ mm · PNG \d+ × \d+ px at \d+ dpi/);
    assert.ok(await page.locator('#preview').evaluate((image) => image.complete && image.naturalWidth > 0), 'the preview image loaded');
    await assertQuiet(page, problems, outside);
    await context.close();
  });

  it('refuses personal data, offering no code until it is fixed, and shows what overflow cut', async () => {
    const { context, page, problems } = await openPage();
    await page.fill('#placement', 'poster_a');
    await page.fill('#campaign', '010-1234-5678');
    assert.match(await page.textContent('#messages'), /campaign "010-1234-5678": 전화번호처럼 보여/);
    // No silent code without the field: the preview and both downloads wait for a fix.
    assert.equal(await page.textContent('#url'), '');
    assert.ok(await page.isHidden('#preview'));
    assert.ok(await page.isDisabled('#download-png'));
    assert.ok(await page.isDisabled('#download-svg'));
    assert.equal(await page.getAttribute('#campaign', 'aria-invalid'), 'true');
    await page.fill('#campaign', 'spring26');
    assert.equal(await page.textContent('#url'), expectedUrl('@mybrand', { placement: 'poster_a', campaign: 'spring26' }));
    assert.ok(!(await page.isDisabled('#download-png')));

    await page.fill('#campaign', 'c'.repeat(60));
    assert.match(await page.textContent('#messages'), /캠페인\(campaign\)이\(가\) extra의 50자에 맞게 잘렸어요/);
    assert.equal(await page.textContent('#budget-text'), '50 / 50');
    assert.ok(!(await page.getAttribute('#campaign', 'aria-invalid')), 'a warning does not mark the field invalid');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('explains a bad channel or colours and offers no download', async () => {
    const { context, page } = await openPage();
    await page.fill('#placement', 'poster_a');
    await page.fill('#channel', 'mybrand');
    // The extra meter keeps counting while the channel has a problem (one encode, reused).
    assert.equal(await page.textContent('#extra'), 'p=poster_a');
    assert.match(await page.textContent('#messages'), /채널\(channel\) "mybrand": 채널 검색용 아이디를 "@"로 시작해/);
    assert.equal(await page.getAttribute('#channel', 'aria-invalid'), 'true');
    assert.equal(await page.isDisabled('#download-png'), true);
    assert.equal(await page.isHidden('#preview'), true);

    await page.fill('#channel', '@mybrand');
    await page.locator('#light').evaluate((input) => {
      input.value = '#222222';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    assert.match(await page.textContent('#messages'), /3배 이상 (진해야|밝아야)/);
    assert.equal(await page.isDisabled('#download-svg'), true);
    await context.close();
  });

  it('downloads a PNG at print size that decodes to exactly the launch URL', async () => {
    const { context, page } = await openPage();
    await page.fill('#placement', '강남점_포스터');
    await page.fill('#campaign', 'spring26');
    await page.fill('#size', '4');
    await page.selectOption('#unit', 'cm');
    await page.fill('#dpi', '300');
    const { name, bytes } = await download(page, '#download-png');
    assert.equal(name, 'kakao-consult-강남점_포스터.png');
    const { image, text } = decodePng(bytes);
    assert.equal(text, expectedUrl('@mybrand', { placement: '강남점_포스터', campaign: 'spring26' }));
    // 40 mm at 300 dpi is 472 px, rounded to whole-pixel modules; the density prints it at 40 mm.
    assert.ok(Math.abs(image.width - 472) <= 30, `${image.width} px`);
    assert.ok(Math.abs((image.width / pixelsPerMetre(bytes)) * 1000 - 40) < 0.1);
    await context.close();
  });

  it('downloads an SVG sized in millimetres that renders to the same URL', async () => {
    const { context, page } = await openPage();
    await page.fill('#placement', 'window');
    const { name, bytes } = await download(page, '#download-svg');
    assert.equal(name, 'kakao-consult-window.svg');
    const svg = bytes.toString('utf8');
    assert.match(svg, /^<svg width="30mm" height="30mm" xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.equal((await drawnSvg(page, svg)).text, expectedUrl('@mybrand', { placement: 'window' }));
    await context.close();
  });

  it('keeps the form in the URL hash across a reload', async () => {
    const { context, page } = await openPage();
    await page.fill('#placement', 'receipt');
    await page.selectOption('#sizing', 'px');
    await page.fill('#px', '512');
    await page.reload();
    await page.locator('#preview:not([hidden])').waitFor();
    assert.equal(await page.inputValue('#placement'), 'receipt');
    assert.equal(await page.isVisible('#px'), true);
    assert.equal(await page.isVisible('#dpi'), false);
    assert.match(await page.textContent('#print-size'), /^PNG \d+ × \d+ px · \d+ modules, level M$/);
    await context.close();
  });

  it('keeps a phone number typed into a context field out of the URL, but in the field with its refusal', async () => {
    const { context, page, problems } = await openPage();
    await page.fill('#placement', 'poster_a');
    await page.locator('#campaign').pressSequentially('010-1234-5678');
    assert.equal(await page.inputValue('#campaign'), '010-1234-5678');
    assert.match(await page.textContent('#messages'), /campaign "010-1234-5678": 전화번호처럼 보여/);
    await assertNotInUrl(page, '010-1234-5678');
    assert.equal(new URLSearchParams(await page.evaluate(() => location.hash.slice(1))).get('placement'), 'poster_a');

    // Other refusals stay out too: markup, and a download named after a refused placement.
    await page.fill('#source', '<b>flyer</b>');
    assert.match(await page.textContent('#messages'), /source "[^"]*": < 나 > 는/);
    await assertNotInUrl(page, '<b>flyer</b>');
    await page.fill('#placement', 'me@example.com');
    await assertNotInUrl(page, 'me@example.com');
    assert.ok(await page.isDisabled('#download-png'), 'no download while a value is refused');

    // A refused channel stops the code; it stays out of the URL as well.
    await page.fill('#channel', '010-1234-5678');
    assert.match(await page.textContent('#messages'), /"@"로 시작해/);
    await assertNotInUrl(page, '010-1234-5678');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('drops a phone number from an older link on load, and still shows its refusal', async () => {
    const { context, page, problems } = await openPage(
      '#placement=poster_a&campaign=010-1234-5678&source=010+1234+5678',
      '#messages li.problem',
    );
    assert.equal(await page.inputValue('#campaign'), '010-1234-5678');
    assert.equal(await page.inputValue('#source'), '010 1234 5678');
    const messages = await page.textContent('#messages');
    assert.match(messages, /campaign "010-1234-5678": 전화번호처럼 보여/);
    assert.match(messages, /source "[^"]*": 전화번호처럼 보여/);
    await assertNotInUrl(page, '010-1234-5678');
    assert.equal(new URLSearchParams(await page.evaluate(() => location.hash.slice(1))).get('placement'), 'poster_a');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('adds a PNG logo to the preview and both downloads, which still decode, at level H, never in the hash', async () => {
    const { context, page, problems, outside } = await openPage();
    await page.fill('#placement', 'poster_a');
    await page.fill('#campaign', 'spring26');
    const url = expectedUrl('@mybrand', { placement: 'poster_a', campaign: 'spring26' });
    const typed = await hashOf(page);
    assert.equal(await page.isVisible('#ecc-note'), false);
    assert.equal((await drawnSvg(page)).red, 0, 'no red before the logo');

    const logo = logoPng();
    await addLogo(page, { name: 'logo.png', mimeType: 'image/png', buffer: logo });
    assert.equal(await page.textContent('#logo-status'), '로고 · Logo: logo.png (32 × 32 px)');
    assert.equal(await page.isVisible('#ecc-note'), true);
    assert.equal(await page.getAttribute('#ecc', 'aria-describedby'), 'ecc-note');
    assert.equal(await page.inputValue('#ecc'), 'M', 'the choice is kept for when the logo goes');
    assert.match(await page.textContent('#print-size'), /modules, level H$/);
    assert.match(await page.getAttribute('#preview', 'alt'), /^QR code with a logo: /);

    // The preview as the browser shows it: the logo in the middle, and still the URL.
    await page.waitForFunction(() => document.getElementById('preview').complete);
    const shown = await drawnSvg(page);
    assert.ok(shown.red > 1000, `${shown.red} red pixels in the preview`);
    assert.equal(shown.text, url);

    // The SVG embeds the very file, as a data URL nothing has to fetch.
    const svg = (await download(page, '#download-svg')).bytes.toString('utf8');
    assert.ok(svg.includes(`<image href="data:image/png;base64,${logo.toString('base64')}"`), 'the logo is embedded');
    const drawn = await drawnSvg(page, svg);
    assert.ok(drawn.red > 1000, `${drawn.red} red pixels in the SVG`);
    assert.equal(drawn.text, url);

    const png = await download(page, '#download-png');
    const { image, text } = decodePng(png.bytes);
    assert.equal(text, url);
    // Centred: the middle pixel is the logo's, and the logo is about a fifth of the symbol wide.
    const middle = (Math.floor(image.height / 2) * image.width + Math.floor(image.width / 2)) * 4;
    assert.deepEqual([...image.data.subarray(middle, middle + 3)], [225, 29, 72]);
    assert.ok(redPixels(image.data) > (image.width * 0.1) ** 2, `${redPixels(image.data)} red pixels in the PNG`);

    // Everything typed stays; nothing of the logo reaches the URL.
    assert.equal(await hashOf(page), typed);
    assert.equal(await page.inputValue('#placement'), 'poster_a');
    await page.fill('#source', 'flyer');
    const hash = await hashOf(page);
    for (const trace of ['logo', 'data:', 'base64', logo.toString('base64').slice(0, 16)])
      assert.ok(!hash.includes(trace), `${hash} carries ${trace}`);
    await assertQuiet(page, problems, outside);
    await context.close();
  });

  it('removes the logo by keyboard and gives back the plain code, level and all', async () => {
    const { context, page, problems } = await openPage();
    await page.fill('#placement', 'receipt');
    await page.selectOption('#ecc', 'Q');
    const plain = (await download(page, '#download-png')).bytes;
    const typed = await hashOf(page);

    await addLogo(page);
    assert.match(await page.textContent('#print-size'), /level H$/);
    await page.focus('#logo-remove');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'logo', 'focus goes back to the file input');
    assert.equal(await page.isHidden('#logo-remove'), true);
    assert.equal(await page.isVisible('#ecc-note'), false);
    assert.equal(await page.getAttribute('#ecc', 'aria-describedby'), null);
    assert.equal(await page.textContent('#logo-status'), '');
    assert.equal(await page.evaluate(() => document.getElementById('logo').files.length), 0);
    assert.match(await page.textContent('#print-size'), /level Q$/);
    assert.equal(await hashOf(page), typed);

    assert.ok(!(await download(page, '#download-svg')).bytes.toString('utf8').includes('<image'), 'no logo in the SVG');
    assert.ok((await download(page, '#download-png')).bytes.equals(plain), 'the PNG is the one made before the logo');
    assert.equal((await drawnSvg(page)).red, 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('names the logo when the launch URL no longer fits at level H, and refuses a file that is not a PNG', async () => {
    const { context, page, problems } = await openPage();
    // Fits at M, not at H: a long Korean channel, extra and chatbot event.
    await page.fill('#channel', `@${'가'.repeat(60)}`);
    await page.fill('#placement', '나'.repeat(48));
    await page.selectOption('#bot', 'true');
    await page.fill('#event', '다'.repeat(100));
    assert.equal(await page.isVisible('#preview'), true);
    const typed = await hashOf(page);

    await addLogo(page);
    assert.match(
      await page.textContent('#messages'),
      /로고\(logo\): 로고가 있으면 H 단계로.*\(the launch URL is too long for a QR code at level H, which a logo forces: /,
    );
    assert.equal(await page.getAttribute('#logo', 'aria-invalid'), 'true');
    assert.equal(await page.isHidden('#preview'), true);
    assert.equal(await page.isDisabled('#download-png'), true);
    assert.equal(await hashOf(page), typed, 'the form stays in the hash; the logo is no form value');

    await page.click('#logo-remove');
    assert.equal(await page.isVisible('#preview'), true);
    assert.doesNotMatch(await page.textContent('#messages'), /too long/);
    assert.equal(await page.getAttribute('#logo', 'aria-invalid'), null);
    assert.equal(await page.inputValue('#event'), '다'.repeat(100));

    // A JPEG is refused by its bytes, whatever its name; the plain code stays.
    await page.setInputFiles('#logo', {
      name: 'logo.png',
      mimeType: 'image/png',
      buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, ...new Array(40).fill(0)]),
    });
    await page.locator('#messages', { hasText: 'logo is not a PNG file' }).waitFor();
    assert.match(await page.textContent('#messages'), /PNG 파일만/);
    assert.equal(await page.getAttribute('#logo', 'aria-invalid'), 'true');
    assert.equal(await page.textContent('#logo-status'), '');
    assert.equal(await page.isVisible('#preview'), true);
    assert.match(await page.textContent('#print-size'), /level M$/);
    // The refused file can be taken away like a logo, and its refusal with it.
    await page.click('#logo-remove');
    assert.doesNotMatch(await page.textContent('#messages'), /logo/);
    assert.equal(await page.getAttribute('#logo', 'aria-invalid'), null);
    assert.equal(await page.evaluate(() => document.getElementById('logo').files.length), 0);
    assert.equal(await page.isHidden('#logo-remove'), true);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('ignores a logo named in an old or crafted link', async () => {
    const { context, page, problems } = await openPage('#placement=poster_a&logo=data%3Aimage%2Fpng%3Bbase64%2CAAAA');
    assert.equal(await page.inputValue('#placement'), 'poster_a');
    assert.equal(await page.textContent('#logo-status'), '');
    assert.ok(!(await hashOf(page)).includes('logo'));
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('axe finds no violations with a logo, nor with a refused file', async () => {
    // axe is injected, which the page's CSP rightly refuses.
    const context = await session.browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${session.demo.url}qr.html`);
    await addLogo(page);
    assert.deepEqual(await axeViolations(page), []);
    await page.setInputFiles('#logo', {
      name: 'logo.svg',
      mimeType: 'image/svg+xml',
      buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
    });
    await page.locator('#messages', { hasText: 'logo is not a PNG file' }).waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });
});
