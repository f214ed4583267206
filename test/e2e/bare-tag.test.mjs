// The README's empty-tag snippet (the element chunk's preload and the script-tag file with
// `blocking="render"`) pasted into a shop's page, unpkg answered from dist/ so the integrity
// hashes are checked. The script-tag file draws every bare tag as the link a server would draw
// before the element's code has arrived: with that code held back, the page's first paint
// shows working buttons and a tap launches; once it arrives, each link is upgraded in the same
// box. Run `npm run build` first.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium.mjs';
import { scriptTags } from '../support/readme-sections.mjs';
import { kitFiles } from '../../src/build/kit-files.mjs';
import { renderConsultButton } from '../../dist/ssr.js';
import { answerEndpoint, ENDPOINT, IPHONE } from './demo-page.mjs';

const DIST = new URL('../../dist/', import.meta.url);
const SHOP = 'https://shop.example/product';
const ELEMENT_CHUNK = /\/dist\/chunks\/consult-button-[\w-]+\.js$/;
/** Four tags as a shop writes them: a cart button, a large full-width one, one in English, and one with a hostile channel. */
const TAGS = [
  '<kakao-consult-button channel="@mybrand" placement="cart" campaign="봄 세일"></kakao-consult-button>',
  '<kakao-consult-button channel="@mybrand" placement="hero" size="large" shape="full"></kakao-consult-button>',
  '<p lang="en"><kakao-consult-button channel="@mybrand" placement="en"></kakao-consult-button></p>',
  `<kakao-consult-button channel='@x"><img src=x onerror="window.owned=1">' placement="bad"></kakao-consult-button>`,
];
const PAGE = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
${scriptTags(kitFiles(), { preload: true, blocking: ' blocking="render"' })}</head><body><h1>상품 상세</h1>${TAGS.join('\n')}
<script type="module">
  import { configure } from 'https://unpkg.com/kakao-consult-button@${kitFiles().version}/dist/kakao-consult-button.min.js';
  configure({ analytics: 'datalayer' });
</script></body></html>`;

let browser;
before(async () => {
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
});
after(() => browser?.close());

/** The page with the script tag only, pinned by its hash: no preload of the element's chunk. */
const SCRIPT_ONLY_PAGE = PAGE.replace(/<link rel="modulepreload"[^>]*>\n/, '');

/**
 * A phone (or `device`) serving the shop's page (`page`) and unpkg from dist/; the element's
 * chunk waits for `release()`, then fails with `fail`; the file `tamper` matches comes changed.
 */
async function shop({ fail = false, tamper = undefined, page: html = PAGE, device = IPHONE } = {}) {
  const context = await browser.newContext({ ...device });
  // 204: the page stays where it is after a launch, to be looked at.
  await answerEndpoint(context, { status: 204 });
  await context.route(SHOP, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await context.route(/^https:\/\/unpkg\.com\/kakao-consult-button@[^/]+\/dist\//, async (route) => {
    const url = route.request().url();
    if (ELEMENT_CHUNK.test(url)) {
      await held;
      if (fail) return route.fulfill({ status: 404, body: 'not deployed' });
    }
    const path = new URL(url).pathname.replace(/^\/kakao-consult-button@[^/]+\/dist\//, '');
    const body = await readFile(new URL(path, DIST), 'utf8');
    // unpkg answers with CORS headers; the integrity check needs them.
    await route.fulfill({
      contentType: 'text/javascript',
      headers: { 'Access-Control-Allow-Origin': '*' },
      body: tamper?.test(url) ? `${body}\n;globalThis.tampered = true;` : body,
    });
  });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    window.seen = { shifts: [] };
    new PerformanceObserver((list) => window.seen.shifts.push(...list.getEntries().map((entry) => entry.value))).observe({
      type: 'layout-shift',
      buffered: true,
    });
    // What the first paint showed: the links in the tags at the first frame.
    requestAnimationFrame(() => (window.seen.linksAtFirstFrame = document.querySelectorAll('kakao-consult-button > a').length));
  });
  return { context, page, errors, release };
}

const boxes = (page) =>
  page.locator('kakao-consult-button').evaluateAll((hosts) =>
    hosts.map((host) => {
      const { x, y, width, height } = host.getBoundingClientRect();
      return { x, y, width, height };
    }),
  );

describe("the README's empty-tag snippet", () => {
  it('draws each bare tag as the launch link a server would draw, before the element has arrived, and a tap launches', async () => {
    const { context, page, errors, release } = await shop();
    await page.goto(SHOP);
    assert.equal(await page.evaluate(() => window.seen.linksAtFirstFrame), 4);
    assert.equal(await page.evaluate(() => customElements.get('kakao-consult-button')), undefined);
    // The same link, attribute for attribute, as renderConsultButton's (the label in the tag's language).
    const drawn = await page.locator('kakao-consult-button').evaluateAll((hosts) => hosts.map((host) => host.innerHTML));
    const expected = TAGS.map((tag) => {
      const attributes = Object.fromEntries(
        [...tag.matchAll(/ ([a-z-]+)=(?:"([^"]*)"|'([^']*)')/g)].map(([, name, a, b]) => [name, a ?? b]),
      );
      return /<kakao-consult-button[^>]*>(.*)<\/kakao-consult-button>/.exec(
        renderConsultButton({ ...attributes, lang: tag.includes('lang="en"') ? 'en' : '' }),
      )[1];
    });
    // Compared as the browser serializes both (a <path/> reads back as <path></path>).
    const normalized = await page.evaluate(
      (list) => list.map((html) => Object.assign(document.createElement('template'), { innerHTML: html }).innerHTML),
      expected,
    );
    assert.deepEqual(drawn, normalized);
    // The hostile channel cannot launch: it is drawn without a link target, and nothing in it ran.
    assert.equal(await page.locator('kakao-consult-button[placement="bad"] img').count(), 0);
    assert.equal(await page.evaluate(() => window.owned), undefined);
    assert.equal(await page.locator('kakao-consult-button[placement="bad"] > a').getAttribute('href'), null);
    // Painted as the guide's button, in the look each asked for.
    const [cart, hero] = await boxes(page);
    const bodyWidth = await page.evaluate(() => document.body.clientWidth);
    assert.equal(cart.height, 45);
    assert.deepEqual([hero.width, hero.height], [bodyWidth, 54]);
    assert.equal(await page.locator('kakao-consult-button[placement="en"]').getByRole('link').textContent(), 'Consult');
    const link = page.locator('kakao-consult-button[placement="cart"]').getByRole('link', { name: '상담하기' });
    const [request] = await Promise.all([page.waitForRequest(`${ENDPOINT}/**`), link.tap()]);
    assert.equal(request.method(), 'GET');
    assert.equal(new URL(request.url()).searchParams.get('extra'), 'p=cart;c=봄 세일');
    release();
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('upgrades every link in the same box once the element arrives: no shift, one button each, configure() applied', async () => {
    const { context, page, errors, release } = await shop();
    await page.goto(SHOP);
    const drawn = await boxes(page);
    release();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('kakao-consult-button')].every((host) => host.shadowRoot?.querySelector('button')),
    );
    await page.evaluate(() => Promise.all([...document.querySelectorAll('kakao-consult-button')].map((host) => host.updateComplete)));
    // The three that can launch keep their boxes (the hostile one shows the element's note on its error).
    assert.deepEqual((await boxes(page)).slice(0, 3), drawn.slice(0, 3));
    assert.deepEqual(await page.evaluate(() => window.seen.shifts), []);
    const host = page.locator('kakao-consult-button[placement="cart"]');
    const snapshot = await host.ariaSnapshot();
    assert.equal(snapshot.match(/- (button|link)/g)?.length, 1, snapshot);
    // The element's own launch (the phone's POST, with the context), and the configure() call
    // the page made before the element's code was there reached it.
    const [request] = await Promise.all([page.waitForRequest(`${ENDPOINT}**`), host.tap()]);
    assert.match(request.postData() ?? request.url(), /p%3Dcart|p=cart/);
    assert.ok(
      await page.evaluate(() => window.dataLayer?.some((entry) => String(entry.event).startsWith('consult'))),
      'configure({ analytics }) did not reach the buttons',
    );
    // The hostile channel is the element's to report now.
    assert.ok(errors.length > 0 && errors.every((text) => /channel/i.test(text)), errors.join('\n'));
    await context.close();
  });

  it('keeps the drawn links working when the element cannot load, and says why once', async () => {
    const { context, page, errors, release } = await shop({ fail: true });
    await page.goto(SHOP);
    release();
    await page.waitForFunction(() => document.querySelectorAll('kakao-consult-button > a[href]').length === 3);
    await page.waitForTimeout(200);
    assert.equal(errors.filter((text) => text.includes("the button's code did not load")).length, 1, errors.join('\n'));
    const link = page.locator('kakao-consult-button[placement="hero"]').getByRole('link');
    const [request] = await Promise.all([page.waitForRequest(`${ENDPOINT}/**`), link.tap()]);
    assert.equal(new URL(request.url()).searchParams.get('extra'), 'p=hero');
    await context.close();
  });

  it("holds the element's code to the hash the script carries, with no preload in the page: a changed chunk never runs", async () => {
    const { context, page, errors, release } = await shop({ tamper: ELEMENT_CHUNK, page: SCRIPT_ONLY_PAGE });
    await page.goto(SHOP);
    release();
    await page.waitForFunction(() => document.querySelectorAll('kakao-consult-button > a[href]').length === 3);
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => globalThis.tampered), undefined, 'the changed code ran');
    assert.equal(await page.evaluate(() => customElements.get('kakao-consult-button')), undefined);
    const told = errors.filter((text) => text.includes("the button's code did not load"));
    assert.equal(told.length, 1, errors.join('\n'));
    assert.match(told[0], /chunks\/consult-button-[\w-]+\.js did not load, or does not match its hash/);
    // The drawn links still launch on their own.
    const link = page.locator('kakao-consult-button[placement="cart"]').getByRole('link');
    const [request] = await Promise.all([page.waitForRequest(`${ENDPOINT}/**`), link.tap()]);
    assert.equal(request.method(), 'GET');
    await context.close();
  });

  it("holds the element's lazy parts to the hashes the element carries: a changed dialogs chunk never runs on a PC", async () => {
    const { context, page, errors, release } = await shop({
      tamper: /\/dist\/chunks\/dialogs-[\w-]+\.js$/,
      device: { viewport: { width: 1280, height: 800 } },
    });
    await page.goto(SHOP);
    release();
    const button = page.locator('kakao-consult-button[placement="cart"]').getByRole('button');
    await button.waitFor();
    // On a PC a click opens the panel, whose code is the dialogs chunk.
    await button.click();
    // Told when the click needs the panel; a moment more for any code that might still run.
    const told = () => errors.filter((text) => text.includes("the dialogs' code did not load"));
    for (let waited = 0; !told().length && waited < 5000; waited += 100) await page.waitForTimeout(100);
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => globalThis.tampered), undefined, 'the changed code ran');
    assert.ok(told().length > 0, errors.join('\n'));
    assert.match(told()[0], /chunks\/dialogs-[\w-]+\.js did not load, or does not match its hash/);
    await context.close();
  });
});
