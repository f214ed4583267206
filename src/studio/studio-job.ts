// The messages between the studio page and its batch worker: a job in, reports out.
import type { Locale } from '../core/i18n/labels.js';
import type { Sheet, SheetJob } from '../core/print/artwork-sheet.js';
import type { CodeInput, ImageFormat } from '../core/print/printed-code.js';

/**
 * The table of a batch: a chosen file's bytes, read by core as the CLI reads it (CSV or TSV in
 * any encoding a spreadsheet saves, .xlsx, a manifest or a previous ZIP to reprint), or pasted text.
 */
export interface StudioTable {
  file?: { name: string; bytes: Uint8Array<ArrayBuffer> };
  /** The pasted cells. */
  text?: string;
  /** Pasted cells are tab-separated (copied from a spreadsheet) rather than comma. */
  tabs: boolean;
}

/** A batch to make. */
export interface StudioJob extends StudioTable {
  /** Values for blank cells: the page's own fields. */
  defaults: CodeInput;
  format: ImageFormat;
  locale: Locale;
  /** The artwork font's bytes, when a template with text or a sheet's slug is drawn. */
  font?: ArrayBuffer;
  /** Also impose every code on sheets of this size (sheets-a4.pdf), for this job. */
  sheet?: { size: Sheet; job: SheetJob };
  /** Also put the whole batch in one PDF, a page per code (codes.pdf). */
  onePdf?: boolean;
  /** Scan-counted codes: a checked scan base (`checkScanBase`); the manifest adds scan_id and scan_url. */
  scanBase?: string;
}

/** A message that names the table's line. */
export interface LineMessage {
  line: number;
  message: string;
}

/** What the worker reports, in order: problems or progress, then the ZIP. */
export type StudioReport =
  /** `rows` 0: the table itself (its encoding, its header) could not be read. */
  | { type: 'problems'; problems: LineMessage[]; rows: number }
  | { type: 'progress'; done: number; total: number }
  /** A code drawn as it will print (its template, its page), and that page's size in millimetres. */
  | { type: 'preview'; name: string; svg: string; widthMm?: number; heightMm?: number }
  /** `read`: which encoding a text file was read in, worded for the reader. */
  | {
      type: 'done';
      zip: Uint8Array<ArrayBuffer>;
      count: number;
      warnings: LineMessage[];
      empty: number[];
      ignored: string[];
      ms: number;
      read?: string;
    };
