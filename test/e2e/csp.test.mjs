// The strict-CSP page: everything the kit does, under exactly
// `default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html`,
// with a recorder of violations armed before any script of the page runs. A last test
// proves the recorder does see violations, by tightening the policy until Lit cannot work.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { STRICT_CONTENT_SECURITY_POLICY } from '../../demo/server.mjs';
import { answerEndpoint, demoSession, ENDPOINT } from './demo-page.mjs';

const EXPECTED_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

const session = demoSession();

/**
 * A page that records CSP and Trusted Types violations from its first script on: the
 * `securitypolicyviolation` events (composed, so those from shadow roots reach the document)
 * and the console's reports, which also name violations no event describes.
 */
async function recordingPage(context) {
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.cspViolations.push(`${event.effectiveDirective}: ${event.blockedURI || event.sample}`),
    );
  });
  const consoleReports = [];
  page.on('console', (message) => {
    if (/Content[ -]Security[ -]Policy|Trusted ?Type/i.test(message.text())) consoleReports.push(message.text());
  });
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return { page, consoleReports, pageErrors, violations: () => page.evaluate(() => window.cspViolations) };
}

const button = (page, name) => page.locator(`kakao-consult-button[data-demo="${name}"]`).getByRole('button').first();

async function download(page, name) {
  const started = page.waitForEvent('download');
  await page.locator('kakao-consult-qr').getByRole('button', { name }).click();
  const file = await started;
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

describe('the strict-CSP page', () => {
  it('is served with exactly the policy it names, while the other pages keep theirs', async () => {
    assert.equal(STRICT_CONTENT_SECURITY_POLICY, EXPECTED_POLICY);
    const strict = await fetch(new URL('csp.html', session.demo.url));
    assert.equal(strict.headers.get('content-security-policy'), EXPECTED_POLICY);
    const index = await fetch(session.demo.url);
    assert.match(index.headers.get('content-security-policy'), /form-action 'self' https:\/\/bizmessage\.kakao\.com/);
  });

  it('renders, asks consent, opens the panel and the popup, loads the config and downloads the QR code with zero violations', async () => {
    const context = await session.browser.newContext();
    await answerEndpoint(context);
    const launches = [];
    context.on(
      'request',
      (request) => request.url().startsWith(ENDPOINT) && launches.push({ method: request.method(), body: request.postData() }),
    );
    const { page, consoleReports, pageErrors, violations } = await recordingPage(context);
    await page.goto(new URL('csp.html', session.demo.url).href);

    // Rendering, with the QR code's lazily loaded chunk and the remote config's.
    const code = page.locator('kakao-consult-qr').getByRole('img', { name: '카카오톡 상담 QR 코드' });
    await code.waitFor();
    await page.locator('kakao-consult-button[data-demo="config"] [part="notice"]').waitFor();

    // Consent, then the PC panel with its QR code, then the consult popup.
    await button(page, 'consent').click();
    const consent = page.getByRole('dialog', { name: '개인정보 수집·이용 동의' });
    await consent.getByRole('button', { name: '동의하고 상담하기' }).click();
    const panel = page.getByRole('dialog', { name: '카카오톡으로 상담하기' });
    await panel.getByRole('img', { name: '카카오톡 상담 QR 코드' }).waitFor();
    const popupOpened = page.waitForEvent('popup');
    await panel.getByRole('button', { name: 'PC에서 카카오계정으로 열기' }).click();
    // The popup opens blank, then the form posts into it.
    await (await popupOpened).waitForURL(ENDPOINT);
    assert.deepEqual(
      launches.map(({ method }) => method),
      ['POST'],
      'member data goes by POST, into the popup',
    );
    assert.match(launches[0].body, /extra=p%3Dcsp_demo%3Bm%3DA1029/);

    // Both downloads, made from Blob URLs under a policy that allows no blob: source.
    const svg = await download(page, 'SVG 다운로드');
    assert.equal(svg.name, 'kakao-consult-mybrand.svg');
    assert.match(svg.bytes.toString('utf8'), /^<svg [^>]*viewBox/);
    const png = await download(page, 'PNG 다운로드');
    assert.equal(png.name, 'kakao-consult-mybrand.png');
    const image = PNG.sync.read(png.bytes);
    assert.equal(
      jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data,
      `${ENDPOINT}/@mybrand?extra=${encodeURIComponent('p=csp_poster')}`,
    );

    assert.deepEqual(await violations(), []);
    assert.deepEqual(consoleReports, []);
    assert.deepEqual(pageErrors, []);
    assert.equal(await page.locator('#csp-status').textContent(), 'No CSP violation so far.');
    await context.close();
  });

  it("sees the violation when the policy forbids Lit's Trusted Types policy (the check can fail)", async () => {
    const context = await session.browser.newContext();
    const { page, consoleReports, violations } = await recordingPage(context);
    await page.route('**/csp.html', async (route) => {
      const response = await route.fetch();
      const policy = EXPECTED_POLICY.replace('trusted-types lit-html', "trusted-types 'none'");
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
    });
    await page.goto(new URL('csp.html', session.demo.url).href);
    await page.waitForFunction(() => window.cspViolations.length > 0);
    assert.ok(
      (await violations()).some((line) => line.startsWith('trusted-types')),
      (await violations()).join('\n'),
    );
    assert.ok(
      consoleReports.some((line) => line.includes('lit-html')),
      consoleReports.join('\n'),
    );
    assert.match(await page.locator('#csp-status').textContent(), /^\d+ CSP violations?:/, 'the page shows it too');
    await context.close();
  });
});
