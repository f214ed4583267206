// Time to a working button on a phone-class CPU, next to the peers a site would use instead,
// in one run: Chromium's CPU throttled 4× (a mid-range phone) through the DevTools protocol,
// an emulated iPhone, first visits in fresh contexts, gzip from a local server. Two columns:
// local bytes, and a simulated slow network (150 ms round trip, 1.6 Mbps), where each
// request after the page costs a round trip.
//
// Working, from navigation start: for the kit every button's `updateComplete` resolved, then
// checked (not timed) that a tap at that moment launches at once; for the image link and the
// Kakao-like peer every <a><img> in place and its image decoded; for the server-drawn kit the
// first contentful paint, which shows its links (checked to lead to the launch), and then when
// the script has enhanced them. The page alone (no button, its first contentful paint) is the
// floor every page shares.
import { build } from 'esbuild';
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { chromium, devices, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium.mjs';
import { preUpgradeCss, renderConsultButton } from '../../dist/ssr.js';
import { printSummary, printTable } from './measure.js';
import { buttonImage, IMAGE_SETTLE, imageLink, KIT_SETTLE, median } from './pages.js';
import { profilePhoneLoad } from './phone-profile.js';
import { sdkLikeScript } from './sdk-like-peer.js';

const RUNS = Number(process.env.PHONE_RUNS ?? 9);
const COUNTS = [1, 5];
const CPU_SLOWDOWN = 4;
/** 150 ms round trip, 1.6 Mbps down, 750 kbps up: DevTools' "Slow 4G"-like profile. */
const SLOW_NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const NETWORKS = ['local', 'slow'] as const;
type Network = (typeof NETWORKS)[number];
/** Another build's dist/ (e.g. main's), loaded as the README shows, to compare a change in the same run. */
const COMPARE_DIST = process.env.PHONE_COMPARE_DIST;
type Kind = 'kit' | 'drawn' | 'bundle' | 'image' | 'peer' | 'blank' | 'compare';
const KINDS: Kind[] = ['kit', 'drawn', 'bundle', 'image', 'peer', 'blank', ...(COMPARE_DIST ? (['compare'] as const) : [])];
const TITLE: Record<Kind, string> = {
  kit: 'kit, as the README loads it',
  drawn: 'kit, server-drawn link, inline CSS (+ the script)',
  bundle: 'kit, bundled (esbuild)',
  image: 'image link',
  peer: 'Kakao-like SDK peer',
  blank: 'the page alone, no button (floor)',
  compare: `kit from ${COMPARE_DIST}`,
};

const ROOT = new URL('../../', import.meta.url);
const PHONE = devices['iPhone 13']!;

/** The bundler user's app: `import 'kakao-consult-button'`, resolved to dist/index.js, in one minified file. */
async function bundledApp(): Promise<string> {
  const { outputFiles } = await build({
    stdin: { contents: "import 'kakao-consult-button';", resolveDir: ROOT.pathname },
    alias: { 'kakao-consult-button': `${ROOT.pathname}dist/index.js` },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
  });
  return outputFiles[0]!.text;
}

/**
 * Page script for the server-drawn kit and the bare page: the first contentful paint (when the
 * drawn links show, as links), noted as `window.paintedAt`; then, for the kit, its buttons
 * enhanced by the script (`window.enhanced`). Evaluates to how many links lead to the launch.
 */
const PAINT_SETTLE = `window.paintedAt = await new Promise((resolve) => new PerformanceObserver((list, observer) => {
      const entry = list.getEntriesByName('first-contentful-paint')[0];
      if (entry) { observer.disconnect(); resolve(entry.startTime); }
    }).observe({ type: 'paint', buffered: true }));
    const links = document.querySelectorAll('kakao-consult-button > a[href^="https://bizmessage.kakao.com/chat/open/@brand"]').length;
    if (links) { await (async () => { ${KIT_SETTLE} })(); window.enhanced = performance.now(); }
    return links;`;

/** The page script: resolves `window.working` with the time and a check that a tap launches now. */
function probe(kind: Kind): string {
  const settle = kind === 'image' || kind === 'peer' ? IMAGE_SETTLE : kind === 'drawn' || kind === 'blank' ? PAINT_SETTLE : KIT_SETTLE;
  // A tap on the kit's first button, its launch cancelled: on a phone it must launch during the tap.
  const tap = `const host = document.querySelector('kakao-consult-button');
    if (!host) return true;
    let launched = false;
    host.addEventListener('consult-launch', (event) => { launched = true; event.preventDefault(); }, { once: true });
    host.shadowRoot.querySelector('button').click();
    return launched;`;
  return `window.working = new Promise((resolve, reject) => addEventListener('DOMContentLoaded', () => (async () => { ${settle} })().then((count) => {
    const ms = performance.now();
    performance.mark('working');
    resolve({ ms: window.paintedAt ?? ms, painted: window.paintedAt ?? window.painted ?? ms, enhanced: window.enhanced ?? ms, count, launches: window.paintedAt !== undefined || (() => { ${tap} })() });
  }, reject)));`;
}

/** The README's lines for a dist/ served at `root`; a server that draws the buttons inlines their stylesheet (`preUpgradeCss()`), which then blocks no paint. */
const readmeHead = (root: string, behaviourChunk: string, style = `<link rel="stylesheet" href="${root}/kakao-consult-button.css">`) =>
  `${style}<link rel="modulepreload" href="${root}/chunks/${behaviourChunk}"><script type="module" src="${root}/kakao-consult-button.min.js"></script>`;

function page(kind: Kind, count: number, chunks: { kit: string; compare: string }): string {
  const head = {
    kit: readmeHead('/dist', chunks.kit),
    drawn: readmeHead('/dist', chunks.kit, `<style>${preUpgradeCss()}</style>`),
    blank: '',
    compare: readmeHead('/compare/dist', chunks.compare),
    bundle: '<script type="module" src="/app.js"></script>',
    image: '',
    peer: '<script src="/kakao-like.min.js"></script>',
  }[kind];
  const button = {
    kit: () => '<kakao-consult-button channel="@brand"></kakao-consult-button>',
    drawn: () => renderConsultButton({ channel: '@brand' }),
    blank: () => '',
    compare: () => '<kakao-consult-button channel="@brand"></kakao-consult-button>',
    bundle: () => '<kakao-consult-button channel="@brand"></kakao-consult-button>',
    image: () => imageLink('/button.png'),
    peer: (index: number) => `<div id="kakao-chat-${index}"></div>`,
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

async function serve(): Promise<{ origin: string; close: () => void }> {
  const routes = new Map<string, [string, Buffer]>();
  const add = (path: string, type: string, body: string | Buffer) => routes.set(path, [type, Buffer.from(body)]);
  /** Serves a dist/ at `root` as the script-tag file expects it; returns its behaviour chunk's name. */
  const addDist = async (dist: URL, root: string) => {
    add(`${root}/kakao-consult-button.min.js`, 'text/javascript', await readFile(new URL('kakao-consult-button.min.js', dist)));
    add(`${root}/kakao-consult-button.css`, 'text/css', await readFile(new URL('kakao-consult-button.css', dist)));
    const chunks = await readdir(new URL('chunks/', dist));
    for (const chunk of chunks) add(`${root}/chunks/${chunk}`, 'text/javascript', await readFile(new URL(`chunks/${chunk}`, dist)));
    return chunks.find((name) => name.startsWith('consult-behaviour-'))!;
  };
  const chunks = {
    kit: await addDist(new URL('dist/', ROOT), '/dist'),
    compare: COMPARE_DIST ? await addDist(new URL(`file://${COMPARE_DIST.replace(/\/?$/, '/')}`), '/compare/dist') : '',
  };
  add('/app.js', 'text/javascript', await bundledApp());
  add('/kakao-like.min.js', 'text/javascript', sdkLikeScript());
  add('/button.png', 'image/png', buttonImage());
  for (const kind of KINDS) for (const count of COUNTS) add(`/${kind}/${count}`, 'text/html', page(kind, count, chunks));
  // Compressed once, as a CDN serves them.
  const gzipped = new Map([...routes].map(([path, [, body]]) => [path, gzipSync(body, { level: 9 })]));
  const server = createServer((request, response) => {
    const path = request.url ?? '';
    const route = routes.get(path);
    if (!route) return void response.writeHead(404).end();
    const gzip = route[0] !== 'image/png' && /\bgzip\b/.test(String(request.headers['accept-encoding']));
    response.writeHead(200, { 'Content-Type': `${route[0]}; charset=utf-8`, 'Cache-Control': 'no-store', ...(gzip && { 'Content-Encoding': 'gzip' }) });
    response.end(gzip ? gzipped.get(path) : route[1]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

interface Sample {
  ms: number;
  painted: number;
  enhanced: number;
}

/** A fresh phone context with the CPU (and, for `slow`, the network) throttled before navigating. */
async function phonePage(browser: Browser, origin: string, network: Network): Promise<Page> {
  const context = await browser.newContext({ ...PHONE });
  // Anything but the local server is refused (the launch is cancelled, but be sure).
  await context.route((url) => url.origin !== origin, (route) => route.abort());
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  if (network === 'slow') {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_NETWORK);
  }
  return tab;
}

async function load(browser: Browser, origin: string, kind: Kind, count: number, network: Network): Promise<Sample> {
  const tab = await phonePage(browser, origin, network);
  try {
    await tab.goto(`${origin}/${kind}/${count}`);
    const result = (await tab.evaluate('window.working')) as Sample & { count: number; launches: boolean };
    if (result.count !== (kind === 'blank' ? 0 : count)) throw new Error(`${kind} page with ${count} buttons has ${result.count} working`);
    if (!result.launches) throw new Error(`${kind} page: a tap when the button counted as working did not launch`);
    return result;
  } finally {
    await tab.context().close();
  }
}

const server = await serve();
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const version = browser.version();
const key = (kind: Kind, count: number, network: Network) => `${kind}/${count}/${network}`;
const samples = new Map<string, Sample[]>();
const profile: string[] = [];
try {
  // One discarded load of each kind, so the browser's own start-up is not in the first run.
  for (const kind of KINDS) await load(browser, server.origin, kind, 1, 'local');
  // Runs outermost and kinds in turn (reversed every other run), so drift on a busy machine hits all alike.
  for (let run = 0; run < RUNS; run += 1) {
    for (const network of NETWORKS) {
      for (const count of COUNTS) {
        for (const kind of run % 2 ? [...KINDS].reverse() : KINDS) {
          const list = samples.get(key(kind, count, network)) ?? [];
          list.push(await load(browser, server.origin, kind, count, network));
          samples.set(key(kind, count, network), list);
        }
      }
    }
  }
  for (const count of COUNTS) profile.push(...(await profilePhoneLoad(() => phonePage(browser, server.origin, 'local'), server.origin, `/kit/${count}`)));
} finally {
  await browser.close();
  server.close();
}

const typical = (kind: Kind, count: number, network: Network, figure: keyof Sample = 'ms') => median(samples.get(key(kind, count, network))!.map((sample) => sample[figure]));
const ms = (value: number) => value.toFixed(0);
const ratio = (kind: Kind, peer: Kind, count: number, network: Network) => `${(typical(kind, count, network) / typical(peer, count, network)).toFixed(2)}×`;

console.log(`The Kakao-like peer is a local stand-in (${(sdkLikeScript().length / 1024).toFixed(0)} KB of generated code, then createChatButton's <a><img>): the real SDK (kakao.min.js) cannot be fetched here.`);
printTable(
  `time to a working button, ms from navigation, Chromium ${version}, CPU ${CPU_SLOWDOWN}× slower, iPhone emulation (median of ${RUNS} first visits)`,
  ['page', ...COUNTS.flatMap((count) => NETWORKS.map((network) => `${count} button${count > 1 ? 's' : ''}, ${network === 'local' ? 'local' : '150 ms RTT 1.6 Mbps'}`))],
  KINDS.map((kind) => [TITLE[kind], ...COUNTS.flatMap((count) => NETWORKS.map((network) => ms(typical(kind, count, network))))]),
);
printTable(
  'kit painted (label drawn, before its behaviour) vs image link, ms',
  ['page', ...COUNTS.flatMap((count) => NETWORKS.map((network) => `${count}, ${network}`))],
  [
    ['kit painted', ...COUNTS.flatMap((count) => NETWORKS.map((network) => ms(typical('kit', count, network, 'painted'))))],
    ['server-drawn kit painted (a working link)', ...COUNTS.flatMap((count) => NETWORKS.map((network) => ms(typical('drawn', count, network))))],
    ['server-drawn kit enhanced by the script', ...COUNTS.flatMap((count) => NETWORKS.map((network) => ms(typical('drawn', count, network, 'enhanced'))))],
    ['image link', ...COUNTS.flatMap((count) => NETWORKS.map((network) => ms(typical('image', count, network))))],
    ['the page alone (floor)', ...COUNTS.flatMap((count) => NETWORKS.map((network) => ms(typical('blank', count, network))))],
  ],
);
printTable(
  'ratios (target: kit/peer ≤ 0.70, kit/image link ≤ 2.00)',
  ['ratio', ...COUNTS.flatMap((count) => NETWORKS.map((network) => `${count}, ${network}`))],
  (['kit', 'drawn', 'bundle', 'blank', ...(COMPARE_DIST ? (['compare'] as const) : [])] as const).flatMap((kind) =>
    (['peer', 'image'] as const).map((peer) => [`${{ kit: 'kit', drawn: 'server-drawn kit', bundle: 'bundled kit', blank: 'the page alone', compare: 'compared kit' }[kind]} / ${peer === 'peer' ? 'SDK-like peer' : 'image link'}`, ...COUNTS.flatMap((count) => NETWORKS.map((network) => ratio(kind, peer, count, network)))]),
  ),
);
for (const line of profile) console.log(line);

printSummary({
  bench: 'phone',
  figures: Object.fromEntries(
    COUNTS.flatMap((count) =>
      NETWORKS.map((network) => [
        `${count} button${count > 1 ? 's' : ''} working, 4× CPU, ${network} network`,
        `kit ${ms(typical('kit', count, network))} ms, peer ${ms(typical('peer', count, network))} ms (${ratio('kit', 'peer', count, network)}), image link ${ms(typical('image', count, network))} ms (${ratio('kit', 'image', count, network)}); server-drawn ${ms(typical('drawn', count, network))} ms (${ratio('drawn', 'peer', count, network)}); the page alone ${ms(typical('blank', count, network))} ms (${ratio('blank', 'peer', count, network)})`,
      ]),
    ),
  ),
});
