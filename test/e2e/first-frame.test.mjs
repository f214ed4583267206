// The element's code (Lit inside) must not push back the first frame of a page whose buttons
// are links already. Each page here holds its first frame back with a slow render-blocking
// script while the kit's files come at once from the demo server. The element's chunk is
// evaluated after that frame, which Lit's Trusted Types policy, created as its code is
// evaluated, shows. Where the page drew its links (the README's snippet), the chunk is asked
// for only after that frame too, as it is compiled on arrival; links the script drew ask for
// it at once (their frame waited for the script anyway). Run `npm run build` first.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { consultSnippet } from '../../dist/ssr.js';
import { answerEndpoint, buttonsRendered, demoSession, IPHONE } from './demo-page.mjs';

const session = demoSession();
const elementFile = readdirSync(new URL('../../dist/chunks/', import.meta.url)).find((name) => name.startsWith('consult-button-'));
/** How long the first frame is held back: far longer than the kit's files take here. */
const HOLD_MS = 600;
/** First in each page: notes the first frame and the moment Lit's code is evaluated; then the script holding that frame back. */
const WATCH = `<script>
  window.seen = { order: [] };
  requestAnimationFrame(() => { window.seen.order.push('first frame'); window.seen.firstFrame = performance.now(); });
  const createPolicy = trustedTypes.createPolicy.bind(trustedTypes);
  trustedTypes.createPolicy = (name, rules) => { window.seen.order.push('policy ' + name); return createPolicy(name, rules); };
</script>
<script async blocking="render" src="/slow.js"></script>`;
const [HEAD, BUTTON] = consultSnippet({ channel: '@mybrand', placement: 'cart' }, { base: '/dist' }).split('\n\n');
/** Each page, and whether its chunk is asked for before the first frame or after it. */
const PAGES = {
  "the README's snippet (a drawn link)": { html: `${WATCH}\n${HEAD}\n</head><body>${BUTTON}`, fetched: 'after' },
  'a bare tag with the script only': {
    html: `${WATCH}
<script type="module" blocking="render" src="/dist/kakao-consult-button.min.js"></script>
</head><body><kakao-consult-button channel="@mybrand" placement="cart"></kakao-consult-button>`,
    fetched: 'before',
  },
};

describe("the element's code waits for the first frame of links", () => {
  for (const [name, { html, fetched }] of Object.entries(PAGES))
    it(`${name}: fetched ${fetched} the first frame, evaluated after it, then upgraded`, async () => {
      const context = await session.browser.newContext(IPHONE);
      await answerEndpoint(context);
      await context.route('**/slow.js', (route) => setTimeout(() => route.fulfill({ contentType: 'text/javascript', body: '' }), HOLD_MS));
      await context.route('**/first-frame.html', (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><html lang="ko"><head><meta charset="utf-8">${html}</body></html>`,
        }),
      );
      const chunkRequests = [];
      context.on('request', (request) => request.url().endsWith(`/dist/chunks/${elementFile}`) && chunkRequests.push(request.url()));
      const page = await context.newPage();
      await page.goto(`${session.demo.url}first-frame.html`);
      await buttonsRendered(page);
      const seen = await page.evaluate((file) => {
        const chunk = performance.getEntriesByType('resource').find((entry) => entry.name.endsWith(`/dist/chunks/${file}`));
        return { ...window.seen, chunkRequested: chunk?.startTime };
      }, elementFile);
      assert.ok(seen.firstFrame >= HOLD_MS, `the first frame was held back (at ${seen.firstFrame} ms)`);
      assert.deepEqual(seen.order, ['first frame', 'policy lit-html']);
      assert.equal(
        seen.chunkRequested < seen.firstFrame ? 'before' : 'after',
        fetched,
        `chunk requested at ${seen.chunkRequested} ms, first frame at ${seen.firstFrame} ms`,
      );
      assert.equal(chunkRequests.length, 1, 'the chunk is asked for once');
      assert.ok(await page.locator('kakao-consult-button').evaluate((host) => host.shadowRoot?.querySelector('button') != null));
      await context.close();
    });
});
