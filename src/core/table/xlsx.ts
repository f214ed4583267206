import { strFromU8, unzipSync } from 'fflate';
import type { CsvRecord } from './csv.js';
import { formatCellNumber, formatCode } from './xlsx-number-format.js';

/**
 * Reads the first worksheet of an Excel workbook (.xlsx) as records, one per row, with the
 * row's number as its line, so messages point at the row Excel shows. Enough of SpreadsheetML
 * for a list of codes: shared and inline strings, numbers (as their number format shows them:
 * `0000` keeps 0012; a format it cannot show is listed in the record's `unreadable`),
 * booleans; formulas give their cached value. Unzipped with fflate; the XML is read with a few patterns, so it also runs
 * in a worker, which has no DOMParser.
 *
 * @throws Error when the bytes are not a workbook or have no worksheet.
 */
export function readXlsx(bytes: Uint8Array): CsvRecord[] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: ({ name }) =>
        name === 'xl/sharedStrings.xml' ||
        name === 'xl/styles.xml' ||
        name === 'xl/workbook.xml' ||
        name === 'xl/_rels/workbook.xml.rels' ||
        name.startsWith('xl/worksheets/'),
    });
  } catch {
    throw new Error('the file is not an Excel workbook (.xlsx): save it as .xlsx or CSV');
  }
  const text = (name: string) => (files[name] ? strFromU8(files[name]) : undefined);
  const shared = [...(text('xl/sharedStrings.xml') ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)].map(([, item]) => textRuns(item!));
  const sheet = text(firstSheet(text('xl/workbook.xml'), text('xl/_rels/workbook.xml.rels')) ?? '') ?? text('xl/worksheets/sheet1.xml');
  if (sheet === undefined) throw new Error('the workbook has no worksheet');
  const styles = numberFormats(text('xl/styles.xml'));
  const records: CsvRecord[] = [];
  for (const [, attributes, body] of sheet.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const line = Number(/\br="(\d+)"/.exec(attributes!)?.[1] ?? records.length + 1);
    const fields: string[] = [];
    const unreadable: NonNullable<CsvRecord['unreadable']> = [];
    for (const [, cellAttributes, cellBody = ''] of (body ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const column = columnIndex(/\br="([A-Z]+)\d+"/.exec(cellAttributes!)?.[1]) ?? fields.length;
      const type = /\bt="(\w+)"/.exec(cellAttributes!)?.[1];
      const value = /<v>([\s\S]*?)<\/v>/.exec(cellBody)?.[1];
      while (fields.length < column) fields.push('');
      if (type === 's') fields[column] = shared[Number(value)] ?? '';
      else if (type === 'inlineStr') fields[column] = textRuns(cellBody);
      else if (type === 'b') fields[column] = value === '1' ? 'TRUE' : 'FALSE';
      else if (type === 'str' || type === 'e') fields[column] = unescapeXml(value ?? '');
      else {
        const stored = unescapeXml(value ?? '');
        const format = styles[Number(/\bs="(\d+)"/.exec(cellAttributes!)?.[1] ?? 0)];
        const shown = formatCellNumber(stored, format);
        fields[column] = shown ?? stored;
        if (shown === undefined)
          unreadable.push({
            index: column,
            cell: /\br="([A-Z]+\d+)"/.exec(cellAttributes!)?.[1] ?? '',
            format: format ?? '',
            value: stored,
          });
      }
    }
    records.push(unreadable.length > 0 ? { line, fields, unreadable } : { line, fields });
  }
  return records;
}

/** The format code of each cell style (`s="3"` → the 4th `cellXfs` entry's format). */
function numberFormats(styles: string | undefined): (string | undefined)[] {
  if (!styles) return [];
  const custom = new Map(
    [...styles.matchAll(/<numFmt\b[^>]*\bnumFmtId="(\d+)"[^>]*\bformatCode="([^"]*)"/g)].map(
      ([, id, code]) => [Number(id), unescapeXml(code!)] as const,
    ),
  );
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
  return [...cellXfs.matchAll(/<xf\b([^>]*?)\/?>/g)].map(([, attributes]) =>
    formatCode(Number(/\bnumFmtId="(\d+)"/.exec(attributes!)?.[1] ?? 0), custom),
  );
}

/** The path of the workbook's first sheet, through its relationship. */
function firstSheet(workbook: string | undefined, rels: string | undefined): string | undefined {
  const id = workbook && /<sheet\b[^>]*\br:id="([^"]+)"/.exec(workbook)?.[1];
  if (!id || !rels) return undefined;
  const target =
    new RegExp(`<Relationship\\b[^>]*\\bId="${id}"[^>]*\\bTarget="([^"]+)"`).exec(rels)?.[1] ??
    new RegExp(`<Relationship\\b[^>]*\\bTarget="([^"]+)"[^>]*\\bId="${id}"`).exec(rels)?.[1];
  if (!target) return undefined;
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/** The text of `<t>` runs (rich text has several), without phonetic runs. */
function textRuns(xml: string): string {
  return [...xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '').matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map(([, run]) => unescapeXml(run!)).join('');
}

/** `A` → 0, `Z` → 25, `AA` → 26. */
function columnIndex(letters: string | undefined): number | undefined {
  if (!letters) return undefined;
  let index = 0;
  for (const letter of letters) index = index * 26 + letter.charCodeAt(0) - 64;
  return index - 1;
}

function unescapeXml(text: string): string {
  return text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(lt|gt|amp|quot|apos));/gi, (_, hex: string, decimal: string, name: string) => {
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    if (decimal) return String.fromCodePoint(Number(decimal));
    return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[name.toLowerCase() as 'lt']!;
  });
}
