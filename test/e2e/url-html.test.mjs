// What `kakao-consult url --html` hands out, pasted into a page as it is (unpkg answered from
// dist/, so its integrity hashes are checked): with JavaScript off it paints as the guide's
// button and a tap opens the GET launch; with it on, the script (arriving at once, as from a
// cache, while the shop's own stylesheet holds the first paint) upgrades the drawn link only
// after the page's first paint, in the same box, with one button to hear. Run `npm run build` first.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium.mjs';
import { answerEndpoint, ENDPOINT, IPHONE } from './demo-page.mjs';

const ROOT = new URL('../../', import.meta.url);
/** The build under test; another (e.g. an older one) can be pointed at to see this test fail. */
const DIST = new URL(process.env.URL_HTML_DIST ?? 'dist/', ROOT);
const SHOP = 'https://shop.example/product';
/** The shop's own stylesheet: what holds a real page's first paint, however early the kit's script is. */
const SHOP_CSS = 'https://shop.example/site.css';
/** What `kakao-consult url … --html` prints, from the build under test. */
const printed = (...options) =>
  execFileSync(
    process.execPath,
    [fileURLToPath(new URL('node/cli/main.js', DIST)), 'url', '--channel', '@mybrand', '--placement', 'cart', ...options, '--html'],
    { encoding: 'utf8' },
  );
/** The shop's product page with a printed snippet pasted in: its head part in the head, the button in the body. */
const shopPage = (
  snippet,
) => `<!doctype html><html lang="ko"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<link rel="stylesheet" href="${SHOP_CSS}">
${snippet.split('\n\n')[0]}</head><body><h1>상품 상세</h1>${snippet.split('\n\n')[1]}</body></html>`;
const PAGE = shopPage(printed('--campaign', '봄 세일'));

let browser;
before(async () => {
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
});
after(() => browser?.close());

/** A phone context serving the shop page (its stylesheet `delay` ms late), unpkg from dist/, and the endpoint. */
async function shop(options, { delay = 0, page = PAGE } = {}) {
  const context = await browser.newContext({ ...IPHONE, ...options });
  await answerEndpoint(context);
  await context.route(SHOP, (route) => route.fulfill({ contentType: 'text/html', body: page }));
  await context.route(SHOP_CSS, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, delay));
    await route.fulfill({ contentType: 'text/css', body: 'h1 { font-size: 20px; }' });
  });
  await context.route(/^https:\/\/unpkg\.com\/kakao-consult-button@[^/]+\/dist\//, async (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^\/kakao-consult-button@[^/]+\/dist\//, '');
    // unpkg answers with CORS headers; the integrity check needs them.
    const headers = { 'Access-Control-Allow-Origin': '*' };
    await route.fulfill({ contentType: 'text/javascript', headers, body: await readFile(new URL(path, DIST)) });
  });
  return context;
}

const boxOf = (locator) =>
  locator.evaluate((element) => {
    const { x, y, width, height } = element.getBoundingClientRect();
    return { x, y, width, height, background: getComputedStyle(element).backgroundColor };
  });

describe('the snippet `kakao-consult url --html` prints', () => {
  it('paints as the button with its own inline styles and launches with JavaScript off: GET launch with placement and campaign', async () => {
    const context = await shop({ javaScriptEnabled: false });
    const page = await context.newPage();
    const requested = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(SHOP);
    // Nothing of the kit's is fetched before the first paint: its styles are in the snippet.
    assert.deepEqual(
      requested.filter((url) => url.includes('unpkg.com') && !url.endsWith('.js')),
      [],
    );
    const host = page.locator('kakao-consult-button');
    const link = host.getByRole('link', { name: '상담하기' });
    assert.equal(await link.isVisible(), true);
    const box = await boxOf(host);
    assert.deepEqual([box.height, box.background], [45, 'rgb(254, 229, 0)']);
    const [request] = await Promise.all([page.waitForRequest(`${ENDPOINT}/**`), link.tap()]);
    assert.equal(request.method(), 'GET');
    assert.equal(new URL(request.url()).pathname, '/chat/open/@mybrand');
    assert.equal(new URL(request.url()).searchParams.get('extra'), 'p=cart;c=봄 세일');
    await context.close();
  });

  it('upgrades with JavaScript on, after the first paint: the link painted first, 0 px shift, one button', async () => {
    const off = await shop({ javaScriptEnabled: false });
    const still = await off.newPage();
    await still.goto(SHOP);
    const drawn = await boxOf(still.locator('kakao-consult-button'));
    await off.close();

    // The shop's stylesheet comes late and the script at once: without waiting for the first
    // frame, the script would run before the page ever painted the link.
    const context = await shop({}, { delay: Number(process.env.CSS_DELAY ?? 300) });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.seen = { shifts: [] };
      customElements.whenDefined('kakao-consult-button').then(() => (window.seen.defined = performance.now()));
      new PerformanceObserver((list) => {
        const paint = list.getEntriesByName('first-contentful-paint')[0];
        if (paint) window.seen.painted = paint.startTime;
      }).observe({ type: 'paint', buffered: true });
      new PerformanceObserver((list) => window.seen.shifts.push(...list.getEntries().map((entry) => entry.value))).observe({
        type: 'layout-shift',
        buffered: true,
      });
    });
    await page.goto(SHOP);
    await page.waitForFunction(() => document.querySelector('kakao-consult-button')?.shadowRoot?.querySelector('button'));
    await page.evaluate(() => document.querySelector('kakao-consult-button').updateComplete);
    const seen = await page.evaluate(() => window.seen);
    // The page painted, and the element came after. Not compared with the paint's time: that is
    // when the frame was presented, which on a busy machine can fall after the callbacks the
    // same frame ran (the upgrade waited for it all the same). The one-frame wait itself is held
    // by test/elements/consult-button/drawn-link-upgrade.test.ts.
    assert.ok(
      seen.painted !== undefined && seen.defined !== undefined,
      `upgraded at ${seen.defined} ms, first paint at ${seen.painted} ms`,
    );
    assert.deepEqual(seen.shifts, []);
    const host = page.locator('kakao-consult-button');
    // The host's box is the drawn link's (the yellow is the shadow button's now, not the host's).
    const { background, ...upgraded } = await boxOf(host);
    assert.equal(background, 'rgba(0, 0, 0, 0)');
    const { background: drawnBackground, ...geometry } = drawn;
    assert.equal(drawnBackground, 'rgb(254, 229, 0)');
    assert.deepEqual(upgraded, geometry);
    const snapshot = await host.ariaSnapshot();
    assert.equal(snapshot.match(/- (button|link)/g)?.length, 1, snapshot);
    assert.match(snapshot, /- button "상담하기"/);
    // The upgraded button launches on a tap (the phone's POST launch, with the context).
    const [request] = await Promise.all([page.waitForRequest(`${ENDPOINT}**`), host.tap()]);
    assert.match(request.postData() ?? request.url(), /p%3Dcart|p=cart/);
    await context.close();
  });

  it('draws the look it was asked for before the script (full width, large), and the element takes the same box', async () => {
    const page = shopPage(printed('--shape', 'full', '--size', 'large'));
    const off = await shop({ javaScriptEnabled: false }, { page });
    const still = await off.newPage();
    await still.goto(SHOP);
    const drawn = await boxOf(still.locator('kakao-consult-button'));
    const bodyWidth = await still.evaluate(() => document.body.clientWidth);
    await off.close();
    assert.deepEqual([drawn.width, drawn.height, drawn.background], [bodyWidth, 54, 'rgb(254, 229, 0)']);

    const context = await shop({}, { page });
    const upgraded = await context.newPage();
    await upgraded.goto(SHOP);
    await upgraded.waitForFunction(() => document.querySelector('kakao-consult-button')?.shadowRoot?.querySelector('button'));
    const { background, ...geometry } = await boxOf(upgraded.locator('kakao-consult-button'));
    assert.equal(background, 'rgba(0, 0, 0, 0)');
    assert.deepEqual(geometry, { x: drawn.x, y: drawn.y, width: drawn.width, height: drawn.height });
    await context.close();
  });
});
