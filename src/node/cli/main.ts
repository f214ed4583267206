// `kakao-consult`: QR codes and launch links for print and offline ads. The entry reads
// the command, hands the rest of the arguments to it, and turns failures into one message
// on stderr and a documented exit code.
import { readFileSync } from 'node:fs';
import { ConsultInputError } from '../../core/errors.js';
import { CodeInputErrors } from '../../core/print/printed-code.js';
import { describeInputError } from '../../core/i18n/studio-messages.js';
import { CliFailure, EXIT, UsageError } from './exit-codes.js';
import { cliLocale, cliWords, localeOfArguments, setCliLocale } from './locale.js';
import { nearest } from '../../core/operating/remote-config.js';
import { processIo, type CliIo } from './io.js';

type Command = (args: string[], io: CliIo) => number | Promise<number>;

// Each command's modules load when it runs: a run pays only for its own (a batch does not load the report's or the server's).
const COMMANDS: Record<string, () => Promise<Command>> = {
  qr: async () => (await import('./qr-command.js')).qrCommand,
  url: async () => (await import('./url-command.js')).urlCommand,
  batch: async () => (await import('./batch/batch-command.js')).batchCommand,
  report: async () => (await import('./report/report-command.js')).reportCommand,
  scans: async () => (await import('./scans/scans-command.js')).scansCommand,
};

/** The package's version; package.json sits three levels up from both src/node/cli/ and dist/node/cli/. */
function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}

/**
 * Runs `kakao-consult` with the arguments after the program name.
 *
 * @returns the exit code (see `EXIT`).
 */
export async function main(given: string[], io: CliIo): Promise<number> {
  setCliLocale(localeOfArguments(given));
  // `--lang ko` before the command is the run's, not the command's.
  const args = given[0] === '--lang' ? given.slice(2) : given[0]?.startsWith('--lang=') ? given.slice(1) : given;
  const [command, ...rest] = args;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.out((await import('./help.js')).helpPage('main'));
      return command === undefined ? EXIT.usage : EXIT.ok;
    }
    if (command === '--version' || command === '-v') {
      io.out(version());
      return EXIT.ok;
    }
    const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!load) throw new UsageError(undefined, cliWords().unknownCommand(command, nearest(command, Object.keys(COMMANDS)) ?? undefined));
    return await (
      await load()
    )(rest, io);
  } catch (error) {
    return report(error, io);
  }
}

/** Prints a failure and returns its exit code. */
function report(error: unknown, io: CliIo): number {
  if (error instanceof UsageError) {
    const command = error.command === undefined ? '' : ` ${error.command}`;
    io.err(`kakao-consult${command}: ${error.message}`);
    io.err(cliWords().seeHelp(command));
    return error.exitCode;
  }
  if (error instanceof CliFailure) {
    io.err(`kakao-consult: ${error.message}`);
    return error.exitCode;
  }
  if (error instanceof CodeInputErrors || error instanceof ConsultInputError) {
    // A code's problems are worded for the reader already; a lone input error (the logo) is not.
    if (error instanceof CodeInputErrors) for (const problem of error.errors) io.err(`kakao-consult: ${problem.message}`);
    else io.err(`kakao-consult: ${describeInputError(error, cliLocale())}`);
    return EXIT.invalid;
  }
  io.err(`kakao-consult: ${cliWords().internal(error instanceof Error ? (error.stack ?? error.message) : String(error))}`);
  return EXIT.internal;
}

process.exitCode = await main(process.argv.slice(2), processIo());
