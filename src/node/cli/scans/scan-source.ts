import { existsSync } from 'node:fs';
import type { ScanTally } from '../../../core/report/funnel.js';
import { parseCsv } from '../../../core/table/csv.js';
import { openRedisStore } from '../../server/redis-store.js';
import { openSqliteStore } from '../../server/sqlite-store.js';
import type { ConsultStore } from '../../server/store.js';
import { CliFailure, EXIT } from '../exit-codes.js';
import { readText } from '../files.js';

/** The header `scans count --format csv` writes and `report --scans FILE.csv` reads. */
export const SCAN_CSV_HEADER = ['code', 'name', 'extra', 'day', 'scans'] as const;

/**
 * Opens the store a `--db` names: `redis://…` (or `rediss://…`), else an SQLite file. With
 * `mustExist`, a missing file is an error rather than a new, empty database.
 *
 * @throws CliFailure (EXIT.io) when the file is missing or the store cannot be opened.
 */
export async function openStore(db: string, { mustExist }: { mustExist: boolean }): Promise<ConsultStore> {
  try {
    if (/^rediss?:\/\//i.test(db)) return await openRedisStore({ url: db });
    if (mustExist && !existsSync(db))
      throw new CliFailure(EXIT.io, `${db}: no such database (kakao-consult scans serve --db ${db} creates it).`);
    return await openSqliteStore(db);
  } catch (error) {
    if (error instanceof CliFailure) throw error;
    throw new CliFailure(EXIT.io, `cannot open ${db}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Scan counts from a store (`--scans scans.db`, `redis://…`) or its CSV export (`--scans scans.csv`). */
export async function readScanTallies(source: string): Promise<ScanTally[]> {
  if (!/\.csv$/i.test(source)) {
    const store = await openStore(source, { mustExist: true });
    try {
      return await store.scanCounts();
    } finally {
      await store.close();
    }
  }
  const [header, ...records] = parseCsv((await readText(source)).replace(/^\uFEFF/, ''));
  const names = header?.fields.map((name) => name.trim().toLowerCase()) ?? [];
  const at = SCAN_CSV_HEADER.map((name) => names.indexOf(name));
  if (at.includes(-1))
    throw new CliFailure(
      EXIT.invalid,
      `${source}: expected the columns ${SCAN_CSV_HEADER.join(',')} (kakao-consult scans count --format csv).`,
    );
  return records.map(({ line, fields }) => {
    const [id, name, extra, day, scans] = at.map((index) => fields[index] ?? '');
    if (!/^\d+$/.test(scans!)) throw new CliFailure(EXIT.invalid, `${source}:${line}: scans "${scans}" is not a whole number.`);
    return { id: id!, name: name!, extra: extra!, day: day!, scans: Number(scans) };
  });
}
