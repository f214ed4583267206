/** What `kakao-consult` exits with; documented in every `--help`. */
export const EXIT = {
  ok: 0,
  /** A value or CSV row is invalid; each is reported on stderr. */
  invalid: 1,
  /** The command line itself is wrong: unknown command or option, a missing argument. */
  usage: 2,
  /** Files exist where output would go, and `--force` was not given; nothing was written. */
  overwrite: 3,
  /** A file could not be read or written. */
  io: 4,
  /** `batch --skip-invalid` wrote the valid rows and skipped invalid ones (each reported on stderr). */
  skipped: 5,
  /** A bug in the tool (sysexits' EX_SOFTWARE). */
  internal: 70,
  /** The reader of stdout closed it (`| head`): 128 + SIGPIPE, what a shell shows for Unix tools ended by it. */
  closedPipe: 141,
} as const;

/** The exit codes as `--help` lists them. */
export const EXIT_CODES_HELP = `Exit codes:
  0   done
  1   invalid input: a bad value or CSV row (each one reported on stderr)
  2   usage error: unknown command or option, missing or conflicting arguments
  3   would overwrite existing files: nothing written (pass --force to overwrite)
  4   I/O error: a file could not be read or written
  5   batch --skip-invalid: the valid rows were written, invalid rows skipped (each reported)
  70  internal error: a bug, please report it
  141 the output's reader closed the pipe (e.g. | head): ended quietly, as Unix tools do`;

/** A failure the CLI reports in one message and exits with `exitCode`. */
export class CliFailure extends Error {
  constructor(
    readonly exitCode: number,
    message: string,
  ) {
    super(message);
  }
}

/** The command line is wrong: the message is followed by a pointer to the command's `--help`. */
export class UsageError extends CliFailure {
  constructor(
    /** The command whose arguments are wrong; undefined when the command itself is. */
    readonly command: string | undefined,
    message: string,
  ) {
    super(EXIT.usage, message);
  }
}
