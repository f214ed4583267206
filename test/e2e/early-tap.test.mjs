// A tap at any moment after the button is visible launches exactly once, on a phone-class CPU
// (4× throttled): while the behaviour chunk is held back, the moment it is released, and once
// the button works. The page loads the kit as the README shows; the endpoint answers 204, so
// the page stays and a second launch would be seen.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { answerEndpoint, demoSession, ENDPOINT, holdBack, IPHONE } from './demo-page.mjs';

const session = demoSession();
const BEHAVIOUR_CHUNK = '**/dist/chunks/consult-behaviour-*.js';
const behaviourFile = readdirSync(new URL('../../dist/chunks/', import.meta.url)).find((name) => name.startsWith('consult-behaviour-'));
const PAGE = `<!doctype html><html lang="ko"><head><meta charset="utf-8">
<link rel="stylesheet" href="/dist/kakao-consult-button.css">
<link rel="modulepreload" href="/dist/chunks/${behaviourFile}">
<script type="module" src="/dist/kakao-consult-button.min.js"></script>
</head><body><kakao-consult-button channel="@mybrand" shape="full"></kakao-consult-button></body></html>`;

/** An iPhone page at 4× CPU whose behaviour chunk waits for `release()`, and the launches it sends. */
async function heldBackPage() {
  const context = await session.browser.newContext(IPHONE);
  await answerEndpoint(context, { status: 204 });
  const launches = [];
  context.on('request', (request) => request.url().startsWith(ENDPOINT) && launches.push(request.url()));
  const release = await holdBack(context, BEHAVIOUR_CHUNK);
  await context.route('**/early-tap.html', (route) => route.fulfill({ contentType: 'text/html', body: PAGE }));
  const page = await context.newPage();
  await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    window.launchEvents = 0;
    document.addEventListener('consult-launch', () => (window.launchEvents += 1));
  });
  await page.goto(`${session.demo.url}early-tap.html`);
  const button = page.locator('kakao-consult-button').getByRole('button');
  await button.waitFor();
  return { context, page, button, launches, release };
}

/** Waits until the button works, then for anything a second launch would send. */
async function settled(page, launches) {
  await page.evaluate(() => document.querySelector('kakao-consult-button').updateComplete);
  await page.waitForFunction(() => window.launchEvents > 0);
  // The launch's request leaves after its event; a duplicate would follow the first.
  await page.waitForTimeout(500);
  return { events: await page.evaluate(() => window.launchEvents), requests: launches };
}

describe('a tap on a phone-class CPU, with the behaviour chunk held back and released', () => {
  const GET = `${ENDPOINT}/@mybrand?extra=k%3D%2Fearly-tap.html`;
  const moments = {
    'while the chunk is held back': async ({ button, release }) => {
      await button.tap();
      release();
    },
    'twice while the chunk is held back (a double tap)': async ({ button, release }) => {
      await button.tap();
      await button.tap();
      release();
    },
    'the moment the chunk is released': async ({ button, release }) => {
      release();
      await button.tap();
    },
    'once the button works': async ({ page, button, release }) => {
      release();
      await page.evaluate(() => document.querySelector('kakao-consult-button').updateComplete);
      await button.tap();
    },
  };
  for (const [moment, tapAt] of Object.entries(moments)) {
    it(`launches exactly once when tapped ${moment}`, async () => {
      const held = await heldBackPage();
      await tapAt(held);
      const { events, requests } = await settled(held.page, held.launches);
      assert.equal(events, 1);
      assert.deepEqual(requests, [GET]);
      await held.context.close();
    });
  }
});
