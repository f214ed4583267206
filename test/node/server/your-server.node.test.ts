// README "Your server": each way of running the handlers, as a consumer installs the package
// (npm pack, unpacked): Node's http with the SQLite store, a Next.js route handler's POST, and
// a Cloudflare Worker bundled for `workerd`, which must hold no `node:` module.
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { installPackedPackage } from '../../support/consumer-project.mjs';

const SECRET = 'a-readme-secret-of-32-characters';
const body = (extra: string) => JSON.stringify({ user_key: 'Xj1bW5wlE5SR', session_id: '1', time: Date.now(), reference: { extra } });
const post = (url: string, extra: string) =>
  new Request(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: body(extra) });

describe('README: Your server', () => {
  let project = '';
  const load = async (name: string, source: string) => {
    writeFileSync(join(project, name), source);
    return (await import(pathToFileURL(join(project, name)).href)) as Record<string, unknown>;
  };
  before(() => {
    project = installPackedPackage();
  });
  after(() => rmSync(project, { recursive: true, force: true }));

  it('Node: the webhook over a real socket, the ticket redeemed from the SQLite store', async () => {
    const app = await load(
      'node-server.mjs',
      `import { createServer } from 'node:http';
       import { createReferenceHandler, issueTicket, openSqliteStore, signContext, toNodeListener } from 'kakao-consult-button/server';
       export const consults = [];
       export const store = await openSqliteStore(${JSON.stringify(join(project, 'consult.db'))});
       const reference = createReferenceHandler({ secret: ${JSON.stringify(SECRET)}, tickets: store, onConsult: ({ reference, member }) => consults.push([reference.context.placement, reference.signature, member]) });
       export const server = createServer(toNodeListener(reference)).listen(0, '127.0.0.1');
       export const signed = signContext({ placement: 'mypage', ticket: await issueTicket({ id: 'A1029' }, ${JSON.stringify(SECRET)}, { store }) }, ${JSON.stringify(SECRET)}).extra;`,
    );
    const server = app.server as Server;
    await new Promise((resolve) => (server.listening ? resolve(undefined) : server.once('listening', resolve)));
    const { port } = server.address() as { port: number };
    const answer = await fetch(post(`http://127.0.0.1:${port}/reference`, app.signed as string));
    assert.equal(answer.status, 200);
    assert.deepEqual(app.consults, [['mypage', 'valid', { id: 'A1029' }]]);
    server.close();
    await (app.store as { close(): Promise<void> }).close();
  });

  it('Next.js: the route handler module exports POST', async () => {
    const route = await load(
      'route.mjs',
      `import { createReferenceHandler, MemoryTicketStore } from 'kakao-consult-button/server';
       export const saved = [];
       const handler = createReferenceHandler({ secret: ${JSON.stringify(SECRET)}, tickets: new MemoryTicketStore(), onConsult: (consult) => saved.push(consult.reference.signature) });
       export const POST = handler;`,
    );
    const POST = route.POST as (request: Request) => Promise<Response>;
    assert.equal((await POST(post('https://site.example/reference', 'p=home'))).status, 200);
    assert.equal(
      (
        await POST(
          new Request('https://site.example/reference', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{' }),
        )
      ).status,
      400,
    );
    assert.deepEqual(route.saved, ['unsigned']);
  });

  it('Workers: bundles for workerd without a node: module and answers a Request', async () => {
    writeFileSync(
      join(project, 'worker.mjs'),
      `import { createReferenceHandler } from 'kakao-consult-button/server';
       export const sent = [];
       export default {
         fetch: (request, env) => createReferenceHandler({ secret: env.CONSULT_SECRET, onConsult: (consult) => env.QUEUE.send(consult.reference) })(request),
       };`,
    );
    const { metafile } = await build({
      entryPoints: [join(project, 'worker.mjs')],
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      conditions: ['workerd', 'worker'],
      mainFields: ['module', 'main'],
      outfile: join(project, 'worker.bundle.mjs'),
      absWorkingDir: project,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(metafile.inputs);
    assert.ok(
      inputs.some((file) => file.endsWith('dist/node/server/fetch.js')),
      'the workerd condition picks fetch.js',
    );
    assert.ok(!inputs.some((file) => file.startsWith('node:')));
    const worker = (await import(pathToFileURL(join(project, 'worker.bundle.mjs')).href)) as {
      default: { fetch(request: Request, env: unknown): Promise<Response> };
    };
    const queued: unknown[] = [];
    const answer = await worker.default.fetch(post('https://site.example/reference', 'p=home'), {
      CONSULT_SECRET: SECRET,
      QUEUE: { send: (value: unknown) => queued.push(value) },
    });
    assert.equal(answer.status, 200);
    assert.equal((queued[0] as { signature: string }).signature, 'unsigned');
  });
});
