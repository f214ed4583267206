// Where the batch's table comes from: a chosen or dropped file (CSV, TSV, XLSX) or cells
// pasted into the text box, turned into what the worker reads. The page's one place that
// reads a table file: how its bytes become text is decided here.
import type { StudioTable } from './studio-job.js';

/** A file the user chose: an Excel workbook's bytes, or a text table. */
export type ChosenTable = { name: string; xlsx: Uint8Array } | { name: string; text: string; tsv: boolean };

/** Reads a chosen file by its name's extension. */
export async function readTableFile(file: File): Promise<ChosenTable> {
  const lower = file.name.toLowerCase();
  if (lower.endsWith('.xlsx')) return { name: file.name, xlsx: new Uint8Array(await file.arrayBuffer()) };
  return { name: file.name, text: await file.text(), tsv: lower.endsWith('.tsv') };
}

/**
 * The table to send to the worker: the chosen file, else the pasted cells. Text is
 * tab-separated when the file is a .tsv or its first line has a tab (cells copied from a
 * spreadsheet); the workbook's bytes are copied, so the chosen file survives a transfer.
 */
export function tableToRun(chosen: ChosenTable | undefined, pasted: string): StudioTable {
  if (chosen && 'xlsx' in chosen) return { xlsx: chosen.xlsx.slice(0), tabs: false };
  const text = chosen?.text ?? pasted;
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return { text, tabs: (chosen?.tsv ?? false) || first.includes('\t') };
}

/** True when there is nothing to make codes from. */
export function isEmptyTable(table: StudioTable): boolean {
  return !table.xlsx && !table.text?.trim();
}
