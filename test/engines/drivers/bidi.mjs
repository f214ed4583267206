// Drives Firefox over WebDriver BiDi with puppeteer-core (`browser: 'firefox'`: no CDP, no
// browser download). The matrix's driver interface: open, call, url, screenshot, close.
export async function bidiDriver({ executablePath }) {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
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
