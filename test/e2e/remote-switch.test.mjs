// The site's switch holds every launch: a tap before the operating config has answered waits
// for it, then obeys it. Measured here in real Chromium: whether the tap's user activation
// survives the wait (a PC popup needs it) and that a phone still navigates.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerEndpoint, demoSession, ENDPOINT, IPHONE } from './demo-page.mjs';

const session = demoSession();
const CONFIG_DELAY_MS = 800;

/** A site page with one button whose config answers `config` after a delay. */
async function sitePage(contextOptions, config, pcMode = 'popup') {
  const context = await session.browser.newContext(contextOptions);
  await answerEndpoint(context);
  const origin = `http://127.0.0.1:${session.demo.server.address().port}`;
  await context.route(`${origin}/site.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="ko"><body>
        <script type="module" src="/dist/kakao-consult-button.min.js"></script>
        <kakao-consult-button channel="@mybrand" pc-mode="${pcMode}" config-src="/api/consult-config.json"></kakao-consult-button>
      </body></html>`,
    }),
  );
  await context.route(`${origin}/api/consult-config.json`, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, CONFIG_DELAY_MS));
    await route.fulfill({ contentType: 'application/json', body: JSON.stringify(config) });
  });
  const page = await context.newPage();
  // What the page knows at the moment of the launch: is the tap's activation still valid?
  await page.addInitScript(() => {
    document.addEventListener('consult-launch', () => (window.activationAtLaunch = navigator.userActivation.isActive));
  });
  await page.goto(`${origin}/site.html`);
  // The element in place (the script-tag file's drawn link is the button until then).
  await page.waitForFunction(() => document.querySelector('kakao-consult-button')?.shadowRoot?.querySelector('button'));
  return { context, page };
}

describe('a tap before the site has answered', () => {
  it("PC popup: waits for enabled: true, then opens the popup with the tap's activation still valid", async () => {
    const { context, page } = await sitePage({}, { enabled: true });
    const popup = page.waitForEvent('popup');
    const tapped = Date.now();
    await page.locator('kakao-consult-button').click();
    assert.equal(await page.locator('kakao-consult-button button').getAttribute('aria-busy'), 'true');
    await popup;
    const waited = Date.now() - tapped;
    const active = await page.evaluate(() => window.activationAtLaunch);
    console.log(
      `  Chromium: popup opened ${waited} ms after the tap (config answered after ${CONFIG_DELAY_MS} ms); user activation still active at launch: ${active}`,
    );
    assert.equal(active, true);
    await context.close();
  });

  it('phone: waits for enabled: true, then opens the launch in the tab', async () => {
    const { context, page } = await sitePage(IPHONE, { enabled: true });
    const navigation = page.waitForURL(`${ENDPOINT}/**`);
    await page.locator('kakao-consult-button').tap();
    await navigation;
    await context.close();
  });

  it('phone: launches nothing when the answer is enabled: false, and the button goes', async () => {
    const { context, page } = await sitePage(IPHONE, { enabled: false });
    let launched = false;
    page.on('framenavigated', (frame) => frame === page.mainFrame() && frame.url().startsWith(ENDPOINT) && (launched = true));
    await page.locator('kakao-consult-button').tap();
    await page.locator('kakao-consult-button').waitFor({ state: 'hidden' });
    await page.waitForTimeout(300);
    assert.equal(launched, false);
    assert.equal(page.url().startsWith(ENDPOINT), false);
    await context.close();
  });
});
