import { unmarkFormula, type CsvRecord } from '../table/csv.js';
import { MANIFEST_ONLY_COLUMNS, type ManifestOnlyColumn } from './manifest.js';
import type { Locale } from '../i18n/labels.js';
import { CODE_FIELDS } from './printed-code.js';
import { studioMessages } from '../i18n/studio-messages.js';
import { clip } from '../text.js';

/** The columns a batch table may have: a file name, and anything one code can be given. */
export const BATCH_COLUMNS = ['name', ...CODE_FIELDS] as const;
export type BatchColumn = (typeof BATCH_COLUMNS)[number];

/**
 * Other names a header may give a column: the Korean a marketer types in Excel, and common
 * spellings. Compared after trimming, lower-casing and removing spaces.
 */
const ALIASES: Record<string, BatchColumn> = {
  이름: 'name',
  파일: 'name',
  파일이름: 'name',
  파일명: 'name',
  채널: 'channel',
  위치: 'placement',
  캠페인: 'campaign',
  매체: 'source',
  페이지: 'page',
  매장: 'page',
  챗봇: 'bot',
  이벤트: 'event',
  주소: 'endpoint',
  형식: 'format',
  템플릿: 'template',
  크기: 'size',
  해상도: 'dpi',
  픽셀: 'px',
  오류복원: 'ecc',
  여백: 'margin',
  코드색: 'dark',
  바탕색: 'light',
  재단여유: 'bleed',
  설명: 'caption',
  캡션: 'caption',
  문구: 'label',
};

/** The column a header cell names (`이름` and `Name` both name `name`), or undefined. */
export function columnFor(header: string): BatchColumn | undefined {
  const key = header.trim().toLowerCase().replace(/\s+/g, '');
  if ((BATCH_COLUMNS as readonly string[]).includes(key)) return key as BatchColumn;
  return Object.hasOwn(ALIASES, key) ? ALIASES[key] : undefined;
}

/** The manifest column a header cell names (`url`, `extra`, …), for a manifest read back to reprint. */
function manifestColumnFor(header: string): ManifestOnlyColumn | undefined {
  const key = header.trim().toLowerCase();
  return (MANIFEST_ONLY_COLUMNS as readonly string[]).includes(key) ? (key as ManifestOnlyColumn) : undefined;
}

/** One data row: its line, its cells by column, and problems with its shape. */
export interface BatchRow {
  line: number;
  cells: Partial<Record<BatchColumn, string>>;
  /** A manifest's own columns, when the table is a manifest read back: the first line and the URL the code carried. */
  manifest?: Partial<Record<ManifestOnlyColumn, string>>;
  /** The row does not match the header (e.g. more fields than columns). */
  problems: string[];
}

/** A batch table read against its header. */
export interface BatchTable {
  rows: BatchRow[];
  /** Header names that are not columns of a batch; their values are ignored. */
  ignored: string[];
  /** Lines whose cells are all blank: skipped, and reported as such. */
  empty: number[];
  headerLine: number;
}

/** The header does not allow reading any row; `line` points at it. */
export class BatchTableError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Reads CSV or TSV records as a batch table: the first record names the columns (any order,
 * any case, English or Korean, surrounding spaces ignored); each further record is a row.
 * Rows whose cells are all blank are skipped and listed in `empty`.
 *
 * @param channelDefault Whether a channel is given for every row, which makes the column optional.
 * @throws BatchTableError for a missing header, a missing required column or a repeated column.
 */
export function readBatchTable(records: readonly CsvRecord[], channelDefault: boolean, locale: Locale = 'en'): BatchTable {
  const words = studioMessages[locale];
  const [header, ...data] = records;
  if (!header) throw new BatchTableError(1, words.emptyFile);
  const columns: (BatchColumn | undefined)[] = [];
  const manifestColumns: (ManifestOnlyColumn | undefined)[] = [];
  const ignored: string[] = [];
  for (const raw of header.fields) {
    const column = columnFor(raw);
    const manifestColumn = column ? undefined : manifestColumnFor(raw);
    const first = column === undefined ? -1 : columns.indexOf(column);
    if (column && first >= 0)
      throw new BatchTableError(header.line, words.duplicateColumn(column, header.fields[first]!.trim(), raw.trim()));
    if (!column && !manifestColumn && raw.trim() !== '') ignored.push(raw);
    columns.push(column);
    manifestColumns.push(manifestColumn);
  }
  const required: BatchColumn[] = channelDefault ? ['name'] : ['name', 'channel'];
  const missing = required.filter((column) => !columns.includes(column));
  if (missing.length > 0)
    throw new BatchTableError(header.line, words.missingColumns(missing, clip(header.fields.join(','), 80), channelDefault));

  const rows: BatchRow[] = [];
  const empty: number[] = [];
  for (const record of data) {
    if (record.fields.every((field) => field.trim() === '')) {
      empty.push(record.line);
      continue;
    }
    const cells: BatchRow['cells'] = {};
    const manifest: NonNullable<BatchRow['manifest']> = {};
    const problems: string[] = [];
    record.fields.forEach((cell, index) => {
      const value = unmarkFormula(cell);
      const column = columns[index];
      const manifestColumn = manifestColumns[index];
      if (column) cells[column] = value;
      else if (manifestColumn) manifest[manifestColumn] = value;
      else if (value.trim() === '' || (index < columns.length && header.fields[index]!.trim() !== '')) return;
      else if (index >= columns.length) problems.push(words.tooManyFields(record.fields.length, columns.length));
      else problems.push(words.unnamedColumn(index + 1));
    });
    for (const { index, cell, format, value } of record.unreadable ?? [])
      if (columns[index]) problems.push(words.unknownNumberFormat(cell, format, value));
    const row: BatchRow = { line: record.line, cells, problems: [...new Set(problems)] };
    if (Object.keys(manifest).length > 0) row.manifest = manifest;
    rows.push(row);
  }
  return { rows, ignored, empty, headerLine: header.line };
}
