// The studio page (demo/qr.html, under the demo's strict CSP) in WebKitGTK, Debian's stand-in
// for Safari, through WebKitWebDriver: it starts, draws its code, and lays its cards out as
// Chromium does (WebKit drew a floated legend across the card's top edge).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startDemoServer } from '../../../demo/server.mjs';
import { webdriverDriver } from '../../engines/drivers/webdriver.mjs';
import { ensureWebKit } from '../../support/webkit.mjs';

let demo;
let browser;
before(async () => {
  demo = await startDemoServer({ port: 0 });
  browser = await webdriverDriver(ensureWebKit());
});
after(async () => {
  await browser?.close();
  demo?.server.close();
});

/** Resolves once the script returns true, asking every 100 ms for up to 20 s. */
async function until(script) {
  for (let tries = 200; tries > 0; tries--) {
    if (await browser.execute(script)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`never true in WebKit: ${script}`);
}

describe('the studio in WebKit', () => {
  it('draws the code, and keeps every section heading inside its card, clear of the top edge', async () => {
    await browser.open(`${demo.url}qr.html`);
    await until("return !document.getElementById('preview').hidden && document.getElementById('preview').complete");
    const headings = await browser.execute(`return [...document.querySelectorAll('#qr-form fieldset')].map((card) => {
      const edge = card.getBoundingClientRect();
      const heading = card.querySelector('legend').getBoundingClientRect();
      const first = card.querySelector('label').getBoundingClientRect();
      return { text: card.querySelector('legend').textContent, below: heading.top - edge.top, before: first.top - heading.bottom };
    });`);
    assert.equal(headings.length, 4);
    for (const { text, below, before } of headings) {
      assert.ok(below >= 8, `"${text}" starts ${below} px below its card's top edge`);
      assert.ok(before >= 0, `"${text}" ends before the card's first field (${before} px)`);
    }
  });
});
