// Drives a Chromium through the puppeteer-core of its own era (a newer CDP client can hang on
// an older browser). The matrix's driver interface: open, call, url, screenshot, close.
import { CHROMIUM_ARGS } from '../../support/chromium.mjs';

export async function puppeteerDriver({ client, executablePath }) {
  const { default: puppeteer } = await import(client);
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    defaultViewport: { width: 1024, height: 730 },
  });
  const page = await browser.newPage();
  return {
    version: await browser.version(),
    open: (url) => page.goto(url, { waitUntil: 'load' }),
    call: (name) => page.evaluate((check) => window.engineChecks[check](), name),
    url: () => page.url(),
    screenshot: () => page.screenshot({ type: 'png' }),
    close: () => browser.close(),
  };
}
