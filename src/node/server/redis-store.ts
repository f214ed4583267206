import type { ConsultStore, ScanCode, ScanCount } from './store.js';
import { importOptional } from './store.js';

/** The commands the store sends, as node-redis (`redis` 4 and 5) names them. */
interface RedisClient {
  connect(): Promise<unknown>;
  hIncrBy(key: string, field: string, by: number): Promise<number>;
  hSet(key: string, field: string, value: string): Promise<number>;
  hGetAll(key: string): Promise<Record<string, string>>;
  sAdd(key: string, member: string): Promise<number>;
  sMembers(key: string): Promise<string[]>;
  set(key: string, value: string, options: { PX: number }): Promise<unknown>;
  get(key: string): Promise<string | null>;
  del(key: string): Promise<number>;
  quit(): Promise<unknown>;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

export interface RedisStoreOptions {
  /** `redis://host:port/db`; default `redis://localhost:6379`. */
  url?: string;
  /** Prefix of every key, so several sites (or tests) share a server; default `kakao-consult:`. */
  prefix?: string;
  /** Called with connection errors (the client reconnects by itself); default: logged once per kind. */
  onError?: (error: Error) => void;
}

/**
 * The store for sites that run several servers: counts with `HINCRBY` (atomic, so exact
 * however many servers count at once), tickets with `SET … PX` and `DEL` (whose count tells
 * the one redeemer). Durability is the Redis server's: run it with `appendonly yes`.
 */
export async function openRedisStore({
  url = 'redis://localhost:6379',
  prefix = 'kakao-consult:',
  onError,
}: RedisStoreOptions = {}): Promise<ConsultStore> {
  const { createClient } = await importOptional<{ createClient(options: { url: string }): RedisClient }>('redis', 'The Redis store');
  const client = createClient({ url });
  const seen = new Set<string>();
  client.on(
    'error',
    onError ??
      ((error) => {
        if (!seen.has(error.message)) console.error(`kakao-consult redis store: ${error.message}`);
        seen.add(error.message);
      }),
  );
  await client.connect();
  const scansOf = (id: string) => `${prefix}scans:${id}`;
  const codesKey = `${prefix}codes`;
  const scannedKey = `${prefix}scanned`;
  const ticketKey = (key: string) => `${prefix}ticket:${key}`;
  return {
    async countScan(id, day) {
      await Promise.all([client.hIncrBy(scansOf(id), day, 1), client.sAdd(scannedKey, id)]);
    },
    async describeCodes(codes: readonly ScanCode[]) {
      await Promise.all(codes.map(({ id, name, extra }) => client.hSet(codesKey, id, JSON.stringify({ name, extra }))));
    },
    async scanCounts() {
      const [ids, described] = await Promise.all([client.sMembers(scannedKey), client.hGetAll(codesKey)]);
      const rows: ScanCount[] = [];
      const perCode = await Promise.all(ids.sort().map(async (id) => [id, await client.hGetAll(scansOf(id))] as const));
      for (const [id, days] of perCode) {
        const code = describedCode(described[id]);
        for (const day of Object.keys(days).sort()) rows.push({ id, ...code, day, scans: Number(days[day]) });
      }
      return rows;
    },
    async set(key, value, ttlMs) {
      await client.set(ticketKey(key), value, { PX: Math.max(1, Math.round(ttlMs)) });
    },
    async get(key) {
      return (await client.get(ticketKey(key))) ?? undefined;
    },
    async delete(key) {
      return (await client.del(ticketKey(key))) > 0;
    },
    async close() {
      await client.quit().catch(() => undefined);
    },
  };
}

/** A code's name and extra as stored; blank when it was never described (or the value is not ours). */
function describedCode(json: string | undefined): { name: string; extra: string } {
  try {
    const value = JSON.parse(json ?? '{}') as { name?: unknown; extra?: unknown };
    return { name: typeof value.name === 'string' ? value.name : '', extra: typeof value.extra === 'string' ? value.extra : '' };
  } catch {
    return { name: '', extra: '' };
  }
}
