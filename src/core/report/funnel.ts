/**
 * The funnel from poster to consult: per scan-counted code, its scans, the consults that
 * arrived with its `extra`, and the consult rate. The README's SQL does the same arithmetic,
 * so a warehouse gives the same numbers from exported scans and consults.
 */

/** One code's scans on one day, as a store or its CSV export has them. */
export interface ScanTally {
  id: string;
  name: string;
  extra: string;
  day: string;
  scans: number;
}

export interface FunnelRow {
  id: string;
  name: string;
  extra: string;
  scans: number;
  /** Consults whose `extra` is this code's. */
  consults: number;
  /** consults / scans; undefined when the code was never scanned. */
  rate?: number;
  /** True when another code carries the same `extra`: the consults cannot be told apart and are shown on each. */
  shared: boolean;
}

export interface Funnel {
  /** Most scanned first, then by name. */
  rows: FunnelRow[];
  scans: number;
  /** Consults that came with some code's `extra`, each counted once. */
  consults: number;
  rate?: number;
  /** Counted consults whose `extra` is no code's (the site's buttons, other codes). */
  otherConsults: number;
}

/** Joins scan counts to consult counts by `extra`. */
export function funnel(tallies: Iterable<ScanTally>, consultsByExtra: ReadonlyMap<string, number>): Funnel {
  const codes = new Map<string, FunnelRow>();
  for (const { id, name, extra, scans } of tallies) {
    const row = codes.get(id) ?? { id, name, extra, scans: 0, consults: consultsByExtra.get(extra) ?? 0, shared: false };
    row.scans += scans;
    codes.set(id, row);
  }
  const byExtra = new Map<string, number>();
  for (const row of codes.values()) byExtra.set(row.extra, (byExtra.get(row.extra) ?? 0) + 1);
  let scans = 0;
  let consults = 0;
  const matched = new Set<string>();
  const rows = [...codes.values()];
  for (const row of rows) {
    row.shared = row.extra !== '' && byExtra.get(row.extra)! > 1;
    if (row.scans > 0) row.rate = row.consults / row.scans;
    scans += row.scans;
    if (!matched.has(row.extra)) consults += row.consults;
    matched.add(row.extra);
  }
  let all = 0;
  for (const count of consultsByExtra.values()) all += count;
  rows.sort((a, b) => b.scans - a.scans || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  const result: Funnel = { rows, scans, consults, otherConsults: all - consults };
  if (scans > 0) result.rate = consults / scans;
  return result;
}
