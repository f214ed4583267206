import type { Locale } from '../i18n/labels.js';
import { studioMessages } from '../i18n/studio-messages.js';

/** One CSV record with the line it starts on (1-based), so messages can point at it. */
export interface CsvRecord {
  line: number;
  fields: string[];
  /** Cells whose text could not be read as the spreadsheet shows it (an .xlsx number format), by field index. */
  unreadable?: { index: number; cell: string; format: string; value: string }[];
}

/** CSV that cannot be read, at the line where the problem starts. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/** Options of {@link parseCsv}. */
export interface CsvOptions {
  /** Field separator: `,` (CSV, default) or a tab (TSV, and cells copied from a spreadsheet). */
  delimiter?: ',' | '\t';
  /** Keep blank lines as records of one empty field, so a reader can report them; default false. */
  keepBlankLines?: boolean;
  /** Language of the error messages; default English. */
  locale?: Locale;
}

/**
 * Parses CSV as RFC 4180 describes it and Excel writes it: fields separated by commas,
 * records by CRLF, LF or CR; a field in double quotes may hold commas, line breaks and
 * doubled quotes (`""` for `"`). A quote inside an unquoted field is kept as a character,
 * as most readers do; text after a closing quote is an error, since the field's extent is
 * then unclear. Blank lines are skipped unless kept; a byte-order mark is the caller's to remove.
 * With a tab delimiter it reads TSV as spreadsheets write it and put on the clipboard.
 *
 * @throws CsvSyntaxError for an unclosed quoted field or text after a closing quote.
 */
export function parseCsv(text: string, { delimiter = ',', keepBlankLines = false, locale = 'en' }: CsvOptions = {}): CsvRecord[] {
  const words = studioMessages[locale];
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  // `quoted`: inside quotes; `closed`: just after a field's closing quote.
  let quoted = false;
  let closed = false;
  let quoteLine = 0;

  const endRecord = () => {
    fields.push(field);
    if (keepBlankLines || fields.length > 1 || fields[0] !== '' || closed) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    closed = false;
  };

  for (let index = 0; index < text.length; index++) {
    const character = text[index]!;
    const lineBreak = character === '\n' || character === '\r';
    // CRLF is one line break: count it at its LF.
    const newLine = character === '\n' || (character === '\r' && text[index + 1] !== '\n');
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (character === '"') {
        quoted = false;
        closed = true;
      } else {
        field += character;
        if (newLine) line++;
      }
      continue;
    }
    if (character === delimiter) {
      fields.push(field);
      field = '';
      closed = false;
    } else if (lineBreak) {
      if (character === '\r' && !newLine) continue;
      endRecord();
      line++;
      recordLine = line;
    } else if (closed) {
      throw new CsvSyntaxError(line, words.csvAfterQuote(JSON.stringify(character)));
    } else if (character === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else {
      field += character;
    }
  }
  if (quoted) throw new CsvSyntaxError(quoteLine, words.csvUnclosed);
  if (field !== '' || fields.length > 0 || closed) endRecord();
  return records;
}

/**
 * What spreadsheets run as a formula at the start of a cell (OWASP's CSV injection list), after
 * any text marks already there: `'=x` is written `''=x`, so reading back takes exactly one off.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/**
 * A cell as it was before {@link formatCsv} marked it as text: one leading `'` before what a
 * spreadsheet would run as a formula is taken off (`'@brand` → `@brand`). A file saved again by
 * Excel keeps the mark (it shows it) or drops it (it took it as its text prefix): both read back
 * as the value written.
 */
export function unmarkFormula(value: string): string {
  return /^'+[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;

/**
 * Quotes a field when it holds a comma, quote or line break, or space at either end that
 * readers might trim. With `formulasAsText`, a field a spreadsheet would run as a formula gets
 * the spreadsheets' text mark, a leading `'`, and quotes, which some importers also read as
 * text (LibreOffice's "format quoted field as text").
 */
function formatField(value: string, formulasAsText: boolean): string {
  if (formulasAsText && FORMULA_START.test(value)) return quote(`'${value}`);
  return /[",\r\n]|^\s|\s$/.test(value) ? quote(value) : value;
}

/**
 * Writes records as RFC 4180 CSV with CRLF line ends, the form Excel reads back unchanged.
 * `formulasAsText` is for files people open in a spreadsheet: it changes the fields that would
 * run as formulas, so a program reading the file back sees their `'`.
 */
export function formatCsv(records: readonly (readonly string[])[], { formulasAsText = false } = {}): string {
  return records.map((fields) => `${fields.map((field) => formatField(field, formulasAsText)).join(',')}\r\n`).join('');
}
