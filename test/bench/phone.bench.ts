// Time to a working button on a phone, next to what a site would use instead, in one run:
// Chromium's CPU throttled 4× (a mid-range phone) through the DevTools protocol, an Android
// Chrome user agent at 390 px with touch, first visits in fresh contexts, gzip from a local
// server. Two columns: local, and with 60 ms added to every response (a phone network's round
// trip; each request after the page costs one).
//
// Working, from navigation start: for a link in the page (the static link, the README's drawn
// link) its first contentful paint, checked to show a link that leads to the launch; for the
// image link and the Kakao-like peer every <a><img> in place, its image decoded, and the next
// frame; for a page whose tags the script-tag file drew as links (it does so before the
// element's code arrives) the next frame after they are all in place, each checked to lead to
// the launch; for the element every button's `updateComplete`, then the next frame, checked
// (not timed) that a tap at that moment launches at once. When each drawn link was upgraded
// to the element is printed too.
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { chromium, devices, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium.mjs';
import { ensureKoreanFont } from '../support/korean-font.mjs';
import { consultSnippet, renderConsultButton } from '../../dist/ssr.js';
import { printSummary, printTable } from './measure.js';
import { buttonImage, IMAGE_SETTLE, imageLink, KIT_SETTLE, median, ratioInterval, staticLink } from './pages.js';
import { firstTap } from './phone-tap.js';
import { profilePhoneLoad } from './phone-profile.js';
import { sdkLikeScript } from './sdk-like-peer.js';

const RUNS = Number(process.env.PHONE_RUNS ?? 9);
const COUNTS = [1, 100];
const CPU_SLOWDOWN = 4;
/** Added to every response in the second column: a phone network's round trip. */
const ADDED_MS = 60;
const NETWORKS = ['local', 'added'] as const;
type Network = (typeof NETWORKS)[number];
/** Another build's dist/ (e.g. main's), its bare tag in the same run, to compare a change. */
const COMPARE_DIST = process.env.PHONE_COMPARE_DIST;
type Kind = 'static' | 'image' | 'peer' | 'readme' | 'unscripted' | 'linked' | 'empty' | 'bare' | 'former' | 'compare';
const KINDS: Kind[] = [
  'static',
  'image',
  'peer',
  'readme',
  'unscripted',
  'linked',
  'empty',
  'bare',
  'former',
  ...(COMPARE_DIST ? (['compare'] as const) : []),
];
/**
 * The rows the targets compare (and a compared build's, and the README snippet's link without
 * its script, which splits that snippet's ratio into the look's share and the script's). One
 * first visit can differ from the next by a quarter here, so nine visits left a ratio's median
 * up to 0.3 apart from one run of the bench to the next: these rows get more.
 */
const TARGET_KINDS: readonly Kind[] = ['static', 'peer', 'readme', 'unscripted', 'bare', ...(COMPARE_DIST ? (['compare'] as const) : [])];
const TARGET_RUNS = Math.max(RUNS, Number(process.env.PHONE_TARGET_RUNS ?? 25));
const TITLE: Record<Kind, string> = {
  static: 'static link, same Korean label, inline style',
  image: 'image link',
  peer: 'SDK-like peer (script inserts <a><img>)',
  readme: "README's snippet (drawn link, inline styles, script)",
  unscripted: "README's snippet without its script (drawn link, inline styles)",
  linked: "README's strict-CSP snippet (drawn link, stylesheet, script)",
  empty: 'README\'s empty-tag snippet (preload, script with blocking="render")',
  bare: 'bare tag, script only (blocking="render")',
  former: 'former README snippet (stylesheet, preload, script, empty tag)',
  compare: `bare tag from ${COMPARE_DIST}`,
};
/** Whose first contentful paint is the moment it works: links drawn in the HTML. */
const PAINTED_LINK: ReadonlySet<Kind> = new Set(['static', 'readme', 'unscripted', 'linked']);

const ROOT = new URL('../../', import.meta.url);
/** An Android phone: Chrome's user agent, 390 px wide, touch. */
export const ANDROID = { ...devices['Pixel 7']!, viewport: { width: 390, height: 844 }, screen: { width: 390, height: 844 } };

/** Page script for painted links: the first contentful paint, and how many links lead to the launch; for the README snippet also when the script upgraded them. */
const PAINT_SETTLE = `const painted = await new Promise((resolve) => new PerformanceObserver((list, observer) => {
      const entry = list.getEntriesByName('first-contentful-paint')[0];
      if (entry) { observer.disconnect(); resolve(entry.startTime); }
    }).observe({ type: 'paint', buffered: true }));
    window.paintedAt = painted;
    // Links in the light DOM at first paint: the button the user sees then is a link.
    window.linksAtPaint = window.linksAtPaint ?? document.querySelectorAll('a[href^="https://bizmessage.kakao.com/chat/open/@brand"]').length;
    const links = window.linksAtPaint;
    if (document.querySelector('script[src$="/kakao-consult-button.min.js"]')) { await (async () => { ${KIT_SETTLE} })(); window.enhanced = performance.now(); }
    return links;`;

/** The next frame after `ready`: what the user sees, and can tap, from then on. */
const NEXT_FRAME = 'await new Promise((resolve) => requestAnimationFrame(resolve));';

/**
 * Page script for tags the kit's script loads: module scripts run before DOMContentLoaded, so
 * the script-tag file has drawn the bare tags by then; working at the next frame when every
 * tag holds a link to the launch, else (a build that does not draw them) when every element
 * is rendered. Either way it waits for the elements too, for the upgrade's time.
 */
const SCRIPT_SETTLE = `const buttons = [...document.querySelectorAll('kakao-consult-button')];
    const drawn = buttons.filter((button) => !button.shadowRoot && button.querySelector(':scope>a[href^="https://bizmessage.kakao.com/chat/open/@brand"]'));
    if (buttons.length && drawn.length === buttons.length) { ${NEXT_FRAME} window.paintedAt = performance.now(); }
    const count = await (async () => { ${KIT_SETTLE} })();
    if (window.paintedAt) window.enhanced = performance.now(); else { ${NEXT_FRAME} }
    return count;`;

/** The page script: resolves `window.working` with the time and a check that a tap launches now. */
function probe(kind: Kind): string {
  const settle =
    kind === 'image' || kind === 'peer'
      ? `const count = await (async () => { ${IMAGE_SETTLE} })(); ${NEXT_FRAME} return count;`
      : PAINTED_LINK.has(kind)
        ? PAINT_SETTLE
        : SCRIPT_SETTLE;
  // A tap on the kit's first button, its launch cancelled: on a phone it must launch during the tap.
  const tap = `const host = document.querySelector('kakao-consult-button');
    if (!host) return true;
    let launched = false;
    host.addEventListener('consult-launch', (event) => { launched = true; event.preventDefault(); }, { once: true });
    host.shadowRoot.querySelector('button').click();
    return launched;`;
  // At first paint the snippet must still be the drawn link (the script did not push it back).
  const paintedCheck =
    kind === 'readme' || kind === 'unscripted' || kind === 'linked'
      ? `if (window.linksAtPaint < 1) throw new Error('no drawn link at first paint');`
      : '';
  return `window.working = new Promise((resolve, reject) => addEventListener('DOMContentLoaded', () => (async () => { ${settle} })().then((count) => {
    const ms = performance.now();
    performance.mark('working');
    ${paintedCheck}
    resolve({ ms: window.paintedAt ?? ms, enhanced: window.enhanced ?? ms, count, launches: (${kind === 'static' || kind === 'unscripted'}) || (() => { ${tap} })() });
  }, reject)));`;
}

/** Script and preload for a dist/ served at `root`, as the README writes them. */
const scriptTag = (root: string) => `<script type="module" src="${root}/kakao-consult-button.min.js"></script>`;
/** The script tag the README gives for empty tags: the page's first paint waits for it, as for Kakao's SDK script. */
const blockingScriptTag = (root: string) => `<script type="module" blocking="render" src="${root}/kakao-consult-button.min.js"></script>`;
const stylesheet = (root: string) => `<link rel="stylesheet" href="${root}/kakao-consult-button.css">`;
const preload = (root: string, elementChunk: string) => `<link rel="modulepreload" href="${root}/chunks/${elementChunk}">`;
/** The README's first snippet, as the CLI prints it: its head (styles, script) and its button. */
function readmeSnippet() {
  const [head, button] = consultSnippet({ channel: '@brand' }, { base: '/dist' }).split('\n\n');
  return { head: head!, button: button! };
}

/** The snippet's head with its script tag taken out: its link and styles alone. */
function withoutScript(head: string): string {
  const stripped = head.replace(/<script\b[^]*?<\/script>/, '');
  if (stripped.includes('<script')) throw new Error(`the README snippet's head has more than one script: ${head}`);
  if (stripped === head) throw new Error(`the README snippet's head has no script to take out: ${head}`);
  return stripped;
}

function page(kind: Kind, count: number, chunks: { kit: string; compare: string }): string {
  const head = {
    static: '',
    image: '',
    peer: '<script src="/kakao-like.min.js"></script>',
    // What `kakao-consult url --html` prints, with this server's dist/ for unpkg.
    readme: readmeSnippet().head,
    unscripted: withoutScript(readmeSnippet().head),
    linked: stylesheet('/dist') + scriptTag('/dist'),
    empty: preload('/dist', chunks.kit) + blockingScriptTag('/dist'),
    bare: blockingScriptTag('/dist'),
    former: stylesheet('/dist') + preload('/dist', chunks.kit) + scriptTag('/dist'),
    compare: blockingScriptTag('/compare/dist'),
  }[kind];
  const button = {
    static: () => staticLink(),
    image: () => imageLink('/button.png'),
    peer: (index: number) => `<div id="kakao-chat-${index}"></div>`,
    readme: () => readmeSnippet().button,
    unscripted: () => readmeSnippet().button,
    linked: () => renderConsultButton({ channel: '@brand' }),
    empty: () => '<kakao-consult-button channel="@brand"></kakao-consult-button>',
    bare: () => '<kakao-consult-button channel="@brand"></kakao-consult-button>',
    former: () => '<kakao-consult-button channel="@brand"></kakao-consult-button>',
    compare: () => '<kakao-consult-button channel="@brand"></kakao-consult-button>',
  }[kind];
  const init =
    kind === 'peer'
      ? `<script>Kakao.init('local-key');for (let i = 0; i < ${count}; i += 1) Kakao.Channel.createChatButton({ container: '#kakao-chat-' + i, channelPublicId: '_brand', image: '/button.png' });</script>`
      : '';
  return `<!doctype html><html lang="ko"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${kind} × ${count}</title>
<script>${probe(kind)}</script>${head}</head><body><main><h1>상품 상세</h1><p>Product text.</p>
${Array.from({ length: count }, (_, index) => button(index)).join('\n')}
</main>${init}</body></html>`;
}

/** Serves every page and file, gzipped as a CDN serves them, on two ports: as it is, and with {@link ADDED_MS} before each response. */
async function serve(): Promise<{ origins: Record<Network, string>; close: () => void }> {
  const routes = new Map<string, [string, Buffer]>();
  const add = (path: string, type: string, body: string | Buffer) => routes.set(path, [type, Buffer.from(body)]);
  /** Serves a dist/ at `root` as the script-tag file expects it; returns its element chunk's name (a build before it: the behaviour chunk's). */
  const addDist = async (dist: URL, root: string) => {
    add(`${root}/kakao-consult-button.min.js`, 'text/javascript', await readFile(new URL('kakao-consult-button.min.js', dist)));
    add(`${root}/kakao-consult-button.css`, 'text/css', await readFile(new URL('kakao-consult-button.css', dist)));
    const chunks = await readdir(new URL('chunks/', dist));
    for (const chunk of chunks) add(`${root}/chunks/${chunk}`, 'text/javascript', await readFile(new URL(`chunks/${chunk}`, dist)));
    return chunks.find((name) => /^consult-(button|behaviour)-/.test(name))!;
  };
  const chunks = {
    kit: await addDist(new URL('dist/', ROOT), '/dist'),
    compare: COMPARE_DIST ? await addDist(new URL(`file://${COMPARE_DIST.replace(/\/?$/, '/')}`), '/compare/dist') : '',
  };
  add('/kakao-like.min.js', 'text/javascript', sdkLikeScript());
  add('/button.png', 'image/png', buttonImage());
  for (const kind of KINDS) for (const count of COUNTS) add(`/${kind}/${count}`, 'text/html', page(kind, count, chunks));
  const gzipped = new Map([...routes].map(([path, [, body]]) => [path, gzipSync(body, { level: 9 })]));
  const start = async (delay: number) => {
    const server = createServer((request, response) => {
      const path = request.url ?? '';
      const route = routes.get(path);
      const send = () => {
        if (!route) return void response.writeHead(404).end();
        const gzip = route[0] !== 'image/png' && /\bgzip\b/.test(String(request.headers['accept-encoding']));
        response.writeHead(200, {
          'Content-Type': `${route[0]}; charset=utf-8`,
          'Cache-Control': 'no-store',
          ...(gzip && { 'Content-Encoding': 'gzip' }),
        });
        response.end(gzip ? gzipped.get(path) : route[1]);
      };
      if (delay) setTimeout(send, delay);
      else send();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
  };
  const [local, added] = [await start(0), await start(ADDED_MS)];
  return { origins: { local: local.origin, added: added.origin }, close: () => (local.server.close(), added.server.close()) };
}

interface Sample {
  ms: number;
  enhanced: number;
}

/**
 * A fresh Android context with the CPU throttled before navigating. No request routing: it
 * would hold every request for a round trip through Playwright. The pages ask nothing but
 * this server, and every launch they make is cancelled.
 */
async function phonePage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ ...ANDROID });
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return tab;
}

async function load(browser: Browser, kind: Kind, count: number, network: Network): Promise<Sample> {
  const tab = await phonePage(browser);
  try {
    await tab.goto(`${server.origins[network]}/${kind}/${count}`);
    const result = (await tab.evaluate('window.working')) as Sample & { count: number; launches: boolean };
    if (result.count !== count) throw new Error(`${kind} page with ${count} buttons has ${result.count} working`);
    if (!result.launches) throw new Error(`${kind} page: a tap when the button counted as working did not launch`);
    return result;
  } finally {
    await tab.context().close();
  }
}

const koreanFont = ensureKoreanFont();
const server = await serve();
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const version = browser.version();
const key = (kind: Kind, count: number, network: Network) => `${kind}/${count}/${network}`;
const samples = new Map<string, Sample[]>();
const profile: string[] = [];
let taps: string[][];
try {
  // One discarded load of each kind, so the browser's own start-up is not in the first run.
  for (const kind of KINDS) await load(browser, kind, 1, 'local');
  // Runs outermost and kinds in turn (reversed every other run), so drift on a busy machine hits
  // all alike; after RUNS runs, only the targets' rows go on, to TARGET_RUNS.
  for (let run = 0; run < TARGET_RUNS; run += 1) {
    const kinds = run < RUNS ? KINDS : KINDS.filter((kind) => TARGET_KINDS.includes(kind));
    for (const network of NETWORKS) {
      for (const count of COUNTS) {
        for (const kind of run % 2 ? [...kinds].reverse() : kinds) {
          const list = samples.get(key(kind, count, network)) ?? [];
          list.push(await load(browser, kind, count, network));
          samples.set(key(kind, count, network), list);
        }
      }
    }
  }
  taps = await firstTap(
    () => phonePage(browser),
    server.origins.local,
    ['bare', 'readme'].map((kind) => ({ title: TITLE[kind as Kind], path: `/${kind}/1` })),
  );
  profile.push(...(await profilePhoneLoad(() => phonePage(browser), server.origins.local, '/bare/1')));
} finally {
  await browser.close();
  server.close();
}

const typical = (kind: Kind, count: number, network: Network, figure: keyof Sample = 'ms') =>
  median(samples.get(key(kind, count, network))!.map((sample) => sample[figure]));
const ms = (value: number) => value.toFixed(0);
const ratioOf = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
/**
 * A ratio of two rows' medians over the runs both took part in, with its 90 % interval, e.g.
 * `1.10× (1.02–1.19, 25 runs)`: a target is met only when the interval is within it.
 */
const ratioWithin = (kind: Kind, kindCount: number, peer: Kind, peerCount: number, network: Network) => {
  const times = (row: Kind, count: number) => samples.get(key(row, count, network))!.map((sample) => sample.ms);
  const [a, b] = [times(kind, kindCount), times(peer, peerCount)];
  const runs = Math.min(a.length, b.length);
  const [low, high] = ratioInterval(a.slice(0, runs), b.slice(0, runs));
  return `${ratioOf(median(a.slice(0, runs)), median(b.slice(0, runs)))} (${low.toFixed(2)}–${high.toFixed(2)}, ${runs} runs)`;
};
const columns = COUNTS.flatMap((count) => NETWORKS.map((network) => [count, network] as const));
const columnTitle = ([count, network]: readonly [number, Network]) =>
  `${count} button${count > 1 ? 's' : ''}, ${network === 'local' ? 'local' : `+${ADDED_MS} ms`}`;

console.log(
  koreanFont
    ? `Korean text is laid out with ${koreanFont}, as on a phone.`
    : 'No Korean font on this machine (fonts-noto-cjk): every Korean label is searched for across all fonts and drawn as boxes, which a phone never does.',
);
console.log(
  `The SDK-like peer is a local stand-in for Kakao's JS SDK 2.7.1 (${(sdkLikeScript().length / 1024).toFixed(0)} KB of generated code, then createChatButton's <a><img>): the real kakao.min.js cannot be fetched here.`,
);
printTable(
  `time to a working button, ms from navigation, Chromium ${version}, CPU ${CPU_SLOWDOWN}× slower, Android, 390 px, touch (median of ${RUNS} first visits; ${TARGET_RUNS} for the rows the targets compare: ${TARGET_KINDS.join(', ')})`,
  ['page', ...columns.map(columnTitle)],
  KINDS.map((kind) => [TITLE[kind], ...columns.map(([count, network]) => ms(typical(kind, count, network)))]),
);
/** The middle half of a row's samples (25th to 75th percentile): how much the median can be trusted. */
const spread = (kind: Kind, count: number, network: Network) => {
  const sorted = samples
    .get(key(kind, count, network))!
    .map((sample) => sample.ms)
    .sort((a, b) => a - b);
  const at = (share: number) => sorted[Math.round(share * (sorted.length - 1))]!;
  return `${ms(at(0.25))}–${ms(at(0.75))}`;
};
printTable(
  "the same, middle half of the first visits (25th–75th percentile), ms: the machine's noise",
  ['page', ...columns.map(columnTitle)],
  KINDS.map((kind) => [TITLE[kind], ...columns.map(([count, network]) => spread(kind, count, network))]),
);
printTable(
  'drawn links upgraded by the element in the same box (working as the element from then on), ms',
  ['page', ...columns.map(columnTitle)],
  (['readme', 'bare'] as const).map((kind) => [
    `${TITLE[kind]}, every element in place`,
    ...columns.map(([count, network]) => ms(typical(kind, count, network, 'enhanced'))),
  ]),
);
const RATIOS: [string, Kind, Kind, string][] = [
  ["README's snippet / static link", 'readme', 'static', '≤ 1.20'],
  ["  its script's share: README's snippet / the same without its script", 'readme', 'unscripted', ''],
  ["  its look's share: README's snippet without its script / static link", 'unscripted', 'static', ''],
  ["README's strict-CSP snippet / static link", 'linked', 'static', ''],
  ['bare tag / SDK-like peer', 'bare', 'peer', '≤ 1.00'],
  ["README's empty-tag snippet / SDK-like peer", 'empty', 'peer', ''],
  ['former README snippet / static link', 'former', 'static', ''],
  ['SDK-like peer / static link', 'peer', 'static', ''],
  ['image link / static link', 'image', 'static', ''],
  ...(COMPARE_DIST ? ([['compared bare tag / SDK-like peer', 'compare', 'peer', '']] as [string, Kind, Kind, string][]) : []),
];
printTable(
  "ratios of the medians, with their 90 % interval (a bootstrap over the runs, each run's pages kept together)",
  ['ratio', 'target', ...columns.map(columnTitle)],
  RATIOS.map(([title, kind, peer, target]) => [
    title,
    target,
    ...columns.map(([count, network]) => ratioWithin(kind, count, peer, count, network)),
  ]),
);
const [many] = COUNTS.slice(-1);
printTable(
  `${many} buttons on one page against one, with the 90 % interval (target ≤ 1.30×)`,
  ['page', ...NETWORKS.map((network) => (network === 'local' ? 'local' : `+${ADDED_MS} ms`))],
  KINDS.map((kind) => [TITLE[kind], ...NETWORKS.map((network) => ratioWithin(kind, many!, kind, 1, network))]),
);
printTable(
  'the first tap on a working button, CPU 4× slower (median of 5)',
  ['page', 'what it loads', 'bytes (transferred)', 'tap to launch'],
  taps,
);
for (const line of profile) console.log(line);

printSummary({
  bench: 'phone',
  figures: Object.fromEntries([
    ...columns.map(([count, network]) => [
      `${columnTitle([count, network])}: working, 4× CPU, Android`,
      `README snippet ${ms(typical('readme', count, network))} ms (${ratioWithin('readme', count, 'static', count, network)} static link ${ms(typical('static', count, network))}); bare tag ${ms(typical('bare', count, network))} ms (${ratioWithin('bare', count, 'peer', count, network)} SDK-like peer ${ms(typical('peer', count, network))})`,
    ]),
    [`${many} buttons ÷ 1, bare tag`, NETWORKS.map((network) => ratioWithin('bare', many!, 'bare', 1, network)).join(', ')],
    ...taps.map(([page, loads, bytes, time]) => [`first tap, ${page}`, `${time}, loads ${loads} (${bytes})`]),
  ]),
});
