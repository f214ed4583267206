// Where the batch's table comes from: a chosen or dropped file or cells pasted into the text
// box, turned into what the worker reads. A file goes as its bytes: the worker reads it with
// core's readTableFile, as the CLI does (the encoding detected and named, never guessed
// silently: File.text() would read code page 949 as UTF-8 with U+FFFD in every Korean cell).
import type { StudioTable } from './studio-job.js';

/** A file the user chose: its name (its extension says what it is) and its bytes. */
export interface ChosenTable {
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
}

/** Reads a chosen file's bytes. */
export async function readChosenFile(file: File): Promise<ChosenTable> {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/**
 * The table to send to the worker: the chosen file (its bytes copied, so the choice survives
 * a transfer), else the pasted cells, tab-separated when their first line has a tab (cells
 * copied from a spreadsheet).
 */
export function tableToRun(chosen: ChosenTable | undefined, pasted: string): StudioTable {
  if (chosen) return { file: { name: chosen.name, bytes: chosen.bytes.slice(0) }, tabs: false };
  const first = pasted.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return { text: pasted, tabs: first.includes('\t') };
}

/** True when there is nothing to make codes from. */
export function isEmptyTable(table: StudioTable): boolean {
  return !table.file && !table.text?.trim();
}
