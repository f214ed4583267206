// Scans per second through the whole server (HTTP, the scan handler, the store's count), with
// the embedded SQLite store and with a real Redis, next to the same server answering 302
// without counting (the floor any scan server shares). Bounded loops on localhost.
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, createServer, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createScanHandler, openRedisStore, openSqliteStore, toNodeListener, type ConsultStore } from '../../src/node/server/index.js';
import { startRedis } from '../support/redis.mjs';
import { printSummary, printTable } from './measure.js';

const SCANS = 5_000;
const IN_FLIGHT = 32;
const TARGET = {
  id: 'Ab3dEf9Z',
  name: 'poster_a',
  extra: 'p=poster_a',
  url: 'https://bizmessage.kakao.com/chat/open/@brand?extra=p%3Dposter_a',
};

/** Serves the scan handler over `store` and scans it SCANS times, IN_FLIGHT at once; scans per second. */
async function scansPerSecond(store: Pick<ConsultStore, 'countScan'>): Promise<number> {
  const server = createServer(toNodeListener(createScanHandler({ targets: [TARGET], store, prefix: '/s/' })));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const agent = new Agent({ keepAlive: true, maxSockets: IN_FLIGHT });
  const scan = () =>
    new Promise<void>((resolve, reject) => {
      const call = request({ host: '127.0.0.1', port, path: `/s/${TARGET.id}`, agent }, (response) => {
        if (response.statusCode !== 302) reject(new Error(`status ${response.statusCode}`));
        response.resume().on('end', resolve);
      });
      call.on('error', reject);
      call.end();
    });
  let next = 0;
  const worker = async () => {
    while (next++ < SCANS) await scan();
  };
  for (let warm = 0; warm < 200; warm++) await scan();
  next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return SCANS / seconds;
}

const dir = mkdtempSync(join(tmpdir(), 'kakao-consult-bench-'));
const redis = await startRedis();
const rows: [string, number][] = [];
try {
  rows.push(['302 without counting (floor)', await scansPerSecond({ countScan: async () => {} })]);
  const sqlite = await openSqliteStore(join(dir, 'scans.db'));
  rows.push(['SQLite file (WAL)', await scansPerSecond(sqlite)]);
  await sqlite.close();
  const store = await openRedisStore({ url: redis.url });
  rows.push(['Redis (localhost)', await scansPerSecond(store)]);
  await store.close();
} finally {
  await redis.close();
  rmSync(dir, { recursive: true, force: true });
}
const perSecond = (value: number) => `${Math.round(value).toLocaleString('en')} scans/s`;
printTable(
  `scan server, ${SCANS.toLocaleString('en')} scans, ${IN_FLIGHT} in flight`,
  ['store', 'scans/s'],
  rows.map(([name, value]) => [name, perSecond(value)]),
);
printSummary({ bench: 'scans', figures: Object.fromEntries(rows.map(([name, value]) => [name, perSecond(value)])) });
