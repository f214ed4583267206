// Rendering cost in headless Chromium, next to a peer: the image link the Kakao SDK's chat
// button renders (<a><img>). Pages are generated here and served from memory on 127.0.0.1;
// each load is a first visit in a fresh browser context, with the built script-tag file
// included as the README shows (deferred, in the head).
//
// Time: from a performance mark at the top of the head (before the kit's script tags) until
// every button is rendered, then one forced layout. Rendered means, for the kit, every element
// upgraded with a <button> in its shadow root and working (its behaviour chunk applied:
// `updateComplete`); the kit's painted time, when every label is drawn, is noted on the way.
// For the peer, every image loaded and decoded. The page measures itself on DOMContentLoaded (after deferred
// scripts), so no polling delay is counted.
// Memory: after a forced GC, the renderer's V8 heap (JS) and Blink's heap (DOM, CSS), over the
// same page with no buttons, divided by the number of buttons.
import { readdir, readFile } from 'node:fs/promises';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium.mjs';
import { printSummary, printTable, serveRoutes } from './measure.js';
import { buttonImage, IMAGE_SETTLE, imageLink, KIT_SETTLE, median } from './pages.js';

const COUNTS = [1, 100, 1000];
const RUNS = 9;
const KINDS = ['kit', 'baseline'] as const;
type Kind = (typeof KINDS)[number];

const SCRIPT = '/dist/kakao-consult-button.min.js';
const SCRIPT_FILE = new URL(`../..${SCRIPT}`, import.meta.url);
const IMAGE = `data:image/png;base64,${buttonImage().toString('base64')}`;

const MARKUP: Record<Kind, string> = {
  kit: '<kakao-consult-button channel="@brand"></kakao-consult-button>',
  baseline: imageLink(IMAGE),
};

// Waits until every button is rendered and evaluates to how many are.
const SETTLE: Record<Kind, string> = { kit: KIT_SETTLE, baseline: IMAGE_SETTLE };

function page(kind: Kind, count: number, preload: string): string {
  const probe = `performance.mark('start');
  window.rendered = new Promise((resolve, reject) => addEventListener('DOMContentLoaded', () => (async () => { ${SETTLE[kind]} })().then((rendered) => {
    document.body.offsetHeight;
    resolve({ ms: performance.measure('rendered', 'start').duration, painted: window.painted ? window.painted - performance.getEntriesByName('start')[0].startTime : 0, rendered });
  }, reject)));`;
  const script =
    kind === 'kit' ? `<link rel="modulepreload" href="/dist/chunks/${preload}"><script type="module" src="${SCRIPT}"></script>` : '';
  return `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${kind} × ${count}</title>
<script>${probe}</script>${script}</head><body>
${Array.from({ length: count }, () => MARKUP[kind]).join('\n')}
</body></html>`;
}

async function serve(): Promise<{ origin: string; close: () => void }> {
  const kitScript = await readFile(SCRIPT_FILE).catch(() => {
    throw new Error(`${SCRIPT_FILE.pathname} is missing: run \`npm run build\` first.`);
  });
  const routes = new Map<string, [string, string | Buffer]>([[SCRIPT, ['text/javascript; charset=utf-8', kitScript]]]);
  // The chunks, served from dist/ as the script-tag file expects them; the element chunk is preloaded as the README shows.
  const chunks = await readdir(new URL('chunks/', SCRIPT_FILE));
  for (const chunk of chunks)
    routes.set(`/dist/chunks/${chunk}`, ['text/javascript; charset=utf-8', await readFile(new URL(`chunks/${chunk}`, SCRIPT_FILE))]);
  const element = chunks.find((name) => name.startsWith('consult-button-'))!;
  for (const kind of KINDS)
    for (const count of [0, ...COUNTS]) routes.set(`/${kind}/${count}`, ['text/html; charset=utf-8', page(kind, count, element)]);
  return serveRoutes(routes);
}

interface Sample {
  ms: number;
  /** The kit's labels drawn, before its behaviour applies. */
  painted: number;
  js: number;
  dom: number;
}

async function load(browser: Browser, origin: string, kind: Kind, count: number): Promise<Sample> {
  const context = await browser.newContext();
  try {
    // Anything but the local server is refused. Local requests are left out of the route: a
    // routed request waits on a round trip through this process, which made the kit's script
    // arrive up to 300 ms late.
    await context.route(
      (url) => url.origin !== origin,
      (route) => route.abort(),
    );
    const tab = await context.newPage();
    await tab.goto(`${origin}/${kind}/${count}`);
    const { ms, painted, rendered } = (await tab.evaluate('window.rendered')) as { ms: number; painted: number; rendered: number };
    if (rendered !== count) throw new Error(`${kind} page with ${count} buttons rendered ${rendered}`);
    const cdp = await context.newCDPSession(tab);
    // Twice: after one collection Blink's heap still varied by up to 0.5 MB from run to run.
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    return { ms, painted, js: heap.usedSize, dom: heap.embedderHeapUsedSize };
  } finally {
    await context.close();
  }
}

const server = await serve();
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const version = browser.version();
const samples = new Map(KINDS.flatMap((kind) => [0, ...COUNTS].map((count) => [`${kind}/${count}`, [] as Sample[]])));
try {
  // One discarded load of each kind, so the browser's own start-up is not in the first run.
  for (const kind of KINDS) await load(browser, server.origin, kind, 100);
  // Runs outermost and kinds alternating, so drift on a busy machine hits both kinds alike.
  for (let run = 0; run < RUNS; run += 1) {
    for (const count of [0, ...COUNTS]) {
      for (const kind of run % 2 ? [...KINDS].reverse() : KINDS) {
        samples.get(`${kind}/${count}`)!.push(await load(browser, server.origin, kind, count));
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}

/** Median of one figure over the runs of one page. */
const typical = (kind: Kind, count: number, figure: keyof Sample) =>
  median(samples.get(`${kind}/${count}`)!.map((sample) => sample[figure]));
/** Heap per button over the same page with none. */
const perButton = (kind: Kind, count: number, figure: 'js' | 'dom') => (typical(kind, count, figure) - typical(kind, 0, figure)) / count;
const ms = (value: number) => value.toFixed(1);
const bytes = (value: number) => `${Math.round(value).toLocaleString('en')} B`;
const kilobytes = (value: number) => `${(value / 1024).toFixed(0)} KB`;
const ratio = (count: number) => `${(typical('kit', count, 'ms') / typical('baseline', count, 'ms')).toFixed(2)}×`;

printTable(
  `render in Chromium ${version}: kit element vs image link (median of ${RUNS} first visits; heap after GC)`,
  [
    'buttons',
    'kit painted ms',
    'kit working ms',
    'baseline ms',
    'ratio (working)',
    'kit JS heap/button',
    'baseline JS heap/button',
    'kit DOM heap/button',
    'baseline DOM heap/button',
  ],
  COUNTS.map((count) => [
    count.toLocaleString('en'),
    ms(typical('kit', count, 'painted')),
    ms(typical('kit', count, 'ms')),
    ms(typical('baseline', count, 'ms')),
    ratio(count),
    bytes(perButton('kit', count, 'js')),
    bytes(perButton('baseline', count, 'js')),
    bytes(perButton('kit', count, 'dom')),
    bytes(perButton('baseline', count, 'dom')),
  ]),
);
console.log(
  `0 buttons: the kit's script alone takes ${ms(typical('kit', 0, 'ms'))} ms (blank page ${ms(typical('baseline', 0, 'ms'))} ms) ` +
    `and adds ${kilobytes(typical('kit', 0, 'js') - typical('baseline', 0, 'js'))} JS heap, ` +
    `${kilobytes(typical('kit', 0, 'dom') - typical('baseline', 0, 'dom'))} DOM heap. ` +
    'At 1 button the heap includes one-off costs of the first render (compiled code, template, styles).',
);

const most = COUNTS.at(-1)!;
printSummary({
  bench: 'render',
  figures: {
    [`${most.toLocaleString('en')} buttons painted`]: `${ms(typical('kit', most, 'painted'))} ms (image links ${ms(typical('baseline', most, 'ms'))} ms)`,
    [`${most.toLocaleString('en')} buttons working`]: `${ms(typical('kit', most, 'ms'))} ms (image links ${ms(typical('baseline', most, 'ms'))} ms, ${ratio(most)})`,
    'heap per button (JS + DOM)': `${bytes(perButton('kit', most, 'js') + perButton('kit', most, 'dom'))} (image link ${bytes(perButton('baseline', most, 'js') + perButton('baseline', most, 'dom'))})`,
  },
});
