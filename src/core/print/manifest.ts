import { formatCsv } from '../table/csv.js';

/** One written code, as the manifest lists it. */
export interface ManifestEntry {
  /** The CSV line the code came from. */
  line: number;
  name: string;
  /** The file name, relative to the manifest. */
  file: string;
  format: string;
  /** The GET launch URL the code carries. */
  url: string;
  extra: string;
  /** Context fields cut to fit extra. */
  shortened: string[];
  /** Context fields left out, as `field:reason`. */
  dropped: string[];
  /** A scan-counted code's id and the address it carries (`--scan-base`). */
  scanId?: string;
  scanUrl?: string;
}

/** Manifest formats. */
export const MANIFEST_FORMATS = ['csv', 'json'] as const;
export type ManifestFormat = (typeof MANIFEST_FORMATS)[number];

const COLUMNS = ['line', 'name', 'file', 'format', 'url', 'extra', 'shortened', 'dropped'] as const;
/** Added when the codes are scan-counted; their CSV headers are `scan_id` and `scan_url`. */
const SCAN_COLUMNS = [['scanId', 'scan_id'], ['scanUrl', 'scan_url']] as const;

/**
 * Writes the manifest: JSON as is, for programs; or CSV for spreadsheets, with a byte-order
 * mark and CRLF line ends, which Excel needs to show Korean text instead of mojibake, and no
 * cell a spreadsheet would run as a formula (such a cell is written as text, with a `'`).
 */
export function formatManifest(entries: readonly ManifestEntry[], format: ManifestFormat): string {
  if (format === 'json') return `${JSON.stringify(entries, null, 2)}\n`;
  const scanned = entries.some((entry) => entry.scanId !== undefined);
  const header = [...COLUMNS, ...(scanned ? SCAN_COLUMNS.map(([, name]) => name) : [])];
  const rows = entries.map((entry) => [
    ...COLUMNS.map((column) => {
      const value = entry[column];
      return Array.isArray(value) ? value.join(' ') : String(value);
    }),
    ...(scanned ? SCAN_COLUMNS.map(([key]) => entry[key] ?? '') : []),
  ]);
  return `\uFEFF${formatCsv([header, ...rows], { formulasAsText: true })}`;
}
