import { existsSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { ConsultInputError } from '../../core/errors.js';
import type { Locale } from '../../core/i18n/labels.js';
import { decodeText, ENCODING_CHOICES, TextDecodeError, type EncodingChoice } from '../../core/table/text-encoding.js';
import { readTableFile, TableFileError, type TableFile } from '../../core/table/table-file.js';
import { decodeCp949 } from './cp949.js';
import { CliFailure, EXIT } from './exit-codes.js';
import { cliWords } from './locale.js';
import type { Logo } from '../../core/print/printed-code.js';

/** Text encodings a table or log may be named in with `--encoding`. */
export const ENCODINGS = ENCODING_CHOICES;

function ioFailure(action: 'read' | 'write' | 'mkdir', path: string, error: unknown): CliFailure {
  const words = cliWords();
  const reason = error instanceof Error && 'code' in error ? words.ioReason(String(error.code), error.message) : String(error);
  return new CliFailure(EXIT.io, words.cannot(action, path, reason));
}

/** A file's bytes, or a CliFailure (I/O) naming it. */
async function readBytes(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    throw ioFailure('read', path, error);
  }
}

/**
 * Reads a table file (CSV or TSV in UTF-8, UTF-16 or code page 949, an .xlsx workbook, a
 * manifest as CSV or JSON, a studio ZIP): the core's one reader, with a full 949 table.
 *
 * @throws CliFailure (I/O) when the file cannot be read, (invalid) naming `path:line:column` when it does not decode.
 */
export async function readTable(path: string, encoding: EncodingChoice | undefined, locale: Locale): Promise<TableFile> {
  const bytes = await readBytes(path);
  try {
    return readTableFile(path, bytes, { encoding, cp949: decodeCp949, locale });
  } catch (error) {
    if (error instanceof TableFileError)
      throw new CliFailure(EXIT.invalid, `${path}:${error.line}${error.column === undefined ? '' : `:${error.column}`}: ${error.message}`);
    throw error;
  }
}

/**
 * Reads a text file that is not a batch table (a manifest for `scans serve`, a scans CSV) in
 * any encoding a table may be in, so no value is quietly changed on the way in.
 *
 * @throws CliFailure (I/O) when unreadable, (invalid) naming `path:line:column` when it does not decode.
 */
export async function readText(path: string): Promise<string> {
  const bytes = await readBytes(path);
  try {
    return decodeText(bytes, { cp949: decodeCp949 }).text;
  } catch (error) {
    if (error instanceof TextDecodeError) throw new CliFailure(EXIT.invalid, `${path}:${error.line}:${error.column}: ${error.message}`);
    throw error;
  }
}

/**
 * Reads and checks a logo: a PNG file that decodes, so no code fails on it halfway through a batch.
 *
 * @throws CliFailure (I/O) when unreadable; ConsultInputError naming `logo` when not a PNG.
 */
export async function readLogo(path: string): Promise<Logo> {
  const bytes = await readBytes(path);
  try {
    // The PNG library loads only for a logo.
    (await import('pngjs')).PNG.sync.read(bytes);
  } catch {
    throw new ConsultInputError('logo', cliWords().logoNotPng(path));
  }
  return { bytes };
}

/**
 * Refuses to go on when any target exists (unless `force`): checked for all targets before
 * anything is written, so a refused batch leaves no half-written output behind.
 *
 * @throws CliFailure (overwrite) listing the files that exist.
 */
export function checkTargets(paths: readonly string[], force: boolean): void {
  if (force) return;
  const existing = paths.filter((path) => existsSync(path));
  if (existing.length === 0) return;
  const shown = existing.slice(0, 10).map((path) => `  ${path}`);
  if (existing.length > 10) shown.push(`  … and ${existing.length - 10} more`);
  throw new CliFailure(EXIT.overwrite, cliWords().wouldOverwrite(existing.length, shown.join('\n')));
}

/** Creates a directory and its parents. @throws CliFailure (I/O). */
export async function makeDirectory(path: string): Promise<void> {
  try {
    await mkdir(path, { recursive: true });
  } catch (error) {
    throw ioFailure('mkdir', path, error);
  }
}

/**
 * Writes a file. Without `force` it is created exclusively, so a file that appeared since the
 * targets were checked is still not overwritten.
 *
 * @throws CliFailure (overwrite) for such a file, (I/O) for any other failure.
 */
export async function writeOutput(path: string, data: Uint8Array | string, force: boolean): Promise<void> {
  try {
    await writeFile(path, data, { flag: force ? 'w' : 'wx' });
  } catch (error) {
    throw writeFailure(path, error);
  }
}

/** {@link writeOutput} on this thread: for many small files, where the pool's round trips cost more than the writes. */
export function writeOutputSync(path: string, data: Uint8Array | string, force: boolean): void {
  try {
    writeFileSync(path, data, { flag: force ? 'w' : 'wx' });
  } catch (error) {
    throw writeFailure(path, error);
  }
}

function writeFailure(path: string, error: unknown): CliFailure {
  if (error instanceof Error && 'code' in error && error.code === 'EEXIST')
    return new CliFailure(EXIT.overwrite, cliWords().appeared(path));
  return ioFailure('write', path, error);
}
