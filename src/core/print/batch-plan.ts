import type { BatchRow } from './batch-table.js';
import { ConsultInputError } from '../errors.js';
import { checkFileName } from './file-name.js';
import { scanId, scanUrl } from './scan-code.js';
import type { Locale } from '../i18n/labels.js';
import type { ManifestEntry } from './manifest.js';
import { CODE_FIELDS, CodeInputErrors, resolveCode, type CodeInput, type CodeSpec, type ImageFormat, type Logo } from './printed-code.js';
import { describeInputError, studioMessages } from '../i18n/studio-messages.js';

/** A valid row, checked and encoded, ready to render. */
export interface PlannedCode {
  line: number;
  /** The line of the first table, when this row comes from a manifest read back (a reprint). */
  sourceLine?: number;
  /** The inputs the code was made from, blanks filled by the defaults: the manifest's settings. */
  input?: CodeInput;
  name: string;
  /** The file name, `name.format`. */
  file: string;
  spec: CodeSpec;
  /** A scan-counted code's id and the address its symbol carries. */
  scan?: ScanCode;
}

/** A batch checked row by row: the codes to make, the rows refused (every problem, by line), the warnings. */
export interface BatchPlan {
  planned: PlannedCode[];
  invalid: { line: number; message: string }[];
  warnings: { line: number; message: string }[];
}

/** Options of {@link planBatch}. */
export interface BatchPlanOptions {
  /** Values for blank cells (the command line's options, the studio's fields). */
  defaults?: CodeInput;
  logo?: Logo;
  locale?: Locale;
  format?: ImageFormat;
  /** A checked scan base (`checkScanBase`): each code then carries `base` + its row's scan id. */
  scanBase?: string;
  /** Each row's code, already resolved by `resolveRow` (the CLI does it on worker threads); by row index. */
  resolved?: readonly ResolvedRow[];
}

/** A scan-counted code's id and the address its symbol carries. */
export interface ScanCode {
  id: string;
  url: string;
}

/** One row's code, encoded, or every problem its inputs have; with its scan address when the batch has a scan base. */
export type ResolvedRow =
  { spec: CodeSpec; scan?: ScanCode; messages?: undefined } | { spec?: undefined; scan?: ScanCode; messages: string[] };

/**
 * A row's code with the defaults filling its blank cells: the costly, row-by-row part of
 * {@link planBatch} (it encodes the QR symbol), which needs no other row.
 */
export function resolveRow(row: BatchRow, options: BatchPlanOptions = {}): ResolvedRow {
  const { defaults = {}, logo, locale = 'en' } = options;
  const input = rowInput(row, defaults);
  const scan = options.scanBase === undefined ? undefined : scanOf(input.channel ?? '', row.cells.name ?? '', options.scanBase);
  try {
    return { spec: resolveCode(input, { logo, locale, format: options.format, qrText: scan?.url }), scan };
  } catch (error) {
    if (!(error instanceof CodeInputErrors)) throw error;
    return { messages: error.errors.map(({ message }) => message), scan };
  }
}

/**
 * Checks every row of a batch, as the CLI and the studio both do: its name (safe, and unique
 * ignoring case, as file systems may be), and its code, with the defaults filling blank cells.
 * Each code is encoded here, once. Messages quote the row's own text.
 */
export function planBatch(rows: readonly BatchRow[], options: BatchPlanOptions = {}): BatchPlan {
  const { defaults = {}, locale = 'en' } = options;
  const words = studioMessages[locale];
  const planned: PlannedCode[] = [];
  const invalid: BatchPlan['invalid'] = [];
  const warnings: BatchPlan['warnings'] = [];
  const names = new Map<string, { line: number; text: string }>();
  const urls = new Map<string, PlannedCode>();
  const scanIds = new Map<string, { line: number; name: string }>();
  for (const [index, row] of rows.entries()) {
    const messages = [...row.problems];
    const text = row.cells.name?.trim() ?? '';
    let name: string | undefined;
    try {
      name = checkFileName(row.cells.name ?? '');
      const first = names.get(name.toLowerCase());
      if (first !== undefined) messages.push(words.duplicateName(text, first.line, first.text));
      else names.set(name.toLowerCase(), { line: row.line, text });
    } catch (error) {
      if (!(error instanceof ConsultInputError)) throw error;
      messages.push(describeInputError(error, locale, text));
    }
    const { spec, scan, messages: problems = [] } = options.resolved?.[index] ?? resolveRow(row, options);
    const twinScan = scan && name !== undefined ? scanIds.get(scan.id) : undefined;
    if (scan && twinScan) messages.push(words.sameScanId(name!, twinScan.name, twinScan.line));
    else if (scan && name !== undefined) scanIds.set(scan.id, { line: row.line, name });
    messages.push(...problems);
    // A manifest read back must give the codes it lists: a cell a spreadsheet changed (0012 → 12) is named, not printed.
    const listed = row.manifest?.url?.trim();
    if (spec && listed && listed !== spec.launch.url) messages.push(words.reprintDiffers(listed, spec.launch.url));
    if (messages.length > 0 || !spec || !name) {
      invalid.push(...messages.map((message) => ({ line: row.line, message })));
      continue;
    }
    const code: PlannedCode = { line: row.line, name, file: `${name}.${spec.format}`, spec, input: settingsOf(rowInput(row, defaults)) };
    const sourceLine = Number(row.manifest?.line);
    if (Number.isInteger(sourceLine) && sourceLine > 0) code.sourceLine = sourceLine;
    if (scan) code.scan = scan;
    planned.push(code);
    for (const message of spec.warnings) warnings.push({ line: row.line, message });
    const twin = urls.get(spec.launch.url);
    if (twin) warnings.push({ line: row.line, message: words.sameUrl(name, twin.name, twin.line) });
    else urls.set(spec.launch.url, code);
  }
  return { planned, invalid, warnings };
}

/** A row's inputs: its cells, with the defaults filling blank ones. */
function rowInput(row: BatchRow, defaults: CodeInput): CodeInput {
  const input: CodeInput = {};
  for (const field of CODE_FIELDS) input[field] = row.cells[field]?.trim() || defaults[field];
  // A row's own size or px replaces the defaults' sizing, rather than conflicting with it.
  if (row.cells.size?.trim() || row.cells.px?.trim()) {
    input.size = row.cells.size?.trim();
    input.px = row.cells.px?.trim();
  }
  return input;
}

/** A row's scan id and address; none while its name is not a valid file name (the row is refused for that). */
function scanOf(channel: string, cell: string, base: string): ScanCode | undefined {
  let name: string;
  try {
    name = checkFileName(cell);
  } catch (error) {
    if (!(error instanceof ConsultInputError)) throw error;
    return undefined;
  }
  const id = scanId(channel, name);
  return { id, url: scanUrl(base, id) };
}

/** The given inputs, blanks left out and values trimmed: what a reprint needs to make the same code. */
function settingsOf(input: CodeInput): CodeInput {
  const settings: CodeInput = {};
  for (const field of CODE_FIELDS) {
    const value = input[field]?.trim();
    if (value) settings[field] = value;
  }
  return settings;
}

/** A planned code as the manifest lists it. */
export function manifestEntry({ line, sourceLine, name, file, spec, input, scan }: PlannedCode): ManifestEntry {
  const { context } = spec;
  const entry: ManifestEntry = {
    line: sourceLine ?? line,
    name,
    file,
    format: spec.format,
    url: spec.launch.url,
    extra: context.extra,
    shortened: context.shortened,
    dropped: context.dropped.map(({ field, reason }) => `${field}:${reason}`),
    settings: input,
  };
  if (scan) Object.assign(entry, { scanId: scan.id, scanUrl: scan.url });
  return entry;
}
