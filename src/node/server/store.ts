import type { TicketStore } from '../../core/agent/ticket.js';

/**
 * Where a site's server keeps what outlives a request: scan counts per code per day, the
 * codes' names and `extra` (for reports), and member tickets. One small interface with two
 * implementations: {@link openSqliteStore} (a file, no server) and {@link openRedisStore}
 * (for sites that run many servers). Nothing personal goes in: no address, no user agent.
 */
export interface ConsultStore extends TicketStore {
  /** Counts one scan of code `id` on `day` (YYYY-MM-DD); exact under concurrent calls. */
  countScan(id: string, day: string): Promise<void>;
  /** Records the codes' names and `extra`, so counts can be reported by name and joined to consults. */
  describeCodes(codes: readonly ScanCode[]): Promise<void>;
  /** Every count, by code and day, with the code's name and `extra` when described. */
  scanCounts(): Promise<ScanCount[]>;
  set(key: string, value: string, ttlMs: number): Promise<void>;
  get(key: string): Promise<string | undefined>;
  delete(key: string): Promise<boolean>;
  /** Lets go of the file or the connection. */
  close(): Promise<void>;
}

/** A scan-counted code, as the manifest lists it. */
export interface ScanCode {
  id: string;
  name: string;
  extra: string;
}

/** One code's scans on one day. */
export interface ScanCount extends ScanCode {
  day: string;
  scans: number;
}

/** Imports an optional dependency, saying how to get it when it is missing. */
export async function importOptional<T>(name: string, why: string): Promise<T> {
  try {
    return (await import(name)) as T;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND')
      throw new Error(`${why} needs the "${name}" package: npm install ${name}`, { cause: error });
    throw error;
  }
}
