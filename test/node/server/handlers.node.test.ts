import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import { after, before, describe, it } from 'node:test';
import {
  createReferenceHandler,
  createScanHandler,
  issueTicket,
  MemoryTicketStore,
  signContext,
  toNodeListener,
  type ArrivedConsult,
} from '../../../src/node/server/index.js';

const LAUNCH = 'https://bizmessage.kakao.com/chat/open/@brand?extra=p%3Dposter_a';
const TARGET = { id: 'Ab3_-x9Z', name: 'poster_a', extra: 'p=poster_a', url: LAUNCH };
const SECRET = 'a-handler-secret-of-32-characters';
const HOSTILE_PATHS = [
  '/../../etc/passwd',
  '/s/..%2F..%2Fetc%2Fpasswd',
  '/%00',
  '/Ab3_-x9Z%00',
  '/%E0%A4%A',
  '/%',
  `/${'A'.repeat(10_240)}`,
  "/A'%20OR%201=1;--",
  '/Ab3_-x9Z/',
  '/Ab3_-x9',
  '/ab3_-x9z',
];

function scanSetup(prefix?: string) {
  const counted: [string, string][] = [];
  const handler = createScanHandler({
    targets: [TARGET],
    prefix,
    store: { countScan: async (id, day) => void counted.push([id, day]) },
    now: () => Date.UTC(2026, 2, 1, 16),
  });
  return { counted, handler };
}

describe('createScanHandler', () => {
  it('counts a scan by code and day and sends it to the launch', async () => {
    const { counted, handler } = scanSetup();
    const response = await handler(new Request('https://go.example.kr/s/Ab3_-x9Z'));
    assert.equal(response.status, 302);
    assert.equal(response.headers.get('location'), LAUNCH);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.deepEqual(counted, [['Ab3_-x9Z', '2026-03-02']]);
  });

  it('takes only paths under its prefix, when given one', async () => {
    const { counted, handler } = scanSetup('/s/');
    assert.equal((await handler(new Request('https://go.example.kr/s/Ab3_-x9Z'))).status, 302);
    assert.equal((await handler(new Request('https://go.example.kr/t/Ab3_-x9Z'))).status, 404);
    assert.equal((await handler(new Request('https://go.example.kr/s/s/Ab3_-x9Z'))).status, 404);
    assert.equal(counted.length, 1);
  });

  it('does not count a HEAD (a link preview), and refuses other methods', async () => {
    const { counted, handler } = scanSetup();
    assert.equal((await handler(new Request('https://go.example.kr/Ab3_-x9Z', { method: 'HEAD' }))).status, 302);
    assert.equal((await handler(new Request('https://go.example.kr/Ab3_-x9Z', { method: 'POST', body: 'x' }))).status, 405);
    assert.deepEqual(counted, []);
  });

  for (const path of HOSTILE_PATHS) {
    it(`answers ${path.slice(0, 40)} with the 404 page, counting nothing`, async () => {
      const { counted, handler } = scanSetup();
      const response = await handler(new Request(`https://go.example.kr${path}`));
      assert.equal(response.status, 404);
      const page = await response.text();
      assert.match(page, /찾을 수 없는 코드/);
      assert.match(page, /Code not found/);
      assert.ok(!page.includes('passwd') && !page.includes('OR 1'), 'the path is not echoed');
      assert.deepEqual(counted, []);
    });
  }

  it('still sends the visitor on when the store fails', async () => {
    const errors: unknown[] = [];
    const handler = createScanHandler({
      targets: [TARGET],
      store: { countScan: () => Promise.reject(new Error('disk full')) },
      onError: (error) => errors.push(error),
    });
    assert.equal((await handler(new Request('https://go.example.kr/Ab3_-x9Z'))).status, 302);
    assert.equal(errors.length, 1);
  });
});

const referenceBody = (extra: string) =>
  JSON.stringify({ user_key: 'Xj1bW5wlE5SR', session_id: '163755146', time: Date.now(), reference: { extra, text: '' } });
const post = (body: RequestInit['body'], headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  new Request('https://site.example/reference', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);

function referenceSetup(options: { timeoutMs?: number } = {}) {
  const tickets = new MemoryTicketStore();
  const consults: ArrivedConsult[] = [];
  const handler = createReferenceHandler({ secret: SECRET, tickets, onConsult: (consult) => void consults.push(consult), ...options });
  return { tickets, consults, handler };
}

describe('createReferenceHandler', () => {
  it('verifies the signature, redeems the ticket once and hands the consult on', async () => {
    const { tickets, consults, handler } = referenceSetup();
    const ticket = await issueTicket({ id: 'A1029', grade: 'VIP' }, SECRET, { store: tickets });
    const { extra } = signContext({ placement: 'mypage', ticket }, SECRET);
    const response = await handler(post(referenceBody(extra)));
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { ok: true });
    assert.equal(consults[0]!.reference.signature, 'valid');
    assert.deepEqual(consults[0]!.member, { id: 'A1029', grade: 'VIP' });
    await handler(post(referenceBody(extra)));
    assert.equal(consults[1]!.member, undefined, 'a ticket is redeemed once');
  });

  it('hands on a tampered context marked so, without redeeming its ticket', async () => {
    const { tickets, consults, handler } = referenceSetup();
    const ticket = await issueTicket({ id: 'A1029' }, SECRET, { store: tickets });
    const { extra } = signContext({ placement: 'mypage', ticket, memberGrade: 'B' }, SECRET);
    assert.equal((await handler(post(referenceBody(extra.replace('g=B', 'g=VIP'))))).status, 200);
    assert.equal(consults[0]!.reference.signature, 'bad-signature');
    assert.equal(consults[0]!.member, undefined);
    assert.equal(tickets.size, 1, 'the ticket waits for its genuine consult');
  });

  for (const [what, request, status] of [
    ['a GET', new Request('https://site.example/reference'), 405],
    ['a form body', post('a=1', { 'content-type': 'application/x-www-form-urlencoded' }), 415],
    ['text that is not JSON', post('{"user_key":'), 400],
    ['a JSON array', post('[1,2]'), 400],
    ['broken UTF-8', post(new Uint8Array([0x7b, 0xff, 0x7d])), 400],
    ['a NUL in the body', post('{"a":"\u0000"}'), 400],
    ['a declared 1 MB body', post('{}', { 'content-type': 'application/json', 'content-length': '1000000' }), 413],
    ['a 1 MB body', post(new ReadableStream({ start: (c) => (c.enqueue(new Uint8Array(1_000_000).fill(32)), c.close()) })), 413],
  ] as const) {
    it(`answers ${what} with ${status}, calling nobody`, async () => {
      const { consults, handler } = referenceSetup();
      assert.equal((await handler(request)).status, status);
      assert.equal(consults.length, 0);
    });
  }

  it('gives up on a body that trickles in (408)', async () => {
    const { consults, handler } = referenceSetup({ timeoutMs: 100 });
    const slow = new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode('{"user_key":')) });
    assert.equal((await handler(post(slow))).status, 408);
    assert.equal(consults.length, 0);
  });
});

describe('toNodeListener', () => {
  let server: Server;
  let port = 0;
  before(async () => {
    const { handler } = scanSetup('/');
    server = createServer(
      toNodeListener(async (request) => (new URL(request.url).pathname === '/boom' ? Promise.reject(new Error('boom')) : handler(request))),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** Sends bytes as they are, so the request line can be what no client library would send. */
  const raw = (text: string) =>
    new Promise<string>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => socket.end(text));
      let answer = '';
      socket.on('data', (chunk) => (answer += chunk));
      socket.on('close', () => resolve(answer));
      socket.on('error', () => resolve(answer));
    });

  it('serves a Fetch handler from node:http', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/Ab3_-x9Z`, { redirect: 'manual' });
    assert.equal(response.status, 302);
    assert.equal(response.headers.get('location'), LAUNCH);
  });

  for (const line of [
    'GET /\u0000 HTTP/1.1',
    'GET /../../etc/passwd HTTP/1.1',
    'GET //evil.example/Ab3_-x9Z HTTP/1.1',
    `GET /${'%'.repeat(9000)} HTTP/1.1`,
    'GET http://evil.example/x HTTP/1.1',
    "GET /A'%20OR%20'1'='1 HTTP/1.1",
  ]) {
    it(`answers "${line.slice(0, 40)}" with a 4xx and keeps serving`, async () => {
      const answer = await raw(`${line}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
      assert.match(answer, /^HTTP\/1\.1 4\d\d /);
      assert.equal((await fetch(`http://127.0.0.1:${port}/Ab3_-x9Z`, { redirect: 'manual' })).status, 302);
    });
  }

  it('answers a handler that throws with a 500 and keeps serving', async () => {
    const original = console.error;
    console.error = () => {};
    try {
      assert.equal((await fetch(`http://127.0.0.1:${port}/boom`)).status, 500);
    } finally {
      console.error = original;
    }
    assert.equal((await fetch(`http://127.0.0.1:${port}/Ab3_-x9Z`, { redirect: 'manual' })).status, 302);
  });
});
