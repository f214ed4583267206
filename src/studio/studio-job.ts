// The messages between the studio page and its batch worker: a job in, reports out.
import type { Locale } from '../core/i18n/labels.js';
import type { CodeInput, ImageFormat } from '../core/print/printed-code.js';

/** The table of a batch: text (CSV or tab-separated) or an Excel workbook's bytes. */
export interface StudioTable {
  /** The file's or the pasted text; or `xlsx`. */
  text?: string;
  xlsx?: Uint8Array;
  /** Tab-separated (TSV, cells pasted from a spreadsheet) rather than comma. */
  tabs: boolean;
}

/** A batch to make. */
export interface StudioJob extends StudioTable {
  /** Values for blank cells: the page's own fields. */
  defaults: CodeInput;
  format: ImageFormat;
  locale: Locale;
  /** The artwork font's bytes, when a template with text may be used. */
  font?: ArrayBuffer;
}

/** A message that names the table's line. */
export interface LineMessage {
  line: number;
  message: string;
}

/** What the worker reports, in order: problems or progress, then the ZIP. */
export type StudioReport =
  | { type: 'problems'; problems: LineMessage[]; rows: number }
  | { type: 'progress'; done: number; total: number }
  | { type: 'preview'; name: string; svg: string }
  | { type: 'done'; zip: Uint8Array<ArrayBuffer>; count: number; warnings: LineMessage[]; empty: number[]; ignored: string[]; ms: number };
