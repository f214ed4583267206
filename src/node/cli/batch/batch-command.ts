import { join } from 'node:path';
import { readBatchTable, BatchTableError } from '../../../core/print/batch-table.js';
import { manifestEntry, planBatch, type PlannedCode } from '../../../core/print/batch-plan.js';
import { CsvSyntaxError } from '../../../core/table/csv.js';
import { formatManifest, MANIFEST_FORMATS, type ManifestFormat } from '../../../core/print/manifest.js';
import { checkScanBase } from '../../../core/print/scan-code.js';
import { needsFont } from '../../../core/print/printed-artwork.js';
import { IMAGE_FORMATS, type ImageFormat } from '../../../core/print/printed-code.js';
import { studioMessages } from '../../../core/i18n/studio-messages.js';
import { HELP_OPTION, LAUNCH_OPTIONS, messageLocale, parseCommandLine, RENDER_OPTIONS } from '../args.js';
import { CliFailure, EXIT, UsageError } from '../exit-codes.js';
import { checkTargets, ENCODINGS, makeDirectory, readLogo, readTable, writeOutput, writeOutputSync } from '../files.js';
import { loadOutliner } from '../font.js';
import { cliWords } from '../locale.js';
import type { CliIo } from '../io.js';
import type { RenderResources } from '../render.js';
import { printFilePaths, printFileRequest, writePrintFiles } from './batch-print-files.js';
import { prepareInWorkers } from './batch-workers.js';

const OPTIONS = {
  ...LAUNCH_OPTIONS,
  ...RENDER_OPTIONS,
  ...HELP_OPTION,
  output: { type: 'string', short: 'o' },
  format: { type: 'string' },
  'manifest-format': { type: 'string' },
  'skip-invalid': { type: 'boolean' },
  force: { type: 'boolean' },
  encoding: { type: 'string' },
  'scan-base': { type: 'string' },
  sheet: { type: 'string' },
  'one-pdf': { type: 'boolean' },
} as const;

function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[], fallback: T): T;
function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[]): T | undefined;
function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[], fallback?: T): T | undefined {
  if (value === undefined) return fallback;
  const lower = value.toLowerCase() as T;
  if (allowed.includes(lower)) return lower;
  throw new UsageError('batch', cliWords().notOneOf(option, value, allowed));
}

/**
 * `kakao-consult batch`: one code per row of a table (CSV or TSV in any encoding a spreadsheet
 * saves, .xlsx, or a manifest read back to reprint; headers in English or Korean).
 * Every row is checked, and its code encoded once, before anything is written, and every target
 * before the first file: a refused batch leaves the output as it was.
 *
 * @returns the exit code: 0 when every row was written, `EXIT.skipped` when `--skip-invalid` skipped some.
 * @throws UsageError, CliFailure (invalid, overwrite, I/O), ConsultInputError (logo).
 */
export async function batchCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine('batch', args, OPTIONS);
  if (values.help) {
    io.out((await import('../help.js')).helpPage('batch'));
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError('batch', cliWords().oneInputFile(positionals));
  const [csvPath] = positionals as [string];
  const outDir = values.output;
  if (!outDir) throw new UsageError('batch', cliWords().outputRequired('DIR'));
  const locale = messageLocale('batch', values.lang);
  const words = studioMessages[locale];
  const manifestFormat = oneOf<ManifestFormat>('manifest-format', values['manifest-format'], MANIFEST_FORMATS, 'csv');
  const encoding = oneOf('encoding', values.encoding, ENCODINGS);
  const format = oneOf<ImageFormat>('format', values.format, IMAGE_FORMATS, 'svg');
  const skipInvalid = values['skip-invalid'] === true;
  const force = values.force === true;
  const printFiles = printFileRequest(values.sheet, values['one-pdf']);

  const logo = values.logo === undefined ? undefined : await readLogo(values.logo);
  const where = (line: number) => `${csvPath}:${line}`;
  let table;
  let file;
  try {
    file = await readTable(csvPath, encoding, locale);
    table = readBatchTable(file.records, Boolean(values.channel?.trim()), locale);
  } catch (error) {
    if (error instanceof CsvSyntaxError || error instanceof BatchTableError)
      throw new CliFailure(EXIT.invalid, `${where(error.line)}: ${error.message}`);
    throw error;
  }
  if (table.ignored.length > 0) io.err(`${where(table.headerLine)}: ${words.warning}: ${words.ignoredColumns(table.ignored)}`);
  if (table.rows.length === 0) throw new CliFailure(EXIT.invalid, `${csvPath}: ${words.noRows}`);

  const scanBase = values['scan-base'] === undefined ? undefined : checkScanBase(values['scan-base']);
  const planOptions = { defaults: { ...values, format: undefined }, logo, locale, format, scanBase };
  // A large batch is encoded and rendered on worker threads; the checks below are the same.
  const prepared = await prepareInWorkers(table.rows, planOptions);
  const { planned, invalid, warnings } = planBatch(table.rows, { ...planOptions, resolved: prepared?.resolved });
  const rendered = new Map(table.rows.map((row, index) => [row.line, prepared?.rendered[index]]));
  for (const { line, message } of invalid) io.err(`${where(line)}: ${message}`);
  const invalidLines = [...new Set(invalid.map(({ line }) => line))];
  if (invalidLines.length > 0 && !skipInvalid)
    throw new CliFailure(EXIT.invalid, words.invalidRows(invalidLines.length, table.rows.length));
  if (planned.length === 0) throw new CliFailure(EXIT.invalid, `${csvPath}: ${words.noValidRows}`);
  for (const { line, message } of warnings) io.err(`${where(line)}: ${words.warning}: ${message}`);

  const manifestPath = join(outDir, `manifest.${manifestFormat}`);
  const files = planned.map(({ file }) => join(outDir, file));
  const printPaths = printFilePaths(printFiles, outDir);
  checkTargets([...files, manifestPath, ...Object.values(printPaths)], force);
  await makeDirectory(outDir);
  const resources: RenderResources = {
    outliner:
      printFiles.sheet || planned.some(({ spec, line }) => needsFont(spec) && !rendered.get(line)) ? await loadOutliner() : undefined,
    logo: logo && (await import('../qr-png.js')).readLogo(logo.bytes),
  };
  await writeCodes(planned, outDir, resources, force, io, rendered);
  await writePrintFiles(planned, printFiles, printPaths, csvPath, resources, locale, force);
  await writeOutput(manifestPath, formatManifest(planned.map(manifestEntry), manifestFormat), force);

  // UTF-8 goes without saying; another encoding is said, so a wrong guess cannot pass unseen.
  const read = file.encoding && file.encoding !== 'utf-8' ? file.note : undefined;
  const notes = [
    invalidLines.length > 0 ? words.skippedInvalid(invalidLines) : '',
    table.empty.length > 0 ? words.skippedEmpty(table.empty) : '',
    read ?? '',
  ].filter(Boolean);
  io.out(`${words.wrote(planned.length, outDir, manifestPath)}${notes.length > 0 ? `; ${notes.join('; ')}` : ''}`);
  return invalidLines.length > 0 ? EXIT.skipped : EXIT.ok;
}

/**
 * Renders (unless a worker did) and writes the codes, showing progress on a terminal. The
 * writes are synchronous: a small file's open, write and close cost the thread less so than
 * three round trips to libuv's pool, and the codes are drawn by then on a large batch.
 *
 * @throws CliFailure (overwrite, I/O) saying how many codes were written before it.
 */
async function writeCodes(
  planned: readonly PlannedCode[],
  outDir: string,
  resources: RenderResources,
  force: boolean,
  io: CliIo,
  rendered: ReadonlyMap<number, Uint8Array | undefined>,
): Promise<void> {
  // The renderers (and the PNG library) load only when this thread has codes to draw.
  const render = planned.every(({ line }) => rendered.get(line)) ? undefined : (await import('../render.js')).renderCode;
  let written = 0;
  try {
    for (const [index, code] of planned.entries()) {
      const file = join(outDir, code.file);
      io.progress(`[${index + 1}/${planned.length}] ${file}`);
      writeOutputSync(file, rendered.get(code.line) ?? render!(code.spec, resources), force);
      written++;
    }
  } catch (error) {
    if (error instanceof CliFailure)
      throw new CliFailure(error.exitCode, `${error.message}${cliWords().writtenBefore(written, planned.length)}`);
    throw error;
  } finally {
    io.progress(undefined);
  }
}
