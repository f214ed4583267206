import type { ConsultStore, ScanCode, ScanCount } from './store.js';
import { importOptional } from './store.js';

/** The few calls the store makes, the same in `node:sqlite` and better-sqlite3. */
interface Statement {
  run(...values: (string | number)[]): { changes: number | bigint };
  get(...values: (string | number)[]): unknown;
  all(...values: (string | number)[]): unknown[];
}
interface Database {
  exec(sql: string): unknown;
  prepare(sql: string): Statement;
  close(): unknown;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS scans (code TEXT NOT NULL, day TEXT NOT NULL, scans INTEGER NOT NULL, PRIMARY KEY (code, day)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS codes (code TEXT PRIMARY KEY, name TEXT NOT NULL, extra TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS tickets (key TEXT PRIMARY KEY, value TEXT NOT NULL, expires INTEGER NOT NULL) WITHOUT ROWID;
`;

/** Opens the file with the runtime's own SQLite (Node 22.5+, Deno, Bun) or else better-sqlite3 12. */
async function openDatabase(file: string): Promise<Database> {
  try {
    const { DatabaseSync } = (await import('node:sqlite' as string)) as { DatabaseSync: new (file: string) => Database };
    return new DatabaseSync(file);
  } catch (error) {
    if ((error as { code?: string }).code !== 'ERR_UNKNOWN_BUILTIN_MODULE') throw error;
  }
  const { default: BetterSqlite } = await importOptional<{ default: new (file: string) => Database }>(
    'better-sqlite3',
    'The SQLite store on Node before 22.5',
  );
  return new BetterSqlite(file);
}

export interface SqliteStoreOptions {
  /** The clock (ms since 1970) for ticket expiry; for tests. */
  now?: () => number;
}

/**
 * The embedded store: one SQLite file, no server. Writes go through the write-ahead log, so
 * a count is on disk once `countScan` returns and survives the process being killed. One
 * process at a time should write a file; sites with several servers use Redis.
 */
export async function openSqliteStore(file: string, { now = Date.now }: SqliteStoreOptions = {}): Promise<ConsultStore> {
  const db = await openDatabase(file);
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;');
  db.exec(SCHEMA);
  const count = db.prepare('INSERT INTO scans (code, day, scans) VALUES (?, ?, 1) ON CONFLICT (code, day) DO UPDATE SET scans = scans + 1');
  const describe = db.prepare(
    'INSERT INTO codes (code, name, extra) VALUES (?, ?, ?) ON CONFLICT (code) DO UPDATE SET name = excluded.name, extra = excluded.extra',
  );
  const counts = db.prepare(
    "SELECT s.code AS id, COALESCE(c.name, '') AS name, COALESCE(c.extra, '') AS extra, s.day AS day, s.scans AS scans FROM scans s LEFT JOIN codes c ON c.code = s.code ORDER BY s.code, s.day",
  );
  const sweep = db.prepare('DELETE FROM tickets WHERE expires <= ?');
  const put = db.prepare('INSERT OR REPLACE INTO tickets (key, value, expires) VALUES (?, ?, ?)');
  const read = db.prepare('SELECT value FROM tickets WHERE key = ? AND expires > ?');
  const remove = db.prepare('DELETE FROM tickets WHERE key = ? AND expires > ?');
  let open = true;
  return {
    async countScan(id, day) {
      count.run(id, day);
    },
    async describeCodes(codes: readonly ScanCode[]) {
      db.exec('BEGIN');
      try {
        for (const { id, name, extra } of codes) describe.run(id, name, extra);
        db.exec('COMMIT');
      } catch (error) {
        db.exec('ROLLBACK');
        throw error;
      }
    },
    async scanCounts() {
      return (counts.all() as ScanCount[]).map((row) => ({ ...row, scans: Number(row.scans) }));
    },
    async set(key, value, ttlMs) {
      sweep.run(now());
      put.run(key, value, now() + ttlMs);
    },
    async get(key) {
      return (read.get(key, now()) as { value: string } | undefined)?.value;
    },
    async delete(key) {
      return Number(remove.run(key, now()).changes) > 0;
    },
    async close() {
      if (open) db.close();
      open = false;
    },
  };
}
