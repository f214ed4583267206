// End to end: the QR generator page (demo/qr.html) in Debian's Chromium, under the demo's
// strict CSP and with every request off localhost refused, as when offline. Downloads are
// read back with an independent PNG decoder and QR reader.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { encodeContext } from '../../dist/core/context.js';
import { buildLaunch } from '../../dist/core/launch.js';
import { demoSession } from './demo-page.mjs';

const session = demoSession();

/** The page, with problems, CSP violations and any request that would leave localhost recorded. */
async function openPage(hash = '') {
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
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.cspViolations.push(`${event.violatedDirective}: ${event.blockedURI}`));
  });
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    // Chromium asks for /favicon.ico, which the demo does not have.
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) problems.push(message.text());
  });
  await page.goto(`${session.demo.url}qr.html${hash}`);
  await page.locator('#preview:not([hidden])').waitFor();
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
    assert.deepEqual(problems, []);
    assert.deepEqual(outside, []);
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    await context.close();
  });

  it('refuses personal data with a warning, and shows what overflow cut', async () => {
    const { context, page, problems } = await openPage();
    await page.fill('#placement', 'poster_a');
    await page.fill('#campaign', '010-1234-5678');
    assert.match(await page.textContent('#messages'), /campaign looks like a phone number/);
    assert.equal(await page.textContent('#url'), expectedUrl('@mybrand', { placement: 'poster_a' }));
    assert.equal(await page.textContent('#budget-text'), '10 / 50');

    await page.fill('#campaign', 'c'.repeat(60));
    assert.match(await page.textContent('#messages'), /campaign: cut to fit 50 characters/);
    assert.equal(await page.textContent('#budget-text'), '50 / 50');
    assert.ok(!(await page.getAttribute('#campaign', 'aria-invalid')), 'a warning does not mark the field invalid');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('explains a bad channel or colours and offers no download', async () => {
    const { context, page } = await openPage();
    await page.fill('#channel', 'mybrand');
    assert.match(await page.textContent('#messages'), /must start with "@": did you mean "@mybrand"/);
    assert.equal(await page.getAttribute('#channel', 'aria-invalid'), 'true');
    assert.equal(await page.isDisabled('#download-png'), true);
    assert.equal(await page.isHidden('#preview'), true);

    await page.fill('#channel', '@mybrand');
    await page.locator('#light').evaluate((input) => {
      input.value = '#222222';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    assert.match(await page.textContent('#messages'), /contrast ratio of 1\.\d+:1/);
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
    // Draw it as an image the way a viewer would, and read the pixels back.
    const { width, data } = await page.evaluate(async (markup) => {
      const image = new Image();
      image.src = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 400;
      const context2d = canvas.getContext('2d');
      context2d.drawImage(image, 0, 0, 400, 400);
      return { width: 400, data: [...context2d.getImageData(0, 0, 400, 400).data] };
    }, svg);
    assert.equal(jsQR(Uint8ClampedArray.from(data), width, width)?.data, expectedUrl('@mybrand', { placement: 'window' }));
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
    assert.match(await page.textContent('#messages'), /campaign looks like a phone number/);
    await assertNotInUrl(page, '010-1234-5678');
    assert.equal(new URLSearchParams(await page.evaluate(() => location.hash.slice(1))).get('placement'), 'poster_a');

    // Other refusals stay out too: markup, and a download named after a refused placement.
    await page.fill('#source', '<b>flyer</b>');
    assert.match(await page.textContent('#messages'), /source contains < or >/);
    await assertNotInUrl(page, '<b>flyer</b>');
    await page.fill('#placement', 'me@example.com');
    await assertNotInUrl(page, 'me@example.com');
    assert.equal((await download(page, '#download-png')).name, 'kakao-consult-mybrand.png');

    // A refused channel stops the code; it stays out of the URL as well.
    await page.fill('#channel', '010-1234-5678');
    assert.match(await page.textContent('#messages'), /must start with "@"/);
    await assertNotInUrl(page, '010-1234-5678');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('drops a phone number from an older link on load, and still shows its refusal', async () => {
    const { context, page, problems } = await openPage('#placement=poster_a&campaign=010-1234-5678&source=010+1234+5678');
    assert.equal(await page.inputValue('#campaign'), '010-1234-5678');
    assert.equal(await page.inputValue('#source'), '010 1234 5678');
    const messages = await page.textContent('#messages');
    assert.match(messages, /campaign looks like a phone number/);
    assert.match(messages, /source looks like a phone number/);
    await assertNotInUrl(page, '010-1234-5678');
    assert.equal(new URLSearchParams(await page.evaluate(() => location.hash.slice(1))).get('placement'), 'poster_a');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
