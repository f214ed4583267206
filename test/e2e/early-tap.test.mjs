// Each tap at any moment after the button is visible launches once, on a phone-class CPU
// (4× throttled): the README's snippet (a link drawn in the HTML) and a bare tag (the link the
// script-tag file draws), both upgraded by the element, with the element's chunk held back
// (the link is the button then), the moment it is released (the upgrade may come between the
// touch and the click), and once the element works. The endpoint answers 204, so the page
// stays and a second launch would be seen.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { consultSnippet } from '../../dist/ssr.js';
import { answerEndpoint, demoSession, ENDPOINT, holdBack, IPHONE } from './demo-page.mjs';

const session = demoSession();
const ELEMENT_CHUNK = '**/dist/chunks/consult-button-*.js';
// The snippet as `kakao-consult url --html` writes it (its inline styles for the full-width
// look), served from dist/; the page key written out, so the drawn link's GET is the one the
// element sends.
const [HEAD, BUTTON] = consultSnippet({ channel: '@mybrand', shape: 'full', 'page-key': '/early-tap.html' }, { base: '/dist' }).split(
  '\n\n',
);
const PAGES = {
  "the README's snippet": `<!doctype html><html lang="ko"><head><meta charset="utf-8">\n${HEAD}\n</head><body>${BUTTON}</body></html>`,
  'a bare tag': `<!doctype html><html lang="ko"><head><meta charset="utf-8">
<script type="module" blocking="render" src="/dist/kakao-consult-button.min.js"></script></head>
<body><kakao-consult-button channel="@mybrand" shape="full" page-key="/early-tap.html"></kakao-consult-button></body></html>`,
};

/** An iPhone page at 4× CPU whose element chunk waits for `release()`, and the launches it sends. */
async function heldBackPage(html) {
  const context = await session.browser.newContext(IPHONE);
  await answerEndpoint(context, { status: 204 });
  const launches = [];
  context.on('request', (request) => request.url().startsWith(ENDPOINT) && launches.push(request.url()));
  const release = await holdBack(context, ELEMENT_CHUNK);
  await context.route('**/early-tap.html', (route) => route.fulfill({ contentType: 'text/html', body: html }));
  const page = await context.newPage();
  await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(`${session.demo.url}early-tap.html`, { waitUntil: 'commit' });
  // The drawn link, or the element's button once upgraded: whichever is there, tapped in its box.
  const button = page.locator('kakao-consult-button');
  await page.getByRole('link', { name: '상담하기' }).waitFor();
  return { context, page, button, launches, release };
}

/**
 * Waits until a launch went out, then for anything a second one would send. (A tap on the
 * drawn link navigates: the browser stops loading the page then, so it may never upgrade.)
 */
async function settled(page, launches) {
  while (!launches.length) await page.waitForTimeout(50);
  // A duplicate would follow the first.
  await page.waitForTimeout(500);
  return launches;
}

describe('a tap on a phone-class CPU, with the element chunk held back and released', () => {
  const GET = `${ENDPOINT}/@mybrand?extra=k%3D%2Fearly-tap.html`;
  const moments = {
    'while the chunk is held back': async ({ button, release }) => {
      await button.tap();
      release();
    },
    // The drawn link is a plain link then: one GET per tap, as any link sends (and a browser
    // keeps only the last navigation); the script cannot run before it has arrived.
    'twice while the chunk is held back (a double tap on the link)': async ({ button, release }) => {
      await button.tap();
      await button.tap();
      release();
      return 2;
    },
    'the moment the chunk is released': async ({ button, release }) => {
      release();
      await button.tap();
    },
    'once the button works': async ({ page, button, release }) => {
      release();
      await page.waitForFunction(() => customElements.get('kakao-consult-button'));
      await page.evaluate(() => document.querySelector('kakao-consult-button').updateComplete);
      await button.tap();
    },
  };
  for (const [page, html] of Object.entries(PAGES))
    for (const [moment, tapAt] of Object.entries(moments)) {
      it(`${page} launches once per tap when tapped ${moment}`, async () => {
        const held = await heldBackPage(html);
        const taps = (await tapAt(held)) ?? 1;
        assert.deepEqual(await settled(held.page, held.launches), Array(taps).fill(GET));
        await held.context.close();
      });
    }
});
