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

/** The process' own streams. */
export function processIo(): CliIo {
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
