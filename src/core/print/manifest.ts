import { formatCsv } from '../table/csv.js';
import { CODE_FIELDS, type CodeField, type CodeInput } from './printed-code.js';

/** One written code, as the manifest lists it. */
export interface ManifestEntry {
  /** The CSV line the code came from (through reprints: the first table's line). */
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
  /** Every input the code was made from (the row's cells, blanks filled by the defaults): what a reprint reads back. */
  settings?: CodeInput;
  /** A scan-counted code's id and the address it carries (`--scan-base`). */
  scanId?: string;
  scanUrl?: string;
}

/** Manifest formats. */
export const MANIFEST_FORMATS = ['csv', 'json'] as const;
export type ManifestFormat = (typeof MANIFEST_FORMATS)[number];

type ManifestValue = string | number | string[] | undefined;

/** The inputs a reprint needs beside name and format (which are columns of their own). */
const SETTING_FIELDS = CODE_FIELDS.filter((field): field is Exclude<CodeField, 'format'> => field !== 'format');

/**
 * The manifest's columns, in order, and where each value comes from: the one table for CSV
 * and JSON, so a new column is one line here.
 */
const COLUMNS: readonly (readonly [name: string, value: (entry: ManifestEntry) => ManifestValue])[] = [
  ['line', (entry) => entry.line],
  ['name', (entry) => entry.name],
  ['file', (entry) => entry.file],
  ['format', (entry) => entry.format],
  ['url', (entry) => entry.url],
  ['extra', (entry) => entry.extra],
  ['shortened', (entry) => entry.shortened],
  ['dropped', (entry) => entry.dropped],
  ...SETTING_FIELDS.map((field) => [field, (entry: ManifestEntry) => entry.settings?.[field]] as const),
];

/** Added when the codes are scan-counted (`--scan-base`): CSV headers in snake case, JSON keys as the entry names them. */
const SCAN_COLUMNS: typeof COLUMNS = [
  ['scan_id', (entry) => entry.scanId],
  ['scan_url', (entry) => entry.scanUrl],
];
const SCAN_JSON_KEYS: Record<string, string> = { scan_id: 'scanId', scan_url: 'scanUrl' };

/** The columns a manifest has that a batch table does not: read back for checking, never as inputs. */
export const MANIFEST_ONLY_COLUMNS = ['line', 'file', 'url', 'extra', 'shortened', 'dropped', 'scan_id', 'scan_url'] as const;
export type ManifestOnlyColumn = (typeof MANIFEST_ONLY_COLUMNS)[number];

/**
 * Writes the manifest: JSON for programs (settings not given left out); or CSV for spreadsheets,
 * with a byte-order mark and CRLF line ends, which Excel needs to show Korean text instead of
 * mojibake, and no cell a spreadsheet would run as a formula (such a cell is written as text,
 * with a `'`, and read back without it). Either reads back into `kakao-consult batch`.
 */
export function formatManifest(entries: readonly ManifestEntry[], format: ManifestFormat): string {
  const columns = entries.some((entry) => entry.scanId !== undefined) ? [...COLUMNS, ...SCAN_COLUMNS] : COLUMNS;
  if (format === 'json') {
    const objects = entries.map((entry) =>
      Object.fromEntries(
        columns.map(([name, value]) => [SCAN_JSON_KEYS[name] ?? name, value(entry)]).filter(([, value]) => value !== undefined),
      ),
    );
    return `${JSON.stringify(objects, null, 2)}\n`;
  }
  const rows = entries.map((entry) =>
    columns.map(([, column]) => {
      const value = column(entry);
      return Array.isArray(value) ? value.join(' ') : String(value ?? '');
    }),
  );
  return `\uFEFF${formatCsv([columns.map(([name]) => name), ...rows], { formulasAsText: true })}`;
}
