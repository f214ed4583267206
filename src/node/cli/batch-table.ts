import { clip } from '../../core/text.js';
import { CODE_FIELDS } from './code-spec.js';
import type { CsvRecord } from './csv.js';

/** The columns a batch CSV may have: a file name, and anything one code can be given. */
export const BATCH_COLUMNS = ['name', ...CODE_FIELDS] as const;
export type BatchColumn = (typeof BATCH_COLUMNS)[number];

/** One data row: its line, its cells by column, and problems with its shape. */
export interface BatchRow {
  line: number;
  cells: Partial<Record<BatchColumn, string>>;
  /** The row does not match the header (e.g. more fields than columns). */
  problems: string[];
}

/** A batch CSV read against its header. */
export interface BatchTable {
  rows: BatchRow[];
  /** Header names that are not columns of a batch; their values are ignored. */
  ignored: string[];
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
 * Reads CSV records as a batch table: the first record names the columns (any order, any
 * case, surrounding spaces ignored); each further record is a row. Rows whose cells are all
 * blank are skipped, as spreadsheets leave them below the data.
 *
 * @param channelDefault Whether `--channel` is given, which makes the channel column optional.
 * @throws BatchTableError for a missing header, a missing required column or a repeated column.
 */
export function readBatchTable(records: readonly CsvRecord[], channelDefault: boolean): BatchTable {
  const [header, ...data] = records;
  if (!header) throw new BatchTableError(1, 'the file is empty: it needs a header row (name,channel,placement,campaign) and a row per code.');
  const columns: (BatchColumn | undefined)[] = [];
  const ignored: string[] = [];
  for (const raw of header.fields) {
    const name = raw.trim().toLowerCase();
    const column = (BATCH_COLUMNS as readonly string[]).includes(name) ? (name as BatchColumn) : undefined;
    if (column && columns.includes(column)) throw new BatchTableError(header.line, `column "${column}" appears twice in the header.`);
    if (!column && name !== '') ignored.push(raw);
    columns.push(column);
  }
  const required: BatchColumn[] = channelDefault ? ['name'] : ['name', 'channel'];
  const missing = required.filter((column) => !columns.includes(column));
  if (missing.length > 0) {
    throw new BatchTableError(
      header.line,
      `the header has no ${missing.map((column) => `"${column}"`).join(' or ')} column${missing.length > 1 ? 's' : ''} (it reads: ${clip(header.fields.join(','), 80)}); the first row must name the columns, e.g. name,channel,placement,campaign${missing.includes('channel') ? ' (or give --channel for every row)' : ''}.`,
    );
  }

  const rows: BatchRow[] = [];
  for (const record of data) {
    if (record.fields.every((field) => field.trim() === '')) continue;
    const cells: BatchRow['cells'] = {};
    const problems: string[] = [];
    record.fields.forEach((value, index) => {
      const column = columns[index];
      if (column) cells[column] = value;
      else if (value.trim() === '' || (index < columns.length && header.fields[index]!.trim() !== '')) return;
      else if (index >= columns.length) problems.push(`row has ${record.fields.length} fields but the header names ${columns.length}: quote a value that holds a comma ("a, b").`);
      else problems.push(`row has a value under a column with no name in the header (column ${index + 1}).`);
    });
    rows.push({ line: record.line, cells, problems: [...new Set(problems)] });
  }
  return { rows, ignored, headerLine: header.line };
}

