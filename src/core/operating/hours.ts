/**
 * Business hours in Korea time: is the consult desk open at an instant, when does that
 * change, and how to say the hours in a line.
 *
 * Everything is computed on a fixed UTC+9 offset rather than through the host's time zone.
 * Korea has not observed daylight saving time since 1988, so the offset is constant for every
 * instant this kit meets; plain arithmetic gives every visitor the same answer whatever their
 * machine's zone, needs no `Intl` time-zone data (missing from some webviews and small-ICU
 * builds), and keeps tests deterministic.
 */
import { ConsultInputError } from '../errors.js';
import type { Locale } from '../i18n/labels.js';
import { messagesFor } from '../i18n/messages.js';

/** Days as dealers' timetables spell them, Monday first. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** A three-letter English day name. */
export type Weekday = (typeof WEEKDAYS)[number];

/** One opening window, in Korea time. */
export interface TimetableEntry {
  /** The day the window opens on; a window running past midnight still belongs to this day. */
  day: Weekday;
  /** Opening time `HHMM`, `0000`–`2359`, inclusive. */
  start_at: string;
  /** Closing time `HHMM`, `0000`–`2400`, exclusive; at or before `start_at` it falls on the next day. */
  end_at: string;
}

/**
 * A weekly timetable plus closed dates. A day with no entry is closed; several entries on a
 * day (a lunch break) and overlapping entries are allowed.
 */
export interface Schedule {
  /** The opening windows of a week; an empty list is closed every day. */
  week_timetable: readonly TimetableEntry[];
  /**
   * Korea dates (`YYYY-MM-DD`) closed all day. A holiday closes its whole calendar date, so the
   * previous evening's window is cut short at midnight, and it cancels its own windows,
   * including their after-midnight part. When in doubt the button says closed: offering a
   * consult nobody is there to take is the worse mistake.
   */
  holidays?: readonly string[];
}

/**
 * Whether the desk is open, and the next moment that changes (for a timer to re-evaluate).
 * A change further away than {@link LOOKAHEAD_DAYS} is reported as `null`.
 */
export type OpenState =
  | {
      open: true;
      /** End of the current open stretch; back-to-back windows (Saturday to 2400, Sunday from 0000) join. */
      closesAt: Date | null;
    }
  | {
      open: false;
      /** Start of the next window. */
      nextOpen: Date | null;
    };

/** How far ahead `isOpen` looks for the next change. */
export const LOOKAHEAD_DAYS = 14;

const MINUTE = 60_000;
const DAY = 86_400_000;
const DAY_MINUTES = 1440;
const KST_OFFSET = 9 * 60 * MINUTE;

const CLOCK = /^([01]\d|2[0-4])([0-5]\d)$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Minutes after midnight of an `HHMM` time, `0000`–`2400`; null for anything else. */
export function clockMinutes(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const match = CLOCK.exec(value);
  if (!match) return null;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return minutes <= DAY_MINUTES ? minutes : null;
}

/** Days since 1970-01-01 of a real `YYYY-MM-DD` calendar date; null for anything else (2026-02-30 too). */
export function dayNumber(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const match = DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Date.UTC rolls overflowing fields over (Feb 30 → Mar 2); a real date survives the round trip.
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? date.getTime() / DAY : null;
}

/**
 * Evaluates the schedule at an instant, in Korea time whatever the host's zone.
 *
 * @throws ConsultInputError (field `hours`) for a malformed entry or holiday; input that went
 * through `parseRemoteConfig` never throws.
 */
export function isOpen(schedule: Schedule, at: Date): OpenState {
  const now = at.getTime();
  if (!Number.isFinite(now)) throw new ConsultInputError('at', 'at is an invalid Date.');
  const limit = now + LOOKAHEAD_DAYS * DAY;
  const stretches = openStretches(schedule, Math.floor((now + KST_OFFSET) / DAY));
  const current = stretches.find(([start, end]) => start <= now && now < end);
  if (current) return { open: true, closesAt: current[1] <= limit ? new Date(current[1]) : null };
  const next = stretches.find(([start]) => start > now);
  return { open: false, nextOpen: next && next[0] <= limit ? new Date(next[0]) : null };
}

/**
 * One line for the offline state, e.g. `상담시간 평일 09:00–18:00` or
 * `Hours: weekdays 09:00–18:00 (KST)`. Consecutive days with the same windows are grouped
 * (Monday to Sunday order), with the names 평일/weekdays, 주말/weekends and 매일/every day for
 * those exact runs; closed days are left out. Holidays are dates, not hours, and are not listed.
 *
 * @throws ConsultInputError (field `hours`) for a malformed entry.
 */
export function describeHours(schedule: Schedule, locale: Locale): string {
  const messages = messagesFor(locale);
  const windows = windowsOf(schedule);
  const byDay = WEEKDAYS.map((_, day) => {
    const times = windows
      .filter((window) => window.day === day)
      .sort((a, b) => a.start - b.start || a.end - b.end)
      .map((window) => `${clock(window.start)}–${clock(window.end % DAY_MINUTES || DAY_MINUTES)}`);
    return [...new Set(times)].join(', ');
  });

  const label = (first: number, last: number): string => {
    if (first === 0 && last === 6) return messages.hoursEveryDay;
    if (first === 0 && last === 4) return messages.hoursWeekdays;
    if (first === 5 && last === 6) return messages.hoursWeekends;
    const days = messages.hoursDays;
    return first === last ? days[first] : `${days[first]}–${days[last]}`;
  };
  const groups: string[] = [];
  for (let first = 0; first < 7;) {
    let last = first;
    while (last < 6 && byDay[last + 1] === byDay[first]) last += 1;
    if (byDay[first]) groups.push(`${label(first, last)} ${byDay[first]}`);
    first = last + 1;
  }
  return groups.length === 0 ? messages.hoursNone : messages.hoursSummary.replace('{hours}', groups.join(' / '));
}

/** A validated entry: day index (0 = Monday) and minutes from that day's midnight; `end` may pass 1440. */
interface Window {
  day: number;
  start: number;
  end: number;
}

function windowsOf(schedule: Pick<Schedule, 'week_timetable'>): Window[] {
  return schedule.week_timetable.map((entry, index) => {
    const day = WEEKDAYS.indexOf(entry.day);
    const start = clockMinutes(entry.start_at);
    const end = clockMinutes(entry.end_at);
    if (day < 0 || start === null || start === DAY_MINUTES || end === null || end === start) {
      throw new ConsultInputError(
        'hours',
        `week_timetable[${index}] needs a day mon–sun, start_at HHMM (0000–2359) and a different end_at HHMM (0000–2400); parseRemoteConfig names the exact field.`,
      );
    }
    return { day, start, end: end <= start ? end + DAY_MINUTES : end };
  });
}

function holidaysOf(holidays: readonly string[]): Set<number> {
  return new Set(
    holidays.map((holiday, index) => {
      const day = dayNumber(holiday);
      if (day === null) throw new ConsultInputError('hours', `holidays[${index}] is not a real YYYY-MM-DD date.`);
      return day;
    }),
  );
}

/**
 * The open stretches, as [start, end) epoch milliseconds sorted and merged, of every window
 * owned by the days from the day before `today` (its after-midnight part may reach today)
 * to one past the lookahead (so a stretch reaching the horizon is not cut there).
 */
function openStretches(schedule: Schedule, today: number): [number, number][] {
  const windows = windowsOf(schedule);
  const holidays = holidaysOf(schedule.holidays ?? []);
  const spans: [number, number][] = [];
  for (let day = today - 1; day <= today + LOOKAHEAD_DAYS + 1; day += 1) {
    if (holidays.has(day)) continue;
    const midnight = day * DAY - KST_OFFSET;
    for (const window of windows) {
      if (window.day !== weekdayOf(day)) continue;
      const end = window.end > DAY_MINUTES && holidays.has(day + 1) ? DAY_MINUTES : window.end;
      spans.push([midnight + window.start * MINUTE, midnight + end * MINUTE]);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push(span);
  }
  return merged;
}

/** Weekday index (0 = Monday) of a day number; 1970-01-01 was a Thursday. */
function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

function clock(minutes: number): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}
