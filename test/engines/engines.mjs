// The engines of the matrix: real older Chromiums, WebKit, and current ones with APIs taken
// away to act as the older engines this machine cannot run (see page/setup.js).
import { findChromium } from '../support/chromium.mjs';
import { sparticuzChromium } from '../support/sparticuz-chromium.mjs';
import { ensureWebKit } from '../support/webkit.mjs';
import { ensureFirefox } from '../support/firefox.mjs';
import { bidiDriver } from './drivers/bidi.mjs';
import { puppeteerDriver } from './drivers/puppeteer.mjs';
import { webdriverDriver } from './drivers/webdriver.mjs';

const webkit = () => webdriverDriver(ensureWebKit());

/** `name`, what it stands for, how to start it, and the page's `without` (APIs removed) and style `nonce`. */
export const ENGINES = [
  {
    name: 'Chromium (Debian)',
    standsFor: 'current Chrome, Edge',
    start: () => puppeteerDriver({ client: 'puppeteer-core-21', executablePath: findChromium() }),
  },
  {
    name: 'Chromium, no states',
    standsFor: 'Safari 16.4–17.3 (ElementInternals without states)',
    without: 'states',
    start: () => puppeteerDriver({ client: 'puppeteer-core-21', executablePath: findChromium() }),
  },
  {
    name: 'Chromium 119',
    standsFor: 'Android 7 System WebView',
    start: () => puppeteerDriver({ client: 'puppeteer-core-21', executablePath: sparticuzChromium('chromium-119') }),
  },
  {
    name: 'Chromium 109',
    standsFor: 'Chrome on Windows 7/8.1; Samsung Internet 20 is Chromium 106',
    start: () => puppeteerDriver({ client: 'puppeteer-core-19', executablePath: sparticuzChromium('chromium-109') }),
  },
  { name: 'WebKitGTK', standsFor: 'Safari, WKWebView', start: webkit },
  {
    name: 'Firefox ESR (Debian)',
    standsFor: 'Firefox; the floor, Firefox 115 ESR, is inferred (see README)',
    start: () => bidiDriver({ executablePath: ensureFirefox() }),
  },
  {
    name: 'WebKitGTK as Safari 15.4',
    standsFor: 'iOS 15–16.3: no ElementInternals, no adoptedStyleSheets',
    without: 'states,internals,adopted',
    nonce: 'engines',
    start: webkit,
  },
];
