import { readReferenceBody } from '../agent/agent-reference.js';
import { parseExtra } from '../launch/context.js';
import { createRecordReader, type RecordReader } from '../table/csv-stream.js';
import { ConsultInputError } from '../errors.js';
import type { SignatureState } from '../agent/signature.js';

/**
 * Which buttons and posters bring consults: a consult log (CSV/TSV exported from the agent
 * system, or JSON lines of `/reference` bodies) counted by placement, campaign, source, page
 * and day, as it streams in. Memory stays flat: a row is counted and forgotten, and each
 * breakdown keeps at most {@link MAX_VALUES} distinct values. Runs in Node (the CLI's
 * `report`) and in a browser page alike.
 */

/** What a report can break consults down by. */
export const DIMENSIONS = ['placement', 'campaign', 'source', 'page', 'day'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** Distinct values kept per breakdown; the rest are counted together as {@link OTHER}. */
export const MAX_VALUES = 10_000;
/** The value of rows without the field. */
export const NONE = '(none)';
/** The value counting everything past {@link MAX_VALUES}. */
export const OTHER = '(other)';

export interface ReportEntry {
  value: string;
  count: number;
  /** count / counted, 0 to 1. */
  share: number;
}

/** A row that was not counted, and why. */
export interface ReportProblem {
  line: number;
  message: string;
}

export interface ConsultReport {
  /** How the log was read, and which column held `extra` (CSV/TSV). */
  format: 'csv' | 'tsv' | 'jsonl';
  column?: string;
  /** Data rows read (the header excluded). */
  rows: number;
  /** Rows counted in the breakdowns. */
  counted: number;
  /** Rows that could not be read, or whose `extra` is not the kit's. */
  unreadable: number;
  /** With a verifier: signed rows that were not `valid`, counted apart. */
  unsigned: number;
  tampered: number;
  expired: number;
  /** Each requested breakdown, largest first (days in order). */
  by: Partial<Record<Dimension, ReportEntry[]>>;
  /** The first {@link MAX_PROBLEMS} rows not counted, by line. */
  problems: ReportProblem[];
}

/** Problems kept for the report; the counts cover them all. */
export const MAX_PROBLEMS = 20;

export interface ReportOptions {
  /** The CSV column holding `extra`: a header name or a 1-based number. Default: by header, else by content. */
  column?: string;
  /** The breakdowns, default all but `day`, and `day` when the log has times. */
  by?: readonly Dimension[];
  /**
   * Judges a row's signature (synchronously, e.g. Node's `verifyExtra`); rows not `valid` are
   * counted apart. `at` is the consult's time when the log has one: expiry is judged then.
   */
  verify?: (extra: string, at: number | undefined) => SignatureState;
  /** Told each counted consult's `extra`, e.g. to join consults to scan-counted codes. */
  onCounted?: (extra: string) => void;
}

/** Header names that hold `extra`, and those that hold the consult's time (lower case). */
const EXTRA_HEADERS = ['extra', 'reference', '메타정보', 'reference.extra', 'meta'];
const TIME_HEADERS = ['time', 'date', 'created_at', 'timestamp', '일시', '날짜', '상담일시', '시작일시', '접수일시'];
/** Rows examined to find the `extra` column by content. */
const SNIFF_ROWS = 100;
const KST_OFFSET = 9 * 3_600_000;

/** The day (YYYY-MM-DD, Korea time) of a time in ms, or of a date-time text as exported. */
function dayOf(at: number | string | undefined): string {
  if (typeof at === 'number') return new Date(at + KST_OFFSET).toISOString().slice(0, 10);
  const text = (at ?? '').trim();
  if (/^\d{13}$/.test(text)) return dayOf(Number(text));
  if (/^\d{10}$/.test(text)) return dayOf(Number(text) * 1000);
  const date = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})/.exec(text);
  return date ? `${date[1]}-${date[2]!.padStart(2, '0')}-${date[3]!.padStart(2, '0')}` : NONE;
}

/** True when a cell reads as the kit's `extra` (at least one field, nothing foreign). */
function looksLikeExtra(cell: string): boolean {
  const parsed = parseExtra(cell);
  return parsed.unknown.length === 0 && (Object.keys(parsed.fields).length > 0 || parsed.expiresAt !== undefined);
}

/** A counter fed text as it arrives (`push`), answering with the report at `end`. */
export interface ConsultCounter {
  push(text: string): void;
  end(): ConsultReport;
}

/**
 * Makes a counter; see the module comment.
 *
 * @throws ConsultInputError (from `push` or `end`) when no column holds `extra`, or `--column`
 * names none.
 */
export function createConsultCounter(options: ReportOptions = {}): ConsultCounter {
  const report: ConsultReport = {
    format: 'csv',
    rows: 0,
    counted: 0,
    unreadable: 0,
    unsigned: 0,
    tampered: 0,
    expired: 0,
    by: {},
    problems: [],
  };
  const counts = new Map<Dimension, Map<string, number>>();
  let hasTimes = false;
  let reader: RecordReader | undefined;
  let head = '';
  let header: string[] | undefined;
  let extraColumn = -1;
  let timeColumn = -1;
  const sniffed: [string[], number, string | undefined][] = [];

  const notCounted = (line: number, message: string) => {
    report.unreadable++;
    if (report.problems.length < MAX_PROBLEMS) report.problems.push({ line, message });
  };

  const count = (dimension: Dimension, value: string) => {
    let values = counts.get(dimension);
    if (!values) counts.set(dimension, (values = new Map()));
    const key = values.has(value) || values.size < MAX_VALUES ? value : OTHER;
    values.set(key, (values.get(key) ?? 0) + 1);
  };

  /** Counts one consult's `extra`, at its time if known. */
  const countExtra = (extra: string, at: number | string | undefined, line: number) => {
    const parsed = parseExtra(extra);
    if (extra !== '' && !looksLikeExtra(extra))
      return notCounted(line, `extra is not the kit's key=value form: ${JSON.stringify(extra.slice(0, 40))}`);
    if (options.verify) {
      const time = typeof at === 'number' ? at : undefined;
      const state = options.verify(extra, time);
      if (state === 'unsigned') return void report.unsigned++;
      if (state === 'bad-signature') return void report.tampered++;
      if (state === 'expired') return void report.expired++;
    }
    report.counted++;
    options.onCounted?.(extra);
    const { fields } = parsed;
    count('placement', fields.placement || NONE);
    count('campaign', fields.campaign || NONE);
    count('source', fields.source || NONE);
    count('page', fields.page || NONE);
    if (at !== undefined) hasTimes = true;
    count('day', dayOf(at));
  };

  /** A JSON line is a `/reference` body; a JSON cell may also be its `reference` object alone. */
  const countBody = (text: string, line: number, cell: boolean) => {
    const whole = !cell || text.includes('"reference"') || text.includes('"last_reference"');
    const body = readReferenceBody(whole ? text : `{"reference":${text}}`);
    const fatal = body.problems.find((problem) => problem.path === 'body' || problem.path === 'reference');
    if (fatal) return notCounted(line, `${fatal.path}: ${fatal.message}`);
    countExtra(body.extra, body.at, line);
  };

  const countRecord = (fields: string[], line: number, problem: string | undefined) => {
    report.rows++;
    if (problem) return notCounted(line, problem);
    if (fields.length <= extraColumn) return notCounted(line, `${fields.length} columns; extra is column ${extraColumn + 1}`);
    const cell = fields[extraColumn]!.trim();
    const at = timeColumn === -1 ? undefined : fields[timeColumn];
    if (cell.startsWith('{')) return countBody(cell, line, true);
    countExtra(cell, at, line);
  };

  /** Chooses the `extra` column: `--column`, a known header, else the column most like extra. */
  const chooseColumn = (rows: [string[], number, string | undefined][]) => {
    const names = header!.map((name) => name.trim().toLowerCase());
    const wanted = options.column?.trim();
    if (wanted) {
      extraColumn = /^\d+$/.test(wanted) ? Number(wanted) - 1 : names.indexOf(wanted.toLowerCase());
      if (extraColumn < 0 || extraColumn >= names.length)
        throw new ConsultInputError('column', `no column "${wanted}" in the header (${header!.join(', ')}).`);
    } else {
      extraColumn = names.findIndex((name) => EXTRA_HEADERS.includes(name));
    }
    if (extraColumn === -1) {
      const likeness = header!.map((_, column) => rows.filter(([fields]) => looksLikeExtra(fields[column]?.trim() ?? '')).length);
      const best = Math.max(...likeness);
      if (best > 0) extraColumn = likeness.indexOf(best);
    }
    if (extraColumn === -1) {
      throw new ConsultInputError(
        'column',
        `no column holds extra: none is named ${EXTRA_HEADERS.slice(0, 3).join(', ')}, and none reads as p=…;c=… (columns: ${header!.join(', ')}). Name it with --column.`,
      );
    }
    report.column = header![extraColumn];
    timeColumn = names.findIndex((name) => TIME_HEADERS.includes(name));
  };

  const onRecord = (fields: string[], line: number, problem: string | undefined) => {
    if (!header) {
      header = fields;
      return;
    }
    if (extraColumn === -1 && sniffed.length < SNIFF_ROWS) {
      sniffed.push([fields, line, problem]);
      if (sniffed.length < SNIFF_ROWS) return;
      flushSniffed();
      return;
    }
    countRecord(fields, line, problem);
  };

  const flushSniffed = () => {
    if (!header) return;
    chooseColumn(sniffed);
    for (const record of sniffed.splice(0)) countRecord(...record);
  };

  /** JSON lines: one body a line. */
  let jsonLine = 0;
  let partial = '';
  const pushJsonLines = (text: string) => {
    const lines = (partial + text).split('\n');
    partial = lines.pop()!;
    for (const line of lines) countJsonLine(line);
  };
  const countJsonLine = (line: string) => {
    jsonLine++;
    const text = line.trim();
    if (text === '') return;
    report.rows++;
    countBody(text, jsonLine, false);
  };

  /** The format is known from the first line: `{` starts JSON lines; a tab, TSV. */
  const start = (firstLine: string) => {
    if (firstLine.trimStart().startsWith('{')) {
      report.format = 'jsonl';
      return;
    }
    const tsv = firstLine.includes('\t');
    report.format = tsv ? 'tsv' : 'csv';
    reader = createRecordReader(tsv ? '\t' : ',', onRecord);
  };

  const feed = (text: string) => (report.format === 'jsonl' ? pushJsonLines(text) : reader!.push(text));

  return {
    push(text) {
      if (reader || report.format === 'jsonl') return feed(text);
      head += text;
      const newline = head.search(/[\r\n]/);
      if (newline === -1) return;
      start(head.slice(0, newline).replace(/^\uFEFF/, ''));
      const first = head.replace(/^\uFEFF/, '');
      head = '';
      feed(first);
    },
    end() {
      if (!reader && report.format !== 'jsonl') {
        start(head.replace(/^\uFEFF/, ''));
        feed(head.replace(/^\uFEFF/, ''));
      }
      if (report.format === 'jsonl') countJsonLine(partial);
      else {
        reader!.end();
        if (extraColumn === -1 && header) flushSniffed();
      }
      const dimensions = options.by ?? DIMENSIONS.filter((dimension) => dimension !== 'day' || hasTimes);
      for (const dimension of dimensions) {
        const entries = [...(counts.get(dimension) ?? [])].map(([value, count]) => ({
          value,
          count,
          share: report.counted ? count / report.counted : 0,
        }));
        // Days read best in order; everything else largest first.
        const byValue = (a: ReportEntry, b: ReportEntry) => (a.value < b.value ? -1 : 1);
        report.by[dimension] = entries.sort(dimension === 'day' ? byValue : (a, b) => b.count - a.count || byValue(a, b));
      }
      return report;
    },
  };
}

/** Counts a whole log at once (a dropped file's text, or its lines): the same report as streaming it. */
export function countConsults(log: string | Iterable<string>, options: ReportOptions = {}): ConsultReport {
  const counter = createConsultCounter(options);
  if (typeof log === 'string') counter.push(log);
  else for (const line of log) counter.push(`${line}\n`);
  return counter.end();
}
