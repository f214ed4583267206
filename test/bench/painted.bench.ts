// "Painted without script": server-rendered buttons (kakao-consult-button/ssr, with the
// pre-upgrade stylesheet) next to the peer's image link, in the same run, each load a first
// visit in a fresh context. The same server-rendered page with the script-tag file added
// also shows when its buttons work.
import { readdir, readFile } from 'node:fs/promises';
import { chromium, type Browser } from 'playwright-core';
import { preUpgradeCss, renderConsultButton } from '../../dist/ssr.js';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium.mjs';
import { buttonImage, imageLink, median } from './pages.js';
import { printSummary, printTable, serveRoutes } from './measure.js';

const COUNTS = [1, 100];
const RUNS = 9;
const KINDS = ['server-rendered', 'image link', 'server-rendered, linked CSS', 'server-rendered + script'] as const;
type Kind = (typeof KINDS)[number];
const DIST = new URL('../../dist/', import.meta.url);

const BUTTON = renderConsultButton({ channel: '@brand' });
const IMAGE_LINK = imageLink(`data:image/png;base64,${buttonImage().toString('base64')}`);
const STYLESHEET = '<link rel="stylesheet" href="/dist/kakao-consult-button.css">';
/** The stylesheet inlined, as a server rendering the page can do (`preUpgradeCss()`): no request before the first paint. */
const INLINE_STYLE = `<style>${preUpgradeCss()}</style>`;

/**
 * Measured as render.bench.ts measures: from a mark at the top of the head until the buttons
 * can paint, then one forced layout. Server-rendered: its stylesheet applied (render-blocking,
 * as the page loads it). Image link: every image decoded. With the script, also until every
 * element works (upgraded, behaviour applied).
 */
const PROBE = `performance.mark('start');
window.measured = new Promise((resolve) => addEventListener('DOMContentLoaded', async () => {
  const sheet = document.querySelector('link[rel=stylesheet]');
  if (sheet && !sheet.sheet) await new Promise((loaded) => sheet.addEventListener('load', loaded, { once: true }));
  await Promise.all([...document.images].map((image) => image.decode()));
  document.body.offsetHeight;
  const painted = performance.measure('painted', 'start').duration;
  let working = 0;
  if (document.querySelector('script[src]')) {
    await customElements.whenDefined('kakao-consult-button');
    const buttons = [...document.querySelectorAll('kakao-consult-button')];
    await Promise.all(buttons.map(async (button) => { while (!(await button.updateComplete)); }));
    document.body.offsetHeight;
    working = performance.measure('working', 'start').duration;
  }
  resolve({ painted, working });
}));`;

function page(kind: Kind, count: number): string {
  const script = '<script type="module" src="/dist/kakao-consult-button.min.js"></script>';
  const head = {
    'server-rendered': INLINE_STYLE,
    'image link': '',
    'server-rendered, linked CSS': STYLESHEET,
    'server-rendered + script': STYLESHEET + script,
  }[kind];
  const markup = kind === 'image link' ? IMAGE_LINK : BUTTON;
  return `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${kind}</title><script>${PROBE}</script>${head}</head><body>
${Array.from({ length: count }, () => markup).join('\n')}
</body></html>`;
}

async function serve(): Promise<{ origin: string; close: () => void }> {
  const routes = new Map<string, [string, string | Buffer]>([
    ['/dist/kakao-consult-button.min.js', ['text/javascript; charset=utf-8', await readFile(new URL('kakao-consult-button.min.js', DIST))]],
    ['/dist/kakao-consult-button.css', ['text/css; charset=utf-8', await readFile(new URL('kakao-consult-button.css', DIST))]],
  ]);
  const chunks = await readdir(new URL('chunks/', DIST));
  for (const chunk of chunks)
    routes.set(`/dist/chunks/${chunk}`, ['text/javascript; charset=utf-8', await readFile(new URL(`chunks/${chunk}`, DIST))]);
  for (const [index, kind] of KINDS.entries())
    for (const count of COUNTS) routes.set(`/${index}/${count}`, ['text/html; charset=utf-8', page(kind, count)]);
  return serveRoutes(routes);
}

async function load(browser: Browser, origin: string, kind: Kind, count: number): Promise<{ painted: number; working: number }> {
  const context = await browser.newContext();
  try {
    await context.route(
      (url) => url.origin !== origin,
      (route) => route.abort(),
    );
    const tab = await context.newPage();
    await tab.goto(`${origin}/${KINDS.indexOf(kind)}/${count}`);
    return (await tab.evaluate('window.measured')) as { painted: number; working: number };
  } finally {
    await context.close();
  }
}

const server = await serve();
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const samples = new Map(KINDS.flatMap((kind) => COUNTS.map((count) => [`${kind}/${count}`, [] as { painted: number; working: number }[]])));
try {
  for (const kind of KINDS) await load(browser, server.origin, kind, 1);
  // Kinds alternate within each run, so drift on a busy machine hits them alike.
  for (let run = 0; run < RUNS; run += 1) {
    for (const count of COUNTS)
      for (const kind of run % 2 ? [...KINDS].reverse() : KINDS)
        samples.get(`${kind}/${count}`)!.push(await load(browser, server.origin, kind, count));
  }
} finally {
  await browser.close();
  server.close();
}

const typical = (kind: Kind, count: number, figure: 'painted' | 'working') =>
  median(samples.get(`${kind}/${count}`)!.map((sample) => sample[figure]));
const ms = (value: number) => value.toFixed(1);
const ratio = (count: number) => `${(typical('server-rendered', count, 'painted') / typical('image link', count, 'painted')).toFixed(2)}×`;

printTable(
  `painted without script: ms until the buttons can paint, median of ${RUNS} first visits`,
  ['buttons', 'server-rendered ms (inline CSS)', 'image link ms', 'ratio', 'linked CSS ms', 'linked CSS + script: working ms'],
  COUNTS.map((count) => [
    count,
    ms(typical('server-rendered', count, 'painted')),
    ms(typical('image link', count, 'painted')),
    ratio(count),
    ms(typical('server-rendered, linked CSS', count, 'painted')),
    ms(typical('server-rendered + script', count, 'working')),
  ]),
);
printSummary({
  bench: 'painted',
  figures: Object.fromEntries(
    COUNTS.map((count) => [
      `${count} server-rendered painted`,
      `${ms(typical('server-rendered', count, 'painted'))} ms (image links ${ms(typical('image link', count, 'painted'))} ms, ${ratio(count)}); working with the script ${ms(typical('server-rendered + script', count, 'working'))} ms`,
    ]),
  ),
});
