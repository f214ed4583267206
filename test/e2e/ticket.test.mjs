// Member by reference, end to end: the site's server issues a ticket, the button carries it
// on every path (the PC panel's QR code included, where member fields never go), the agent
// side reads it from what 상담톡 posts to /reference and redeems it once.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { issueTicket, MemoryTicketStore, readReference, redeemTicket } from '../../dist/node/server/index.js';
import { answerEndpoint, demoSession, ENDPOINT, IPHONE } from './demo-page.mjs';

const SECRET = 'a-server-secret-of-32-characters';
const MEMBER = { id: 'A1029', grade: 'VIP', name: '김상담' };
const session = demoSession();

/**
 * A page of the site as the README shows it: the script tag, a button, and configure() with
 * the member and a ticket fetched from the site's server (here answered by the test).
 */
async function sitePage(contextOptions, store) {
  const context = await session.browser.newContext(contextOptions);
  await answerEndpoint(context);
  const origin = `http://127.0.0.1:${session.demo.server.address().port}`;
  const posts = [];
  context.on('request', (request) => request.method() === 'POST' && request.url() === ENDPOINT && posts.push(request.postData()));
  await context.route(`${origin}/site.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="ko"><body>
        <script type="module">
          import { configure } from '/dist/kakao-consult-button.min.js';
          configure({ member: () => ({ id: 'A1029', grade: 'VIP' }), ticket: () => fetch('/api/consult-ticket', { method: 'POST' }).then((r) => r.text()) });
        </script>
        <kakao-consult-button channel="@mybrand" placement="order_detail"></kakao-consult-button>
      </body></html>`,
    }),
  );
  await context.route(`${origin}/api/consult-ticket`, async (route) =>
    route.fulfill({ body: await issueTicket(MEMBER, SECRET, { store }) }),
  );
  const page = await context.newPage();
  await page.goto(`${origin}/site.html`);
  await page.evaluate(() =>
    customElements.whenDefined('kakao-consult-button').then(() => document.querySelector('kakao-consult-button').updateComplete),
  );
  return { context, page, posts };
}

/** What 상담톡 posts to the partner's /reference when the consult starts, carrying this extra. */
const referenceBody = (extra) =>
  JSON.stringify({ user_key: 'Xj1bW5wlE5SR', session_id: '163755146', time: Date.now(), reference: { extra, text: '' } });

describe('member by reference', () => {
  it('carries the ticket in the PC QR code without member fields; the agent redeems it once', async () => {
    const store = new MemoryTicketStore();
    const { context, page } = await sitePage({}, store);
    await page.locator('kakao-consult-button').click();
    const code = page.getByRole('dialog').locator('kakao-consult-qr svg');
    await code.waitFor();
    const png = PNG.sync.read(await code.screenshot());
    const url = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
    const extra = new URL(url).searchParams.get('extra');
    assert.match(extra, /^p=order_detail;r=[A-Za-z0-9_-]{16};k=\/site\.html$/);
    assert.doesNotMatch(url, /A1029|VIP|m%3D|g%3D/);

    const reference = await readReference(referenceBody(extra));
    assert.equal(reference.source, 'reference');
    assert.deepEqual(await redeemTicket(reference.ticket, SECRET, { store }), MEMBER);
    assert.equal(await redeemTicket(reference.ticket, SECRET, { store }), undefined, 'a ticket is redeemed once');
    await context.close();
  });

  it('carries the ticket and the member in a phone POST', async () => {
    const store = new MemoryTicketStore();
    const { context, page, posts } = await sitePage(IPHONE, store);
    const navigation = page.waitForURL(ENDPOINT);
    await page.locator('kakao-consult-button').tap();
    await navigation;
    const fields = Object.fromEntries(new URLSearchParams(posts[0]));
    // 50 characters: the page key (lowest priority) makes room for the member.
    assert.match(fields.extra, /^p=order_detail;r=[A-Za-z0-9_-]{16};m=A1029;g=VIP$/);
    const { ticket } = await readReference(referenceBody(fields.extra));
    assert.deepEqual(await redeemTicket(ticket, SECRET, { store }), MEMBER);
    await context.close();
  });

  it('gives nothing for a ticket past its expiry', async () => {
    const store = new MemoryTicketStore();
    const ticket = await issueTicket(MEMBER, SECRET, { store, ttl: 50 });
    await new Promise((resolve) => setTimeout(resolve, 120));
    assert.equal(await redeemTicket(ticket, SECRET, { store }), undefined);
  });
});
