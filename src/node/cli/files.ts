import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { PNG } from 'pngjs';
import { ConsultInputError } from '../../core/errors.js';
import { CliFailure, EXIT } from './exit-codes.js';
import type { Logo } from '../../core/print/printed-code.js';

/** Text encodings a CSV may come in: UTF-8, or the code page Korean Excel saves plain "CSV" in. */
export const ENCODINGS = ['utf-8', 'euc-kr'] as const;

function ioFailure(action: string, path: string, error: unknown): CliFailure {
  const reason = error instanceof Error && 'code' in error ? describeCode(String(error.code), error.message) : String(error);
  return new CliFailure(EXIT.io, `cannot ${action} ${path}: ${reason}`);
}

function describeCode(code: string, message: string): string {
  const reasons: Record<string, string> = {
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'it is a directory',
    ENOTDIR: 'a part of the path is not a directory',
    ENOSPC: 'no space left on the device',
    EROFS: 'the file system is read-only',
  };
  return reasons[code] ?? message;
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
 * Reads a text file, dropping a byte-order mark. Bytes that are not valid in the encoding are
 * refused, never replaced: a mangled Korean value would end up on a printed code.
 *
 * @throws CliFailure (I/O) when the file cannot be read, (invalid) when it does not decode.
 */
export async function readText(path: string, encoding: (typeof ENCODINGS)[number]): Promise<string> {
  const bytes = await readBytes(path);
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const hint =
      encoding === 'utf-8'
        ? ' Excel\'s plain "CSV" is saved in the system code page (EUC-KR/CP949 in Korea): save as "CSV UTF-8", or pass --encoding euc-kr.'
        : '';
    throw new CliFailure(EXIT.invalid, `${path} is not valid ${encoding.toUpperCase()} text.${hint}`);
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
    PNG.sync.read(bytes);
  } catch {
    throw new ConsultInputError('logo', `logo ${path} is not a readable PNG file; convert it to PNG.`);
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
  throw new CliFailure(EXIT.overwrite, `${existing.length} file${existing.length === 1 ? '' : 's'} would be overwritten; nothing was written. Pass --force to overwrite:\n${shown.join('\n')}`);
}

/** Creates a directory and its parents. @throws CliFailure (I/O). */
export async function makeDirectory(path: string): Promise<void> {
  try {
    await mkdir(path, { recursive: true });
  } catch (error) {
    throw ioFailure('create the directory', path, error);
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
    if (error instanceof Error && 'code' in error && error.code === 'EEXIST') {
      throw new CliFailure(EXIT.overwrite, `${path} appeared while writing and would be overwritten; pass --force to overwrite.`);
    }
    throw ioFailure('write', path, error);
  }
}
