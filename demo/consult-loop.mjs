// The whole loop on one machine: the site's server parts, built from the kit's library, and
// Kakao's part played by the demo. A tap in dry-run mode comes here (`/kakao/tap`), goes to
// the site's /reference webhook as 상담톡 would post it, is verified and its ticket redeemed,
// and arrives in the agent inbox (server-sent events). Printed codes are scan-counted at /s/.
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import {
  buildLaunch,
  createReferenceHandler,
  createScanHandler,
  encodeContext,
  issueTicket,
  openSqliteStore,
  scanId,
  signContext,
} from '../dist/node/server/index.js';
import { funnel } from '../dist/core/index.js';

const CHANNEL = '@mybrand';
/** The demo's printed codes: each a placement on a poster, flyer or shop window. */
const POSTERS = [
  { name: 'poster_gangnam', placement: 'poster_gangnam', campaign: 'spring26' },
  { name: 'flyer_hongdae', placement: 'flyer_hongdae', campaign: 'spring26' },
  { name: 'shop_window', placement: 'shop_window' },
];
/** The member the demo site has signed in. */
const MEMBER = { id: 'A1029', grade: 'VIP' };
const KEPT_CONSULTS = 50;

/**
 * The inbox page's elements in one module: the button and <kakao-consult-context> from dist/,
 * bundled with one copy of Lit (two would each claim the `lit-html` Trusted Types policy).
 */
let inboxBundle;
function inboxScript() {
  inboxBundle ??= import('esbuild').then(async ({ build }) => {
    const dist = fileURLToPath(new URL('../dist/', import.meta.url));
    const { outputFiles } = await build({
      stdin: {
        contents: `import ${JSON.stringify(`${dist}index.js`)}; import ${JSON.stringify(`${dist}context.js`)};`,
        resolveDir: dist,
        loader: 'js',
      },
      bundle: true,
      format: 'esm',
      minify: true,
      write: false,
      logLevel: 'error',
    });
    return outputFiles[0].text;
  });
  return inboxBundle.then(
    (text) => new Response(text, { headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' } }),
  );
}

const json = (value, status = 200) =>
  new Response(JSON.stringify(value), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
  });

/** Builds the loop; `handle(request)` answers its paths and gives undefined for the rest. */
export async function createConsultLoop() {
  const secret = randomBytes(32);
  // The embedded store, in memory: a real SQLite database that goes with the process.
  const store = await openSqliteStore(':memory:');
  const targets = POSTERS.map(({ name, placement, campaign }) => {
    const { extra } = encodeContext({ placement, campaign });
    return { id: scanId(CHANNEL, name), name, extra, url: buildLaunch({ channel: CHANNEL, extra }).url };
  });
  await store.describeCodes(targets);
  const consults = [];
  const listeners = new Set();
  const encoder = new TextEncoder();

  const reference = createReferenceHandler({
    secret,
    tickets: store,
    onConsult: ({ reference: read, member }) => {
      const consult = {
        at: read.at ?? Date.now(),
        userKey: read.userKey ?? '',
        extra: read.extra,
        signature: read.signature,
        member: member ?? null,
      };
      consults.push(consult);
      if (consults.length > KEPT_CONSULTS) consults.shift();
      const message = encoder.encode(`event: consult\ndata: ${JSON.stringify(consult)}\n\n`);
      for (const listener of listeners) listener.enqueue(message);
    },
  });
  const scans = createScanHandler({ targets, store, prefix: '/s/' });

  /** Kakao's part: what 상담톡 posts to the site's /reference when a consult starts. */
  async function tap(request, origin) {
    const { extra = '', tamper = false } = await request.json().catch(() => ({}));
    if (typeof extra !== 'string' || extra.length > 200) return json({ error: 'extra must be text' }, 400);
    // A user who edits the link before sending: the member grade promoted, the signature kept.
    const sent = tamper ? extra.replace(/^([^~]*?)(;|$)/, '$1;g=VIP$2') : extra;
    const body = {
      user_key: `demo-${randomBytes(4).toString('hex')}`,
      session_id: String(Date.now()),
      time: Date.now(),
      reference: { extra: sent, text: '' },
    };
    const answer = await fetch(new URL('/reference', origin), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    return json({ status: answer.status }, answer.ok ? 200 : 502);
  }

  function events() {
    let controller;
    const stream = new ReadableStream({
      start(c) {
        controller = c;
        controller.enqueue(encoder.encode(': connected\n\n'));
        for (const consult of consults) controller.enqueue(encoder.encode(`event: consult\ndata: ${JSON.stringify(consult)}\n\n`));
        listeners.add(controller);
      },
      cancel() {
        listeners.delete(controller);
      },
    });
    return new Response(stream, { headers: { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store' } });
  }

  async function posters() {
    const byExtra = new Map();
    for (const { extra, signature } of consults) if (signature !== 'bad-signature') byExtra.set(extra, (byExtra.get(extra) ?? 0) + 1);
    const counted = await store.scanCounts();
    // Codes not scanned yet still get a row.
    const tallies = [...counted, ...targets.map(({ id, name, extra }) => ({ id, name, extra, day: '', scans: 0 }))];
    return json({
      codes: targets.map(({ id, name, extra }) => ({ id, name, extra, scanPath: `/s/${id}` })),
      funnel: funnel(tallies, byExtra),
    });
  }

  return {
    async handle(request) {
      const url = new URL(request.url);
      const { pathname } = url;
      if (pathname === '/reference') return reference(request);
      if (pathname.startsWith('/s/')) return scans(request);
      if (pathname === '/kakao/tap' && request.method === 'POST') return tap(request, url.origin);
      if (pathname === '/inbox/events') return events();
      if (pathname === '/inbox/elements.js') return inboxScript();
      if (pathname === '/api/posters') return posters();
      if (pathname === '/api/signed-extra' && request.method === 'POST') {
        // What the site renders into its page: a signed context whose ticket stands for the member.
        const ticket = await issueTicket(MEMBER, secret, { store });
        return new Response(signContext({ placement: 'agent_inbox', campaign: 'demo', ticket }, secret).extra, {
          headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
        });
      }
      return undefined;
    },
  };
}
