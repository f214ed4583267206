import { unzipSync } from 'fflate';
import type { Locale } from '../i18n/labels.js';
import { studioMessages } from '../i18n/studio-messages.js';
import { parseCsv, type CsvRecord } from './csv.js';
import { decodeText, encodingName, TextDecodeError, type Cp949Decoder, type EncodingChoice, type TextEncoding } from './text-encoding.js';
import { readXlsx } from './xlsx.js';

/**
 * A table of codes from whatever file a marketer has: CSV or TSV in any encoding a spreadsheet
 * saves (see `decodeText`), an Excel workbook, a manifest a batch wrote (CSV or JSON), or a ZIP
 * the studio made (its manifest). The CLI and the studio read files through this one door.
 */

/** A table file read, and how. */
export interface TableFile {
  records: CsvRecord[];
  /** What the records came from. */
  kind: 'csv' | 'tsv' | 'xlsx' | 'json' | 'zip';
  /** The text's encoding, for CSV and TSV. */
  encoding?: TextEncoding;
  /** How to say it: `read as CP949 (EUC-KR)` in the reader's language; undefined for workbooks and JSON. */
  note?: string;
}

/** A file that cannot be read as a table: where (line and column from 1, when known) and why, in the reader's language. */
export class TableFileError extends Error {
  constructor(
    readonly line: number,
    readonly column: number | undefined,
    message: string,
  ) {
    super(message);
  }
}

/** Options of {@link readTableFile}. */
export interface TableFileOptions {
  /** The text encoding, when the user named one; default: detected. */
  encoding?: EncodingChoice;
  /** Code page 949's decoder (Node passes a full table; browsers' TextDecoder has one). */
  cp949?: Cp949Decoder;
  locale?: Locale;
}

const extension = (name: string) => /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

/**
 * Tab or comma: `.tsv` is tabs; otherwise a first line with more tabs than commas is (Excel's
 * "Unicode text" and cells pasted from a spreadsheet are tab-separated, whatever the name).
 */
export function delimiterOf(name: string, text: string): ',' | '\t' {
  if (extension(name) === 'tsv') return '\t';
  const first = text.slice(0, text.search(/\r|\n|$/));
  const count = (character: string) => first.split(character).length - 1;
  return count('\t') > count(',') ? '\t' : ',';
}

/** A manifest written as JSON (an array of objects), as records: its keys the header, entries from line 2 as in its CSV twin. */
function jsonRecords(text: string): CsvRecord[] {
  const entries: unknown = JSON.parse(text);
  if (!Array.isArray(entries) || !entries.every((entry) => typeof entry === 'object' && entry !== null && !Array.isArray(entry)))
    throw new SyntaxError('not an array of objects');
  const header = [...new Set(entries.flatMap((entry: object) => Object.keys(entry)))];
  const cell = (value: unknown) => (Array.isArray(value) ? value.join(' ') : value === undefined || value === null ? '' : String(value));
  return [
    { line: 1, fields: header },
    ...entries.map((entry: Record<string, unknown>, index) => ({ line: index + 2, fields: header.map((key) => cell(entry[key])) })),
  ];
}

/**
 * Reads a table file's bytes into records.
 *
 * @throws TableFileError for text that does not decode (with line and column), JSON that is not
 * a manifest, a workbook or ZIP that cannot be read; CsvSyntaxError for CSV that cannot be read.
 */
export function readTableFile(name: string, bytes: Uint8Array, options: TableFileOptions = {}): TableFile {
  const words = studioMessages[options.locale ?? 'en'];
  const type = extension(name);
  if (type === 'xlsx') {
    try {
      return { records: readXlsx(bytes), kind: 'xlsx' };
    } catch (error) {
      throw new TableFileError(1, undefined, error instanceof Error ? error.message : String(error));
    }
  }
  if (type === 'zip') {
    let files: Record<string, Uint8Array>;
    try {
      files = unzipSync(bytes, { filter: ({ name: entry }) => /(^|\/)manifest\.(csv|json)$/.test(entry) });
    } catch {
      throw new TableFileError(1, undefined, 'the file is not a ZIP archive');
    }
    const manifest = Object.keys(files).sort((a, b) => Number(a.endsWith('.json')) - Number(b.endsWith('.json')))[0];
    if (manifest === undefined)
      throw new TableFileError(
        1,
        undefined,
        'the ZIP holds no manifest.csv or manifest.json: only a ZIP the studio or a batch made can be read back',
      );
    return { ...readTableFile(manifest, files[manifest]!, options), kind: 'zip' };
  }
  let decoded;
  try {
    decoded = decodeText(bytes, options);
  } catch (error) {
    if (!(error instanceof TextDecodeError)) throw error;
    throw new TableFileError(
      error.line,
      error.column,
      error.kind === 'bytes' ? words.undecodable(encodingName(error.encoding)) : words.replacementInFile,
    );
  }
  const note = words.readAs(`${encodingName(decoded.encoding)}${decoded.bom && decoded.encoding === 'utf-8' ? ' (BOM)' : ''}`);
  if (type === 'json') {
    try {
      return { records: jsonRecords(decoded.text), kind: 'json', encoding: decoded.encoding };
    } catch (error) {
      throw new TableFileError(
        1,
        undefined,
        `the JSON is not a manifest (an array of objects): ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  const delimiter = delimiterOf(name, decoded.text);
  const records = parseCsv(decoded.text, { delimiter, keepBlankLines: true, locale: options.locale });
  return { records, kind: delimiter === '\t' ? 'tsv' : 'csv', encoding: decoded.encoding, note };
}
