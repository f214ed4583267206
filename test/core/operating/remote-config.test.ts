import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { WEEKDAYS } from '../../../src/core/operating/hours.js';
import {
  decideConfig,
  isFresh,
  NOTICE_MAX_LENGTH,
  parseRemoteConfig,
  readCachedConfig,
  scheduleOf,
  type CachedConfig,
  type ConfigDecision,
  type ConfigResult,
  type ConfigInputs,
  type RemoteConfig,
} from '../../../src/core/operating/remote-config.js';

/** Parses expecting success; returns the config. */
function accepted(json: unknown): RemoteConfig {
  const result = parseRemoteConfig(json);
  if (!result.ok) throw new Error(`expected acceptance, got ${result.errors.join(' | ')}`);
  return result.config;
}

/** Parses expecting refusal; returns the errors. */
function refused(json: unknown): string[] {
  const result = parseRemoteConfig(json);
  if (result.ok) throw new Error(`expected ${JSON.stringify(json)} to be refused`);
  expect(result).not.to.have.property('config');
  return result.errors;
}

const FULL = {
  enabled: true,
  hours: {
    week_timetable: [
      { day: 'mon', start_at: '0900', end_at: '1800' },
      { day: 'tue', start_at: '0900', end_at: '1200' },
      { day: 'tue', start_at: '1300', end_at: '1800' },
      { day: 'fri', start_at: '2200', end_at: '0200' },
      { day: 'sat', start_at: '1000', end_at: '2400' },
    ],
  },
  holidays: ['2026-12-25', '2028-02-29'],
  notice: { ko: '연말에는 답변이 늦어요.', en: 'Replies are slower over the holidays.' },
};

/** A file with one field replaced, for the table of invalid fields. */
function withEntry(field: string, value: unknown): unknown {
  return { hours: { week_timetable: [FULL.hours.week_timetable[0], { day: 'wed', start_at: '0900', end_at: '1800', [field]: value }] } };
}

describe('parseRemoteConfig', () => {
  describe('valid files', () => {
    it('fills in the defaults for an empty file', () => {
      expect(accepted({})).to.deep.equal({ enabled: true, holidays: [], notice: {} });
    });

    it('takes enabled false alone', () => {
      expect(accepted({ enabled: false })).to.deep.equal({ enabled: false, holidays: [], notice: {} });
    });

    it('takes a full file as it is', () => {
      expect(accepted(FULL)).to.deep.equal(FULL);
    });

    it('takes an empty timetable (closed every day)', () => {
      expect(accepted({ hours: { week_timetable: [] } }).hours).to.deep.equal({ week_timetable: [] });
    });

    it('trims notices and leaves empty ones out', () => {
      expect(accepted({ notice: { ko: '  점검 중  ', en: '   ' } }).notice).to.deep.equal({ ko: '점검 중' });
    });

    it(`takes a notice of exactly ${NOTICE_MAX_LENGTH} characters`, () => {
      expect(accepted({ notice: { en: 'a'.repeat(NOTICE_MAX_LENGTH) } }).notice.en).to.have.length(NOTICE_MAX_LENGTH);
    });

    it('takes "0000" to "2400" as a whole day', () => {
      expect(() => accepted({ hours: { week_timetable: [{ day: 'sun', start_at: '0000', end_at: '2400' }] } })).not.to.throw();
    });
  });

  describe('invalid fields, each named by its path', () => {
    const cases: [string, unknown, string][] = [
      ['a list at the root', [], '(root): expected an object, got a list'],
      ['null at the root', null, '(root): expected an object, got null'],
      ['a string enabled', { enabled: 'true' }, 'enabled: expected true or false, got "true"'],
      ['enabled null', { enabled: null }, 'enabled: expected true or false, got null'],
      ['hours as a list', { hours: [] }, 'hours: expected an object, got a list'],
      ['hours without a timetable', { hours: {} }, 'hours.week_timetable: missing; expected a list of { "day", "start_at", "end_at" }'],
      [
        'a timetable object',
        { hours: { week_timetable: {} } },
        'hours.week_timetable: expected a list of { "day", "start_at", "end_at" }, got an object',
      ],
      [
        'a timetable of 101 entries',
        { hours: { week_timetable: Array(101).fill(FULL.hours.week_timetable[0]) } },
        'hours.week_timetable: 101 entries; at most 100',
      ],
      [
        'an entry that is a string',
        { hours: { week_timetable: ['mon 0900-1800'] } },
        'hours.week_timetable[0]: expected an object, got "mon 0900-1800"',
      ],
      [
        'a start "9:00"',
        withEntry('start_at', '9:00'),
        'hours.week_timetable[1].start_at: "9:00" is not HHMM (0000–2359); did you mean "0900"?',
      ],
      [
        'an end "18:00"',
        withEntry('end_at', '18:00'),
        'hours.week_timetable[1].end_at: "18:00" is not HHMM (0000–2400); did you mean "1800"?',
      ],
      [
        'a start as a number',
        withEntry('start_at', 900),
        'hours.week_timetable[1].start_at: expected a string "HHMM" (0000–2359), got 900; did you mean "0900"?',
      ],
      [
        'a start "2400"',
        withEntry('start_at', '2400'),
        'hours.week_timetable[1].start_at: "2400" can only end a window; a day starts at "0000"',
      ],
      ['an end "2430"', withEntry('end_at', '2430'), 'hours.week_timetable[1].end_at: "2430" is not HHMM (0000–2400)'],
      ['an end "1260"', withEntry('end_at', '1260'), 'hours.week_timetable[1].end_at: "1260" is not HHMM (0000–2400)'],
      [
        'a missing end',
        { hours: { week_timetable: [{ day: 'wed', start_at: '0900' }] } },
        'hours.week_timetable[0].end_at: missing; expected "HHMM" Korea time',
      ],
      [
        'a day "Monday"',
        withEntry('day', 'Monday'),
        'hours.week_timetable[1].day: "Monday" is not one of mon, tue, wed, thu, fri, sat, sun; did you mean "mon"?',
      ],
      [
        'a day in Korean',
        withEntry('day', '토요일'),
        'hours.week_timetable[1].day: "토요일" is not one of mon, tue, wed, thu, fri, sat, sun; did you mean "sat"?',
      ],
      ['a day number', withEntry('day', 1), 'hours.week_timetable[1].day: 1 is not one of mon, tue, wed, thu, fri, sat, sun'],
      [
        'an empty window',
        withEntry('end_at', '0900'),
        'hours.week_timetable[1]: start_at and end_at are both "0900", an empty window; a whole day is "0000" to "2400"',
      ],
      ['holidays as a string', { holidays: '2026-12-25' }, 'holidays: expected a list of "YYYY-MM-DD" dates, got "2026-12-25"'],
      [
        'a holiday that is not a date',
        { holidays: ['2026-12-25', '2026/12/31'] },
        'holidays[1]: "2026/12/31" is not a real date in YYYY-MM-DD form',
      ],
      ['February 30th', { holidays: ['2026-02-30'] }, 'holidays[0]: "2026-02-30" is not a real date in YYYY-MM-DD form'],
      ['February 29th of a common year', { holidays: ['2027-02-29'] }, 'holidays[0]: "2027-02-29" is not a real date in YYYY-MM-DD form'],
      ['month 13', { holidays: ['2026-13-01'] }, 'holidays[0]: "2026-13-01" is not a real date in YYYY-MM-DD form'],
      ['a holiday number', { holidays: [20261225] }, 'holidays[0]: expected a "YYYY-MM-DD" string, got 20261225'],
      ['1001 holidays', { holidays: Array(1001).fill('2026-12-25') }, 'holidays: 1001 dates; at most 1000'],
      ['a notice string', { notice: 'closed' }, 'notice: expected an object, got "closed"'],
      ['a notice number', { notice: { ko: 1 } }, 'notice.ko: expected a string, got 1'],
      [
        'a long notice',
        { notice: { en: 'a'.repeat(NOTICE_MAX_LENGTH + 1) } },
        `notice.en: is ${NOTICE_MAX_LENGTH + 1} characters; at most ${NOTICE_MAX_LENGTH}`,
      ],
      [
        'a line break in a notice',
        { notice: { ko: '줄\n바꿈' } },
        'notice.ko: contains control or bidi-override characters (line breaks included)',
      ],
      [
        'a bidi override in a notice',
        { notice: { en: 'abc\u202edef' } },
        'notice.en: contains control or bidi-override characters (line breaks included)',
      ],
    ];
    for (const [what, json, message] of cases) {
      it(`refuses ${what}`, () => {
        expect(refused(json)).to.deep.equal([message]);
      });
    }
  });

  describe('unknown keys', () => {
    const cases: [unknown, string][] = [
      [{ enabeld: false }, 'enabeld: unknown key; did you mean "enabled"?'],
      [{ Enabled: false }, 'Enabled: unknown key; did you mean "enabled"?'],
      [{ holiday: [] }, 'holiday: unknown key; did you mean "holidays"?'],
      [{ hour: {} }, 'hour: unknown key; did you mean "hours"?'],
      [{ colour: 'red' }, 'colour: unknown key; expected "enabled", "hours", "holidays", "notice"'],
      [{ 'my key': 1 }, '["my key"]: unknown key; expected "enabled", "hours", "holidays", "notice"'],
      [{ hours: { week_timetable: [], weekTimetable: [] } }, 'hours.weekTimetable: unknown key; did you mean "week_timetable"?'],
      [
        { hours: { week_timetable: [{ day: 'mon', startAt: '0900', start_at: '0900', end_at: '1800' }] } },
        'hours.week_timetable[0].startAt: unknown key; did you mean "start_at"?',
      ],
      [{ notice: { kr: '안녕' } }, 'notice.kr: unknown key; did you mean "ko"?'],
      [{ notice: { jp: 'x' } }, 'notice.jp: unknown key; expected "ko", "en"'],
    ];
    for (const [json, message] of cases) {
      it(`refuses ${JSON.stringify(json)}`, () => {
        expect(refused(json)).to.deep.equal([message]);
      });
    }

    it('refuses an own __proto__ key, as JSON.parse makes it', () => {
      expect(refused(JSON.parse('{"__proto__": {"enabled": false}}'))).to.deep.equal([
        '__proto__: unknown key; expected "enabled", "hours", "holidays", "notice"',
      ]);
    });

    it('keeps a huge key out of the message', () => {
      const [error] = refused({ [`k ${'x'.repeat(100_000)}`]: 1 });
      expect(error!.length).to.be.below(200);
    });
  });

  describe('all or nothing', () => {
    it('refuses a whole file for one bad holiday, valid fields included', () => {
      expect(refused({ ...FULL, enabled: false, holidays: ['2026-12-25', '2026-12-32'] })).to.deep.equal([
        'holidays[1]: "2026-12-32" is not a real date in YYYY-MM-DD form',
      ]);
    });

    it('reports every error in one pass, unknown keys first', () => {
      const errors = refused({
        enabled: 'no',
        hours: {
          week_timetable: [{ day: 'mon', start_at: '9', end_at: '1800' }, { day: 'tue', start_at: '0900', end_at: '1800' }, { day: 'xyz' }],
        },
        holidays: ['2026-12-25', 'tomorrow'],
        notice: { ko: '\u0007' },
        enabeld: true,
      });
      expect(errors).to.deep.equal([
        'enabeld: unknown key; did you mean "enabled"?',
        'enabled: expected true or false, got "no"',
        'hours.week_timetable[0].start_at: "9" is not HHMM (0000–2359)',
        'hours.week_timetable[2].day: "xyz" is not one of mon, tue, wed, thu, fri, sat, sun',
        'hours.week_timetable[2].start_at: missing; expected "HHMM" Korea time',
        'hours.week_timetable[2].end_at: missing; expected "HHMM" Korea time',
        'holidays[1]: "tomorrow" is not a real date in YYYY-MM-DD form',
        'notice.ko: contains control or bidi-override characters (line breaks included)',
      ]);
    });

    it('caps a flood of errors at 20 and counts the rest', () => {
      const errors = refused({ holidays: Array.from({ length: 50 }, (_, i) => `bad-${i}`) });
      expect(errors).to.have.length(21);
      expect(errors[20]).to.equal('(and 30 more errors)');
    });
  });

  describe('properties', () => {
    const hhmm = (max: number) =>
      fc.integer({ min: 0, max }).map((m) => `${String(Math.floor(m / 60)).padStart(2, '0')}${String(m % 60).padStart(2, '0')}`);
    const entry = fc
      .record({ day: fc.constantFrom(...WEEKDAYS), start_at: hhmm(1439), end_at: hhmm(1440) })
      .filter((e) => e.start_at !== e.end_at);
    const date = fc
      .date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    const config = fc.record(
      {
        enabled: fc.boolean(),
        hours: fc.record({ week_timetable: fc.array(entry, { maxLength: 10 }) }),
        holidays: fc.array(date, { maxLength: 10 }),
        notice: fc.record({ ko: fc.string({ maxLength: 50 }), en: fc.string({ maxLength: 50 }) }, { requiredKeys: [] }),
      },
      { requiredKeys: [] },
    );

    it('accepts generated valid files, and the result parses again to itself', () => {
      fc.assert(
        fc.property(config, (json) => {
          const result = parseRemoteConfig(json);
          // Generated notices may hold control characters; every other field is valid by construction.
          if (!result.ok) return result.errors.every((error) => error.startsWith('notice.'));
          const again = parseRemoteConfig(JSON.parse(JSON.stringify(result.config)));
          expect(again).to.deep.equal(result);
          return true;
        }),
      );
    });

    it('never throws, whatever the JSON', () => {
      fc.assert(fc.property(fc.jsonValue(), (json) => typeof parseRemoteConfig(json).ok === 'boolean'));
    });
  });
});

describe('scheduleOf', () => {
  it('is null without hours or holidays: the button is always available', () => {
    expect(scheduleOf(accepted({}))).to.equal(null);
  });

  it('carries the timetable and the holidays', () => {
    expect(scheduleOf(accepted(FULL))).to.deep.equal({ week_timetable: FULL.hours.week_timetable, holidays: FULL.holidays });
  });

  it('opens every other day all day when only holidays are set', () => {
    expect(scheduleOf(accepted({ holidays: ['2026-12-25'] }))).to.deep.equal({
      week_timetable: WEEKDAYS.map((day) => ({ day, start_at: '0000', end_at: '2400' })),
      holidays: ['2026-12-25'],
    });
  });
});

describe('the config cache', () => {
  const TTL = 10 * 60_000;
  const NOW = Date.UTC(2026, 10, 26, 3, 0);
  const OLD = accepted({ enabled: true });
  const NEW = accepted({ enabled: false });

  describe('isFresh', () => {
    const cases: [string, number, boolean][] = [
      ['just stored', NOW, true],
      ['a millisecond short of the TTL', NOW - TTL + 1, true],
      ['exactly the TTL old', NOW - TTL, false],
      ['older', NOW - 2 * TTL, false],
      ['stamped in the future (clock moved back)', NOW + 1, false],
      ['not a number', Number.NaN, false],
    ];
    for (const [what, storedAt, fresh] of cases) {
      it(`${what}: ${fresh ? 'fresh' : 'stale'}`, () => {
        expect(isFresh(storedAt, NOW, TTL)).to.equal(fresh);
      });
    }

    it('is never fresh with a TTL of zero', () => {
      expect(isFresh(NOW, NOW, 0)).to.equal(false);
    });
  });

  describe('decideConfig', () => {
    const fresh: CachedConfig = { config: OLD, storedAt: NOW - 1000 };
    const stale: CachedConfig = { config: OLD, storedAt: NOW - TTL - 1000 };
    const success: ConfigResult = { ok: true, config: NEW };
    const failure: ConfigResult = { ok: false, errors: ['network: timed out after 3000 ms'] };
    const stored = { config: NEW, storedAt: NOW };

    const table: [string, Pick<ConfigInputs, 'cached' | 'fetched'>, ConfigDecision][] = [
      ['nothing yet: fetch', {}, { config: null, source: 'none', shouldFetch: true, store: null }],
      ['a fresh cache: use it, no fetch', { cached: fresh }, { config: OLD, source: 'cache', shouldFetch: false, store: null }],
      [
        'a stale cache: use it meanwhile and fetch',
        { cached: stale },
        { config: OLD, source: 'stale-cache', shouldFetch: true, store: null },
      ],
      [
        'a fetch with no cache: use and store it',
        { fetched: success },
        { config: NEW, source: 'fetched', shouldFetch: false, store: stored },
      ],
      [
        'a fetch over a stale cache: the fetch wins',
        { cached: stale, fetched: success },
        { config: NEW, source: 'fetched', shouldFetch: false, store: stored },
      ],
      [
        'a fetch over a fresh cache: the fetch wins',
        { cached: fresh, fetched: success },
        { config: NEW, source: 'fetched', shouldFetch: false, store: stored },
      ],
      [
        'a failed fetch over a stale cache: the stale one holds',
        { cached: stale, fetched: failure },
        { config: OLD, source: 'stale-cache', shouldFetch: false, store: null },
      ],
      [
        'a failed fetch over a fresh cache: the cache holds',
        { cached: fresh, fetched: failure },
        { config: OLD, source: 'cache', shouldFetch: false, store: null },
      ],
      [
        'a failed fetch and no cache: null, no retry',
        { fetched: failure },
        { config: null, source: 'none', shouldFetch: false, store: null },
      ],
      [
        'an invalid file over a stale cache: the stale one holds',
        { cached: stale, fetched: parseRemoteConfig({ enabeld: false }) },
        { config: OLD, source: 'stale-cache', shouldFetch: false, store: null },
      ],
      ['a null cache is no cache', { cached: null }, { config: null, source: 'none', shouldFetch: true, store: null }],
    ];
    for (const [what, inputs, decision] of table) {
      it(what, () => {
        expect(decideConfig({ ...inputs, now: NOW, ttlMs: TTL })).to.deep.equal(decision);
      });
    }
  });

  describe('readCachedConfig', () => {
    it('reads back what was stored, through JSON', () => {
      const entry: CachedConfig = { config: accepted(FULL), storedAt: NOW };
      expect(readCachedConfig(JSON.parse(JSON.stringify(entry)))).to.deep.equal(entry);
    });

    const bad: [string, unknown][] = [
      ['null', null],
      ['a string', 'x'],
      ['no stamp', { config: OLD }],
      ['a string stamp', { config: OLD, storedAt: String(NOW) }],
      ['no config', { storedAt: NOW }],
      ['an invalid config', { config: { enabled: 'yes' }, storedAt: NOW }],
    ];
    for (const [what, value] of bad) {
      it(`refuses ${what}`, () => {
        expect(readCachedConfig(value)).to.equal(null);
      });
    }
  });
});
