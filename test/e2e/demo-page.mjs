// Shared by the end-to-end tests that drive the demo pages: the demo server and Chromium,
// the real endpoint answered locally, and an emulated iPhone.
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { startDemoServer } from '../../demo/server.mjs';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium.mjs';

export const ENDPOINT = 'https://bizmessage.kakao.com/chat/open';

export const IPHONE = {
  userAgent:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
};

/**
 * Answers every request to the 상담톡 endpoint in this context, GET URL and POST form alike.
 * `status: 204` leaves the page where it was, as when no app takes the launch.
 */
export async function answerEndpoint(context, { status = 200 } = {}) {
  const answer = (route) => route.fulfill(status === 204 ? { status } : { status, contentType: 'text/html', body: 'consult' });
  await context.route(`${ENDPOINT}/**`, answer);
  await context.route(ENDPOINT, answer);
}

/** Holds back this context's requests to `url` (a glob) until the returned function is called. */
export async function holdBack(context, url) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await context.route(url, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Resolves once every consult button on the page has upgraded and finished rendering. */
export async function buttonsRendered(page) {
  await page.waitForFunction(() => customElements.get('kakao-consult-button'));
  await page.evaluate(() => Promise.all([...document.querySelectorAll('kakao-consult-button')].map((element) => element.updateComplete)));
}

/**
 * Starts the demo server and Debian's Chromium before this test file's tests and stops them
 * after; `session.demo` and `session.browser` are set once `before` has run.
 */
export function demoSession() {
  const session = { demo: undefined, browser: undefined };
  before(async () => {
    session.demo = await startDemoServer({ port: 0 });
    session.browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  });
  after(async () => {
    await session.browser?.close();
    session.demo?.server.close();
  });
  return session;
}
