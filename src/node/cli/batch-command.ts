import { basename, join } from 'node:path';
import { ConsultInputError } from '../../core/errors.js';
import { HELP_OPTION, LAUNCH_OPTIONS, parseCommandLine, RENDER_OPTIONS } from './args.js';
import { BatchTableError, readBatchTable, type BatchRow } from './batch-table.js';
import { CODE_FIELDS, CodeInputErrors, describeError, resolveCode, type CodeInput, type CodeSpec, type Logo } from './code-spec.js';
import { CsvSyntaxError, parseCsv } from './csv.js';
import { CliFailure, EXIT, UsageError } from './exit-codes.js';
import { checkFileName } from './file-name.js';
import { checkTargets, ENCODINGS, makeDirectory, readLogo, readText, writeOutput } from './files.js';
import { BATCH_HELP } from './help.js';
import type { CliIo } from './io.js';
import { formatManifest, MANIFEST_FORMATS, type ManifestEntry, type ManifestFormat } from './manifest.js';
import { renderCode } from './render.js';

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
} as const;

/** Files written at once while the next codes render. */
const MAX_PENDING_WRITES = 16;

/** A valid row, ready to write. */
interface PlannedCode {
  line: number;
  name: string;
  file: string;
  spec: CodeSpec;
}

function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  const lower = value.toLowerCase() as T;
  if (allowed.includes(lower)) return lower;
  throw new UsageError('batch', `--${option} "${value}" must be ${allowed.map((item) => `"${item}"`).join(' or ')}.`);
}

/**
 * `kakao-consult batch`: one code per CSV row. Every row is checked before anything is
 * written, and every target before the first file: a refused batch leaves the output as it was.
 *
 * @returns the exit code.
 * @throws UsageError, CliFailure (invalid, overwrite, I/O), ConsultInputError (logo).
 */
export async function batchCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine('batch', args, OPTIONS);
  if (values.help) {
    io.out(BATCH_HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError('batch', `give one CSV file${positionals.length > 1 ? `, not ${positionals.length} ("${positionals.join('", "')}")` : ''}.`);
  const [csvPath] = positionals as [string];
  const outDir = values.output;
  if (!outDir) throw new UsageError('batch', '-o DIR is required: the directory to write the codes to.');
  const manifestFormat = oneOf<ManifestFormat>('manifest-format', values['manifest-format'], MANIFEST_FORMATS, 'csv');
  const encoding = oneOf('encoding', values.encoding, ENCODINGS, 'utf-8');
  oneOf('format', values.format, ['svg', 'png'], 'svg');
  const skipInvalid = values['skip-invalid'] === true;
  const force = values.force === true;

  const logo = values.logo === undefined ? undefined : await readLogo(values.logo);
  const where = (line: number) => `${csvPath}:${line}`;
  let table;
  try {
    table = readBatchTable(parseCsv(await readText(csvPath, encoding)), Boolean(values.channel?.trim()));
  } catch (error) {
    if (error instanceof CsvSyntaxError || error instanceof BatchTableError) throw new CliFailure(EXIT.invalid, `${where(error.line)}: ${error.message}`);
    throw error;
  }
  if (table.ignored.length > 0) {
    io.err(`${where(table.headerLine)}: warning: ignoring column${table.ignored.length > 1 ? 's' : ''} ${table.ignored.map((name) => `"${name}"`).join(', ')} (not a batch column; see --help).`);
  }
  if (table.rows.length === 0) throw new CliFailure(EXIT.invalid, `${csvPath}: no rows below the header: nothing to make.`);

  const { planned, invalid, warnings } = planRows(table.rows, values, logo, outDir, where);
  for (const { line, message } of invalid) io.err(`${where(line)}: ${message}`);
  const invalidLines = [...new Set(invalid.map(({ line }) => line))];
  if (invalidLines.length > 0 && !skipInvalid) {
    throw new CliFailure(
      EXIT.invalid,
      `${invalidLines.length} of ${table.rows.length} rows ${invalidLines.length === 1 ? 'is' : 'are'} invalid; nothing was written. Fix ${invalidLines.length === 1 ? 'it' : 'them'}, or pass --skip-invalid to write the other rows.`,
    );
  }
  if (planned.length === 0) throw new CliFailure(EXIT.invalid, `no valid rows in ${csvPath}; nothing was written.`);
  for (const warning of warnings) io.err(warning);

  const manifestPath = join(outDir, `manifest.${manifestFormat}`);
  checkTargets([...planned.map(({ file }) => file), manifestPath], force);
  await makeDirectory(outDir);
  await writeCodes(planned, force, io);
  await writeOutput(manifestPath, formatManifest(planned.map(manifestEntry), manifestFormat), force);

  const skipped = invalidLines.length > 0 ? `; skipped ${invalidLines.length} invalid row${invalidLines.length === 1 ? '' : 's'} (line${invalidLines.length === 1 ? '' : 's'} ${invalidLines.join(', ')})` : '';
  io.out(`wrote ${planned.length} code${planned.length === 1 ? '' : 's'} to ${outDir} and ${manifestPath}${skipped}`);
  return EXIT.ok;
}

/**
 * Renders and writes the codes, showing progress on a terminal. Writes overlap the next
 * codes' rendering: creating a file costs about as much as drawing a code.
 *
 * @throws CliFailure (overwrite, I/O) saying how many codes were written before it.
 */
async function writeCodes(planned: readonly PlannedCode[], force: boolean, io: CliIo): Promise<void> {
  const pending = new Set<Promise<void>>();
  let written = 0;
  try {
    for (const [index, code] of planned.entries()) {
      io.progress(`[${index + 1}/${planned.length}] ${code.file}`);
      const write: Promise<void> = writeOutput(code.file, renderCode(code.spec), force).then(() => {
        written++;
        pending.delete(write);
      });
      pending.add(write);
      if (pending.size >= MAX_PENDING_WRITES) await Promise.race(pending);
    }
    await Promise.all(pending);
  } catch (error) {
    await Promise.allSettled(pending);
    if (error instanceof CliFailure) throw new CliFailure(error.exitCode, `${error.message} (${written} of ${planned.length} codes were written before it; no manifest.)`);
    throw error;
  } finally {
    io.progress(undefined);
  }
}

/**
 * Checks every row: its name (safe, unique ignoring case, as file systems may), and its code
 * with the command line's options filling blank cells.
 */
function planRows(rows: readonly BatchRow[], defaults: CodeInput, logo: Logo | undefined, outDir: string, where: (line: number) => string) {
  const planned: PlannedCode[] = [];
  const invalid: { line: number; message: string }[] = [];
  const warnings: string[] = [];
  const names = new Map<string, number>();
  const urls = new Map<string, PlannedCode>();
  for (const row of rows) {
    const messages = [...row.problems];
    let name: string | undefined;
    try {
      name = checkFileName(row.cells.name ?? '');
      const first = names.get(name.toLowerCase());
      if (first !== undefined) messages.push(`name "${name}" is already used on line ${first}: each row needs its own file name.`);
      else names.set(name.toLowerCase(), row.line);
    } catch (error) {
      if (!(error instanceof ConsultInputError)) throw error;
      messages.push(describeError(error));
    }
    const input: CodeInput = {};
    for (const field of CODE_FIELDS) input[field] = row.cells[field]?.trim() || defaults[field];
    // A row's own size or px replaces the command line's sizing, rather than conflicting with it.
    if (row.cells.size?.trim() || row.cells.px?.trim()) {
      input.size = row.cells.size?.trim();
      input.px = row.cells.px?.trim();
    }
    let spec: CodeSpec | undefined;
    try {
      spec = resolveCode(input, logo);
    } catch (error) {
      if (!(error instanceof CodeInputErrors)) throw error;
      messages.push(...error.errors.map(describeError));
    }
    if (messages.length > 0 || !spec || !name) {
      invalid.push(...messages.map((message) => ({ line: row.line, message })));
      continue;
    }
    const code = { line: row.line, name, file: join(outDir, `${name}.${spec.format}`), spec };
    planned.push(code);
    for (const warning of spec.warnings) warnings.push(`${where(row.line)}: warning: ${warning}`);
    const twin = urls.get(spec.launch.url);
    if (twin) warnings.push(`${where(row.line)}: warning: "${name}" carries the same URL as "${twin.name}" on line ${twin.line}: the agent cannot tell them apart; give each its own placement.`);
    else urls.set(spec.launch.url, code);
  }
  return { planned, invalid, warnings };
}

function manifestEntry({ line, name, file, spec }: PlannedCode): ManifestEntry {
  const { context } = spec;
  return {
    line,
    name,
    file: basename(file),
    format: spec.format,
    url: spec.launch.url,
    extra: context.extra,
    shortened: context.shortened,
    dropped: context.dropped.map(({ field, reason }) => `${field}:${reason}`),
  };
}
