// Server-rendered buttons (demo/server-rendered.mjs: React's renderToString and
// renderConsultButton): with JavaScript off they paint as the guide's button and a tap opens
// the GET launch; with it on, the element takes the same box over, with one button to hear.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerEndpoint, buttonsRendered, demoSession, ENDPOINT, IPHONE } from './demo-page.mjs';

const session = demoSession();
const PAGE = () => new URL('server-rendered.html', session.demo.url).href;

/** The host's box and its background colour, as painted. */
const boxOf = (locator) =>
  locator.evaluate((element) => {
    const { x, y, width, height } = element.getBoundingClientRect();
    return { x, y, width, height };
  });

describe('a server-rendered button', () => {
  it('paints and launches with JavaScript off (phone): yellow box, symbol, label, GET launch with its placement and no member', async () => {
    const context = await session.browser.newContext({ ...IPHONE, javaScriptEnabled: false });
    await answerEndpoint(context);
    const page = await context.newPage();
    await page.goto(PAGE());
    const host = page.locator('kakao-consult-button[data-demo="react"]');
    const link = host.getByRole('link', { name: '상담하기' });
    assert.equal(await link.isVisible(), true);
    const look = await host.evaluate((element) => {
      const svg = element.querySelector('svg');
      return {
        background: getComputedStyle(element).backgroundColor,
        height: element.getBoundingClientRect().height,
        symbol: svg.getBoundingClientRect().width,
        fill: getComputedStyle(svg).fill,
      };
    });
    assert.deepEqual(look, { background: 'rgb(254, 229, 0)', height: 45, symbol: 18, fill: 'rgb(0, 0, 0)' });
    const [request] = await Promise.all([page.waitForRequest(`${ENDPOINT}/**`), link.tap()]);
    const url = new URL(request.url());
    assert.equal(url.pathname, '/chat/open/@mybrand');
    assert.equal(url.searchParams.get('extra'), 'p=ssr_react');
    assert.equal(request.method(), 'GET');
    assert.doesNotMatch(request.url(), /m%3D|member/);
    await context.close();
  });

  it('upgrades in place with JavaScript on: 0 px layout shift and one button in the accessibility tree', async () => {
    const context = await session.browser.newContext(IPHONE);
    await answerEndpoint(context);
    const page = await context.newPage();
    // Hold the script back so the server-drawn box is measured before the element runs.
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route('**/dist/kakao-consult-button.min.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.addInitScript(() => {
      window.shifts = [];
      new PerformanceObserver((list) => window.shifts.push(...list.getEntries().map((entry) => entry.value))).observe({
        type: 'layout-shift',
        buffered: true,
      });
    });
    // Module scripts hold DOMContentLoaded back: wait for the markup itself.
    await page.goto(PAGE(), { waitUntil: 'commit' });
    const hosts = ['react', 'plain'].map((name) => page.locator(`kakao-consult-button[data-demo="${name}"]`));
    await hosts[1].waitFor();
    const before = await Promise.all(hosts.map(boxOf));
    release();
    await buttonsRendered(page);
    const after = await Promise.all(hosts.map(boxOf));
    assert.deepEqual(after, before);
    assert.deepEqual(await page.evaluate(() => window.shifts), []);
    for (const host of hosts) {
      const snapshot = await host.ariaSnapshot();
      assert.equal(snapshot.match(/- (button|link)/g)?.length, 1, snapshot);
      assert.match(snapshot, /- button "(상담하기|카톡으로 상담하세요)"/);
    }
    await context.close();
  });
});
