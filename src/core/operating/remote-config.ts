/**
 * The site-hosted operating config: validation of the fetched JSON, and the policy that picks
 * between a fresh fetch, the session cache and nothing.
 *
 * ```json
 * { "enabled": true,
 *   "hours": { "week_timetable": [{ "day": "mon", "start_at": "0900", "end_at": "1800" }] },
 *   "holidays": ["2026-12-25"],
 *   "notice": { "ko": "…", "en": "…" } }
 * ```
 */
import { clockMinutes, dayNumber, WEEKDAYS, type Schedule, type TimetableEntry, type Weekday } from './hours.js';
import { charCount, hasUnsafeCharacters } from '../text.js';

/** Longest notice per locale, in UTF-16 code units: it is shown beside a button, not as a page. */
export const NOTICE_MAX_LENGTH = 200;

// Bounds for hostile or runaway files; real ones are far smaller.
const MAX_ENTRIES = 100;
const MAX_HOLIDAYS = 1000;
const MAX_ERRORS = 20;

/** A short message per locale shown with the button, e.g. a holiday closure. */
export interface Notice {
  ko?: string;
  en?: string;
}

/**
 * A validated config with its defaults filled in. It keeps the file's shape, so it can be
 * stored as JSON and parsed again (see {@link readCachedConfig}).
 */
export interface RemoteConfig {
  /** False turns the button off site-wide. */
  enabled: boolean;
  /** Absent: no hours restriction. */
  hours?: { week_timetable: TimetableEntry[] };
  /** Korea dates closed all day. */
  holidays: string[];
  /** Trimmed; empty notices are left out. */
  notice: Notice;
}

/**
 * Either the whole config or why it was refused (each reason starts with its JSON path; past 20
 * reasons the rest are counted); never part of a file.
 */
export type ConfigResult = { ok: true; config: RemoteConfig } | { ok: false; errors: string[] };

type Report = (path: string, problem: string) => void;
type Json = Record<string, unknown>;

const TOP_KEYS = ['enabled', 'hours', 'holidays', 'notice'];
const KOREAN_DAYS = '월화수목금토일';

/**
 * Validates a fetched config (the value `JSON.parse` gave). Unknown keys are refused, with a
 * did-you-mean hint for near misses, so a typo such as `enabeld` cannot silently do nothing.
 * Errors read like `hours.week_timetable[2].start_at: "9:00" is not HHMM (0000–2359); did you mean "0900"?`.
 */
export function parseRemoteConfig(json: unknown): ConfigResult {
  const errors: string[] = [];
  const report: Report = (path, problem) => errors.push(`${path || '(root)'}: ${problem}`);
  const config: RemoteConfig = { enabled: true, holidays: [], notice: {} };

  const root = objectAt(json, '', TOP_KEYS, report);
  if (root) {
    if (has(root, 'enabled')) {
      if (typeof root.enabled === 'boolean') config.enabled = root.enabled;
      else report('enabled', `expected true or false, got ${show(root.enabled)}`);
    }
    if (has(root, 'hours')) {
      const hours = objectAt(root.hours, 'hours', ['week_timetable'], report);
      const timetable = hours && timetableAt(hours, report);
      if (timetable) config.hours = { week_timetable: timetable };
    }
    if (has(root, 'holidays')) config.holidays = holidaysAt(root.holidays, report);
    if (has(root, 'notice')) config.notice = noticeAt(root.notice, report);
  }

  if (errors.length === 0) return { ok: true, config };
  const extra = errors.length - MAX_ERRORS;
  return { ok: false, errors: extra > 0 ? [...errors.slice(0, MAX_ERRORS), `(and ${extra} more errors)`] : errors };
}

/**
 * The schedule `isOpen` and `describeHours` take, or null when the config sets no hours and
 * no holidays (the button is always available). Holidays without hours close those dates and
 * leave every other day open all day.
 */
export function scheduleOf(config: RemoteConfig): Schedule | null {
  if (config.hours) return { week_timetable: config.hours.week_timetable, holidays: config.holidays };
  if (config.holidays.length === 0) return null;
  return { week_timetable: WEEKDAYS.map((day) => ({ day, start_at: '0000', end_at: '2400' })), holidays: config.holidays };
}

/** A config as kept in the session cache, stamped with when it was fetched. */
export interface CachedConfig {
  config: RemoteConfig;
  /** Epoch milliseconds of the fetch. */
  storedAt: number;
}

/**
 * True while a cache entry is younger than `ttlMs`. A stamp in the future (the clock moved
 * back) or not a number is never fresh, so a bad stamp cannot pin an old config.
 */
export function isFresh(storedAt: number, now: number, ttlMs: number): boolean {
  return Number.isFinite(storedAt) && storedAt <= now && now - storedAt < ttlMs;
}

/**
 * Re-validates a cache entry read back from storage (any script, or an older version of the
 * kit, may have written it); null when it is not a valid entry.
 */
export function readCachedConfig(value: unknown): CachedConfig | null {
  if (!isObject(value) || typeof value.storedAt !== 'number' || !Number.isFinite(value.storedAt)) return null;
  const parsed = parseRemoteConfig(value.config);
  return parsed.ok ? { config: parsed.config, storedAt: value.storedAt } : null;
}

/** What the element knows when it decides. */
export interface ConfigInputs {
  /** The cache entry, if any (see {@link readCachedConfig}). */
  cached?: CachedConfig | null;
  /**
   * The fetch's outcome: `parseRemoteConfig`'s result, or `{ ok: false, errors: [reason] }`
   * when the request failed or timed out. Absent: no fetch tried yet.
   */
  fetched?: ConfigResult;
  /** Epoch milliseconds. */
  now: number;
  /** How long a cached config is trusted without asking the server again. */
  ttlMs: number;
}

/** Which config to apply and what to do next. */
export interface ConfigDecision {
  /** The config to apply now; null means the element uses its own attributes. */
  config: RemoteConfig | null;
  /** Where `config` came from. */
  source: 'fetched' | 'cache' | 'stale-cache' | 'none';
  /** No fresh config in hand and no fetch tried yet: fetch, then decide again with its outcome. */
  shouldFetch: boolean;
  /** The entry to write to the cache, or null to leave the cache alone. */
  store: CachedConfig | null;
}

/**
 * The fallback policy, called before fetching and again with the fetch's outcome:
 * a valid fetched config wins and is cached; otherwise a fresh cache entry is used without
 * fetching; a stale one is used meanwhile and, if the fetch fails or the file is invalid,
 * goes on being used (a dead config server must not switch hours off); with no cache the
 * result is null.
 */
export function decideConfig({ cached, fetched, now, ttlMs }: ConfigInputs): ConfigDecision {
  if (fetched?.ok) {
    return { config: fetched.config, source: 'fetched', shouldFetch: false, store: { config: fetched.config, storedAt: now } };
  }
  const fresh = cached ? isFresh(cached.storedAt, now, ttlMs) : false;
  return {
    config: cached?.config ?? null,
    source: cached ? (fresh ? 'cache' : 'stale-cache') : 'none',
    shouldFetch: fetched === undefined && !fresh,
    store: null,
  };
}

function timetableAt(hours: Json, report: Report): TimetableEntry[] | null {
  const path = 'hours.week_timetable';
  if (!has(hours, 'week_timetable')) {
    report(path, 'missing; expected a list of { "day", "start_at", "end_at" }');
    return null;
  }
  const list = hours.week_timetable;
  if (!Array.isArray(list)) {
    report(path, `expected a list of { "day", "start_at", "end_at" }, got ${show(list)}`);
    return null;
  }
  if (list.length > MAX_ENTRIES) {
    report(path, `${list.length} entries; at most ${MAX_ENTRIES}`);
    return null;
  }
  const entries: TimetableEntry[] = [];
  list.forEach((item, index) => {
    const entryPath = `${path}[${index}]`;
    const entry = objectAt(item, entryPath, ['day', 'start_at', 'end_at'], report);
    if (!entry) return;
    const day = dayAt(entry, entryPath, report);
    const start = clockAt(entry, entryPath, 'start_at', report);
    const end = clockAt(entry, entryPath, 'end_at', report);
    if (day === null || start === null || end === null) return;
    if (clockMinutes(start) === clockMinutes(end)) {
      report(entryPath, `start_at and end_at are both "${start}", an empty window; a whole day is "0000" to "2400"`);
      return;
    }
    entries.push({ day, start_at: start, end_at: end });
  });
  return entries;
}

function dayAt(entry: Json, entryPath: string, report: Report): Weekday | null {
  const path = `${entryPath}.day`;
  const value = entry.day;
  if (!has(entry, 'day')) report(path, `missing; expected one of ${WEEKDAYS.join(', ')}`);
  else if (WEEKDAYS.includes(value as Weekday)) return value as Weekday;
  else report(path, `${show(value)} is not one of ${WEEKDAYS.join(', ')}${hint(dayHint(value))}`);
  return null;
}

function dayHint(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  const english = WEEKDAYS.find((day) => day === text.slice(0, 3).toLowerCase());
  return english ?? WEEKDAYS[KOREAN_DAYS.indexOf(text.charAt(0))] ?? null;
}

function clockAt(entry: Json, entryPath: string, field: 'start_at' | 'end_at', report: Report): string | null {
  const path = `${entryPath}.${field}`;
  const value = entry[field];
  const problem = has(entry, field) ? clockProblem(value, field) : 'missing; expected "HHMM" Korea time';
  if (problem === null) return value as string;
  report(path, `${problem}${hint(clockHint(value, field))}`);
  return null;
}

function clockProblem(value: unknown, field: 'start_at' | 'end_at'): string | null {
  const range = field === 'start_at' ? '0000–2359' : '0000–2400';
  if (typeof value !== 'string') return `expected a string "HHMM" (${range}), got ${show(value)}`;
  const minutes = clockMinutes(value);
  if (minutes === null) return `${show(value)} is not HHMM (${range})`;
  if (field === 'start_at' && minutes === 1440) return '"2400" can only end a window; a day starts at "0000"';
  return null;
}

/** `9:00`, `900` and the number 900 are near misses for `0900`. */
function clockHint(value: unknown, field: 'start_at' | 'end_at'): string | null {
  const text = typeof value === 'number' && Number.isInteger(value) ? String(value) : typeof value === 'string' ? value.trim() : '';
  const match = /^(\d{1,2}):?(\d{2})$/.exec(text);
  const guess = match ? `${match[1].padStart(2, '0')}${match[2]}` : null;
  return guess !== null && guess !== value && clockProblem(guess, field) === null ? guess : null;
}

function holidaysAt(value: unknown, report: Report): string[] {
  if (!Array.isArray(value)) {
    report('holidays', `expected a list of "YYYY-MM-DD" dates, got ${show(value)}`);
    return [];
  }
  if (value.length > MAX_HOLIDAYS) {
    report('holidays', `${value.length} dates; at most ${MAX_HOLIDAYS}`);
    return [];
  }
  const holidays: string[] = [];
  value.forEach((item, index) => {
    if (typeof item !== 'string') report(`holidays[${index}]`, `expected a "YYYY-MM-DD" string, got ${show(item)}`);
    else if (dayNumber(item) === null) report(`holidays[${index}]`, `${show(item)} is not a real date in YYYY-MM-DD form`);
    else holidays.push(item);
  });
  return holidays;
}

function noticeAt(value: unknown, report: Report): Notice {
  const notice: Notice = {};
  const object = objectAt(value, 'notice', ['ko', 'en'], report);
  for (const locale of ['ko', 'en'] as const) {
    if (!object || !has(object, locale)) continue;
    const path = `notice.${locale}`;
    const text = object[locale];
    if (typeof text !== 'string') {
      report(path, `expected a string, got ${show(text)}`);
      continue;
    }
    const trimmed = text.trim();
    const length = charCount(trimmed);
    if (hasUnsafeCharacters(trimmed)) report(path, 'contains control or bidi-override characters (line breaks included)');
    else if (length > NOTICE_MAX_LENGTH) report(path, `is ${length} characters; at most ${NOTICE_MAX_LENGTH}`);
    else if (trimmed !== '') notice[locale] = trimmed;
  }
  return notice;
}

/** Checks that `value` is a plain object with only `keys`, reporting the rest; null if not an object. */
function objectAt(value: unknown, path: string, keys: readonly string[], report: Report): Json | null {
  if (!isObject(value)) {
    report(path, `expected an object, got ${show(value)}`);
    return null;
  }
  for (const key of Object.keys(value)) {
    if (keys.includes(key)) continue;
    const near = nearest(key, keys);
    report(
      child(path, key),
      near ? `unknown key; did you mean "${near}"?` : `unknown key; expected ${keys.map((k) => `"${k}"`).join(', ')}`,
    );
  }
  return value;
}

/** The known key a typo most likely meant: same letters ignoring case and `_`/`-`, or one or two edits away. */
export function nearest(key: string, keys: readonly string[]): string | null {
  const squash = (text: string) => text.toLowerCase().replace(/[_-]/g, '');
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of keys) {
    const distance = editDistance(squash(key), squash(candidate));
    const allowed = candidate.length <= 4 ? 1 : 2;
    if (distance <= allowed && distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

/** Edits (insert, delete, substitute, swap neighbours) between two short strings. */
function editDistance(a: string, b: string): number {
  // Only near misses matter; skipping far-apart lengths also bounds the work on a long key.
  if (Math.abs(a.length - b.length) > 2) return Infinity;
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
    }
  }
  return rows[a.length][b.length];
}

function child(path: string, key: string): string {
  const name = /^[A-Za-z_$][\w$]*$/.test(key) ? key : null;
  if (name === null) return `${path}[${JSON.stringify(clip(key))}]`;
  return path ? `${path}.${name}` : name;
}

function hint(guess: string | null): string {
  return guess === null ? '' : `; did you mean "${guess}"?`;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function has(object: Json, key: string): boolean {
  return Object.hasOwn(object, key);
}

/** A value as an error message shows it: short, and quoted when it is text. */
function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(clip(value));
  if (Array.isArray(value)) return 'a list';
  if (value === null || typeof value !== 'object') return String(value);
  return 'an object';
}

/** Keeps echoed input short: a config can hold a megabyte in one field. */
function clip(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}
