import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { createConsultCounter, DIMENSIONS, type ConsultReport, type Dimension } from '../../../core/report/consult-report.js';
import { ConsultInputError } from '../../../core/errors.js';
import { verifyExtra } from '../../server/sign.js';
import { HELP_OPTION, parseCommandLine } from '../args.js';
import { CliFailure, EXIT, UsageError } from '../exit-codes.js';
import { ENCODINGS } from '../files.js';
import { helpPage, SECRET_ENV } from '../help.js';
import { cliLocale, cliWords } from '../locale.js';
import { cp949Stream } from '../cp949.js';
import { studioMessages } from '../../../core/i18n/studio-messages.js';
import type { CliIo } from '../io.js';
import { reportCsv, reportTable } from './report-table.js';
import { reportHtml } from './report-html.js';
import { funnel, type Funnel } from '../../../core/report/funnel.js';
import { funnelCsv, funnelHtml, funnelTable } from '../scans/funnel-output.js';
import { readScanTallies } from '../scans/scan-source.js';

const OPTIONS = {
  ...HELP_OPTION,
  column: { type: 'string' },
  by: { type: 'string' },
  format: { type: 'string' },
  secret: { type: 'string' },
  encoding: { type: 'string' },
  top: { type: 'string' },
  scans: { type: 'string' },
} as const;

const FORMATS = ['table', 'csv', 'json', 'html'] as const;
/** Rows between two progress lines. */
const PROGRESS_EVERY = 100_000;

function choose<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError('report', cliWords().notOneOf(name, value, allowed));
}

function dimensions(value: string | undefined): Dimension[] | undefined {
  if (value === undefined) return undefined;
  const names = value.split(',').map((name) => name.trim());
  for (const name of names) choose('by', name, DIMENSIONS, 'placement');
  return names as Dimension[];
}

/** A streaming decoder that throws at the first byte it cannot read (949: a U+FFFD, which it maps nothing to). */
function streamDecoder(encoding: (typeof ENCODINGS)[number]): { write(chunk: Uint8Array): string; end(): string } {
  if (encoding === 'cp949' || encoding === 'euc-kr') {
    const stream = cp949Stream();
    const checked = (text: string) => {
      if (text.includes('\ufffd')) throw new TypeError('undecodable');
      return text;
    };
    return { write: (chunk) => checked(stream.write(chunk)), end: () => checked(stream.end()) };
  }
  let decoder: TextDecoder | undefined;
  return {
    write: (chunk) => {
      // UTF-16's byte order from its mark; little-endian (Windows') without one.
      decoder ??= new TextDecoder(encoding === 'utf-8' ? 'utf-8' : chunk[0] === 0xfe && chunk[1] === 0xff ? 'utf-16be' : 'utf-16le', {
        fatal: true,
      });
      return decoder.decode(chunk, { stream: true });
    },
    end: () => decoder?.decode() ?? '',
  };
}

/** Line breaks in `chunk` before its first byte that does not decode, so the message names that byte's line. */
function linesBeforeBadByte(chunk: Uint8Array, encoding: (typeof ENCODINGS)[number]): number {
  const text =
    encoding === 'cp949' || encoding === 'euc-kr'
      ? cp949Stream().write(chunk)
      : new TextDecoder(encoding === 'utf-8' ? 'utf-8' : chunk[0] === 0xfe && chunk[1] === 0xff ? 'utf-16be' : 'utf-16le').decode(chunk);
  const bad = text.indexOf('\ufffd');
  return bad === -1 ? 0 : text.slice(0, bad).split('\n').length - 1;
}

/** Streams the file through the counter; a line of progress on a terminal every so often. */
async function count(
  input: Readable,
  path: string,
  encoding: (typeof ENCODINGS)[number],
  counter: ReturnType<typeof createConsultCounter>,
  io: CliIo,
): Promise<ConsultReport> {
  const decoder = streamDecoder(encoding);
  let lines = 0;
  let shown = 0;
  const started = performance.now();
  try {
    for await (const chunk of input) {
      let text: string;
      try {
        text = decoder.write(chunk as Uint8Array);
      } catch {
        const line = lines + 1 + linesBeforeBadByte(chunk as Uint8Array, encoding);
        throw new CliFailure(
          EXIT.invalid,
          `${path}:${line}: ${studioMessages[cliLocale()].undecodable(encoding === 'utf-8' ? 'UTF-8' : encoding.toUpperCase())}`,
        );
      }
      counter.push(text);
      for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines++;
      if (lines - shown >= PROGRESS_EVERY) {
        shown = lines;
        const seconds = (performance.now() - started) / 1000;
        io.progress(`report: ${lines.toLocaleString('en')} lines read (${Math.round(lines / seconds).toLocaleString('en')}/s)…`);
      }
    }
    counter.push(decoder.end());
  } catch (error) {
    if (error instanceof CliFailure || error instanceof ConsultInputError) throw error;
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    throw new CliFailure(
      EXIT.io,
      cliWords().cannot('read', path, cliWords().ioReason(code, error instanceof Error ? error.message : String(error))),
    );
  } finally {
    io.progress(undefined);
  }
  return counter.end();
}

/**
 * `kakao-consult report FILE`: counts consults in an exported log by placement, campaign,
 * source, page and day, streaming it, and prints a table, CSV, JSON or an HTML page.
 *
 * @returns the exit code: 0 even with unreadable rows (they are counted and listed), 1 when
 * the file holds no `extra` column or does not decode.
 */
export async function reportCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine('report', args, OPTIONS);
  if (values.help) {
    io.out(helpPage('report'));
    return EXIT.ok;
  }
  if (positionals.length !== 1)
    throw new UsageError('report', positionals.length === 0 ? cliWords().reportFileMissing : cliWords().oneInputFile(positionals));
  const path = positionals[0]!;
  const format = choose('format', values.format, FORMATS, 'table');
  const encoding = choose('encoding', values.encoding, ENCODINGS, 'utf-8');
  const top = values.top === undefined ? 20 : Number(values.top);
  if (!(Number.isInteger(top) && top > 0)) throw new UsageError('report', cliWords().topNumber(String(values.top)));
  const secret = values.secret ?? process.env[SECRET_ENV];
  const verify = secret
    ? (extra: string, at: number | undefined) => {
        // Without the consult's time, expiry cannot be judged: time 0 never expires a value.
        const result = verifyExtra(extra, secret, { now: at ?? 0 });
        return result.valid ? 'valid' : result.reason;
      }
    : undefined;
  // With --scans, consults are joined to scan-counted codes by their extra.
  const consultsByExtra = new Map<string, number>();
  const onCounted =
    values.scans === undefined ? undefined : (extra: string) => void consultsByExtra.set(extra, (consultsByExtra.get(extra) ?? 0) + 1);
  const counter = createConsultCounter({ column: values.column, by: dimensions(values.by), verify, onCounted });
  const input =
    path === '-'
      ? process.stdin // 64 KiB reads: larger ones read no faster here and let the heap grow past 100 MB on a big log.
      : createReadStream(path, { highWaterMark: 1 << 16 });
  let report: ConsultReport;
  try {
    report = await count(input, path, encoding, counter, io);
  } catch (error) {
    if (error instanceof ConsultInputError) throw new CliFailure(EXIT.invalid, `${path}: ${error.message}`);
    throw error;
  }
  for (const problem of report.problems) io.err(`warning: ${path}:${problem.line}: ${problem.message}`);
  if (report.unreadable > report.problems.length)
    io.err(`warning: ${(report.unreadable - report.problems.length).toLocaleString('en')} more unreadable rows not listed.`);
  if (values.scans !== undefined) return printFunnel(funnel(await readScanTallies(values.scans), consultsByExtra), format, path, io);
  if (format === 'json') io.out(JSON.stringify(report, null, 2));
  else if (format === 'csv') io.out(reportCsv(report).trimEnd());
  else if (format === 'html') io.out(reportHtml(report, { top, title: path }));
  else io.out(reportTable(report, { top }));
  return EXIT.ok;
}

/** Prints the funnel (`--scans`) in the format asked for. */
function printFunnel(result: Funnel, format: (typeof FORMATS)[number], title: string, io: CliIo): number {
  if (format === 'json') io.out(JSON.stringify(result, null, 2));
  // LF line ends throughout (io.out ends the last line with one); no field holds a line break.
  else if (format === 'csv') io.out(funnelCsv(result).replace(/\r\n/g, '\n').trimEnd());
  else if (format === 'html') io.out(funnelHtml(result, title));
  else io.out(funnelTable(result));
  return EXIT.ok;
}
