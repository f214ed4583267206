import { EXIT } from './exit-codes.js';

/** Where a command writes: results on stdout, problems and progress on stderr. */
export interface CliIo {
  /** Writes a line of results to stdout. */
  out(line: string): void;
  /** Writes a line of warnings or errors to stderr. */
  err(line: string): void;
  /**
   * Shows a status line in place, replaced by the next one; `undefined` clears it. Only on
   * an interactive terminal: pipes, files and CI logs get nothing.
   */
  progress(line: string | undefined): void;
}

/**
 * Ends the process quietly when the reader of its output goes away (`kakao-consult report … |
 * head`): what Unix tools do, dying of SIGPIPE with no message. Node ignores SIGPIPE and would
 * throw EPIPE with a stack trace instead; the exit code is the one a shell shows for SIGPIPE.
 */
function endOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT.closedPipe);
    throw error;
  });
}

/** The process' own streams. */
export function processIo(): CliIo {
  endOnClosedPipe(process.stdout);
  endOnClosedPipe(process.stderr);
  const interactive = process.stderr.isTTY === true && !process.env.CI;
  let shown = false;
  return {
    out: (line) => void process.stdout.write(`${line}\n`),
    err: (line) => {
      if (shown) process.stderr.write('\r\x1b[2K');
      shown = false;
      process.stderr.write(`${line}\n`);
    },
    progress: (line) => {
      if (!interactive) return;
      // Clipped to the terminal's width (0 when unknown): a wrapped line could not be replaced in place.
      process.stderr.write(`\r\x1b[2K${(line ?? '').slice(0, (process.stderr.columns || 80) - 1)}`);
      shown = line !== undefined;
    },
  };
}
