import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ConsultInputError } from '../../../src/core/errors.js';
import {
  describeHours,
  isOpen,
  LOOKAHEAD_DAYS,
  WEEKDAYS,
  type Schedule,
  type TimetableEntry,
  type Weekday,
} from '../../../src/core/operating/hours.js';

const DAY = 86_400_000;

/** An instant given as Korea wall time, `YYYY-MM-DD HH:MM[:SS.mmm]`, built from UTC (KST = UTC+9). */
function kst(text: string): Date {
  const [, y, mo, d, h, mi, s = '0', ms = '0'] = /^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d)(?::(\d\d)\.(\d{3}))?$/.exec(text)!;
  return new Date(Date.UTC(+y!, +mo! - 1, +d!, +h! - 9, +mi!, +s, +ms));
}

function entries(days: readonly Weekday[], start_at: string, end_at: string): TimetableEntry[] {
  return days.map((day) => ({ day, start_at, end_at }));
}

const MON_FRI = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
const OFFICE: Schedule = { week_timetable: entries(MON_FRI, '0900', '1800') };

// November 2026: Mon 23, Tue 24, Wed 25, Thu 26, Fri 27, Sat 28, Sun 29, Mon 30.
describe('isOpen', () => {
  describe('evaluates in Korea time, whatever the runner’s zone', () => {
    it('reads 2026-11-25T23:30Z as Thursday 08:30 KST: closed before a 0900 start', () => {
      expect(isOpen(OFFICE, new Date(Date.UTC(2026, 10, 25, 23, 30)))).to.deep.equal({
        open: false,
        nextOpen: new Date(Date.UTC(2026, 10, 26, 0, 0)),
      });
    });

    it('reads 2026-11-26T00:00Z as Thursday 09:00 KST: open until 18:00 KST (09:00Z)', () => {
      expect(isOpen(OFFICE, new Date(Date.UTC(2026, 10, 26, 0, 0)))).to.deep.equal({
        open: true,
        closesAt: new Date(Date.UTC(2026, 10, 26, 9, 0)),
      });
    });

    it('reads Friday 2026-11-27T15:00Z as Saturday 00:00 KST: closed until Monday 09:00 KST', () => {
      // A host-zone implementation on a UTC machine would see Friday 15:00 and say open.
      expect(isOpen(OFFICE, new Date(Date.UTC(2026, 10, 27, 15, 0)))).to.deep.equal({
        open: false,
        nextOpen: new Date(Date.UTC(2026, 10, 30, 0, 0)),
      });
    });

    it('reads Sunday 2026-11-29T23:59Z as Monday 08:59 KST', () => {
      expect(isOpen(OFFICE, new Date(Date.UTC(2026, 10, 29, 23, 59))).open).to.equal(false);
      expect(isOpen(OFFICE, new Date(Date.UTC(2026, 10, 30, 0, 0))).open).to.equal(true);
    });
  });

  describe('boundaries', () => {
    const cases: [string, boolean][] = [
      ['2026-11-26 08:59:59.999', false],
      ['2026-11-26 09:00', true],
      ['2026-11-26 17:59:59.999', true],
      ['2026-11-26 18:00', false],
    ];
    for (const [at, open] of cases) {
      it(`${at} KST is ${open ? 'open' : 'closed'} (start inclusive, end exclusive)`, () => {
        expect(isOpen(OFFICE, kst(at)).open).to.equal(open);
      });
    }
  });

  describe('windows across midnight', () => {
    const NIGHT: Schedule = { week_timetable: [{ day: 'fri', start_at: '2200', end_at: '0200' }] };
    const cases: [string, boolean][] = [
      ['2026-11-27 21:59', false],
      ['2026-11-27 22:00', true],
      ['2026-11-28 00:00', true],
      ['2026-11-28 01:59:59.999', true],
      ['2026-11-28 02:00', false],
      // The after-midnight part belongs to Friday's entry: Thursday night is closed.
      ['2026-11-27 01:00', false],
      ['2026-11-28 22:00', false],
    ];
    for (const [at, open] of cases) {
      it(`fri 2200–0200: ${at} KST is ${open ? 'open' : 'closed'}`, () => {
        expect(isOpen(NIGHT, kst(at)).open).to.equal(open);
      });
    }

    it('reports the close on the next day', () => {
      expect(isOpen(NIGHT, kst('2026-11-27 23:00'))).to.deep.equal({ open: true, closesAt: kst('2026-11-28 02:00') });
    });

    it('wraps the week: Sunday 2200–0200 is open early on Monday', () => {
      const sunday: Schedule = { week_timetable: [{ day: 'sun', start_at: '2200', end_at: '0200' }] };
      expect(isOpen(sunday, kst('2026-11-30 01:00'))).to.deep.equal({ open: true, closesAt: kst('2026-11-30 02:00') });
      expect(isOpen(sunday, kst('2026-11-30 02:00'))).to.deep.equal({ open: false, nextOpen: kst('2026-12-06 22:00') });
      expect(isOpen(sunday, kst('2026-11-29 23:00')).open).to.equal(true);
    });

    it('treats end_at 0000 after a later start as midnight', () => {
      const schedule: Schedule = { week_timetable: [{ day: 'fri', start_at: '2000', end_at: '0000' }] };
      expect(isOpen(schedule, kst('2026-11-27 23:59')).open).to.equal(true);
      expect(isOpen(schedule, kst('2026-11-28 00:00')).open).to.equal(false);
    });
  });

  describe('2400 and back-to-back windows', () => {
    it('closes at the end of the day for 2400', () => {
      const schedule: Schedule = { week_timetable: [{ day: 'sat', start_at: '1800', end_at: '2400' }] };
      expect(isOpen(schedule, kst('2026-11-28 23:59:59.999'))).to.deep.equal({ open: true, closesAt: kst('2026-11-29 00:00') });
      expect(isOpen(schedule, kst('2026-11-29 00:00')).open).to.equal(false);
    });

    it('joins Saturday to 2400 and Sunday from 0000 into one stretch', () => {
      const schedule: Schedule = {
        week_timetable: [
          { day: 'sat', start_at: '1800', end_at: '2400' },
          { day: 'sun', start_at: '0000', end_at: '0600' },
        ],
      };
      expect(isOpen(schedule, kst('2026-11-28 20:00'))).to.deep.equal({ open: true, closesAt: kst('2026-11-29 06:00') });
    });

    it('reports no close within the lookahead when open around the clock', () => {
      const always: Schedule = { week_timetable: entries(WEEKDAYS, '0000', '2400') };
      expect(isOpen(always, kst('2026-11-26 12:00'))).to.deep.equal({ open: true, closesAt: null });
    });
  });

  describe('several windows a day', () => {
    const LUNCH: Schedule = {
      week_timetable: [
        { day: 'mon', start_at: '1300', end_at: '1800' },
        { day: 'mon', start_at: '0900', end_at: '1200' },
      ],
    };

    it('closes for lunch and says when it reopens', () => {
      expect(isOpen(LUNCH, kst('2026-11-23 11:00'))).to.deep.equal({ open: true, closesAt: kst('2026-11-23 12:00') });
      expect(isOpen(LUNCH, kst('2026-11-23 12:00'))).to.deep.equal({ open: false, nextOpen: kst('2026-11-23 13:00') });
      expect(isOpen(LUNCH, kst('2026-11-23 13:00'))).to.deep.equal({ open: true, closesAt: kst('2026-11-23 18:00') });
    });

    it('merges overlapping windows', () => {
      const schedule: Schedule = {
        week_timetable: [
          { day: 'mon', start_at: '0900', end_at: '1400' },
          { day: 'mon', start_at: '1200', end_at: '1800' },
        ],
      };
      expect(isOpen(schedule, kst('2026-11-23 10:00'))).to.deep.equal({ open: true, closesAt: kst('2026-11-23 18:00') });
    });
  });

  describe('holidays', () => {
    it('closes a holiday all day and reopens on the next working day', () => {
      const schedule: Schedule = { ...OFFICE, holidays: ['2026-11-26'] };
      expect(isOpen(schedule, kst('2026-11-26 10:00'))).to.deep.equal({ open: false, nextOpen: kst('2026-11-27 09:00') });
      expect(isOpen(schedule, kst('2026-11-25 10:00'))).to.deep.equal({ open: true, closesAt: kst('2026-11-25 18:00') });
    });

    it('skips a holiday when looking for the next opening', () => {
      const schedule: Schedule = { ...OFFICE, holidays: ['2026-11-30'] };
      expect(isOpen(schedule, kst('2026-11-27 19:00'))).to.deep.equal({ open: false, nextOpen: kst('2026-12-01 09:00') });
    });

    describe('inside a midnight span (a holiday closes its whole date and cancels its own windows)', () => {
      // A night desk every day 22:00–02:00; Friday 2026-12-25 is a holiday.
      const NIGHT_DESK: Schedule = { week_timetable: entries(WEEKDAYS, '2200', '0200'), holidays: ['2026-12-25'] };

      it('cuts the eve’s window short at midnight', () => {
        expect(isOpen(NIGHT_DESK, kst('2026-12-24 23:00'))).to.deep.equal({ open: true, closesAt: kst('2026-12-25 00:00') });
        expect(isOpen(NIGHT_DESK, kst('2026-12-25 01:00'))).to.deep.equal({ open: false, nextOpen: kst('2026-12-26 22:00') });
      });

      it('does not run the holiday’s own window past midnight', () => {
        expect(isOpen(NIGHT_DESK, kst('2026-12-25 22:30')).open).to.equal(false);
        expect(isOpen(NIGHT_DESK, kst('2026-12-26 01:00'))).to.deep.equal({ open: false, nextOpen: kst('2026-12-26 22:00') });
      });

      it('opens again the evening after', () => {
        expect(isOpen(NIGHT_DESK, kst('2026-12-26 22:00')).open).to.equal(true);
      });
    });
  });

  describe('nextOpen', () => {
    it('finds Monday from Friday evening', () => {
      expect(isOpen(OFFICE, kst('2026-11-27 19:00'))).to.deep.equal({ open: false, nextOpen: kst('2026-11-30 09:00') });
    });

    it('finds later the same day', () => {
      expect(isOpen(OFFICE, kst('2026-11-26 07:00'))).to.deep.equal({ open: false, nextOpen: kst('2026-11-26 09:00') });
    });

    it('is null for an empty timetable', () => {
      expect(isOpen({ week_timetable: [] }, kst('2026-11-26 12:00'))).to.deep.equal({ open: false, nextOpen: null });
    });

    it(`looks ${LOOKAHEAD_DAYS} days ahead and no further`, () => {
      const mondays: Schedule = { week_timetable: [{ day: 'mon', start_at: '0900', end_at: '1800' }], holidays: ['2026-11-30'] };
      // Next Monday is a holiday; the one after is 13 days and 15 hours away.
      expect(isOpen(mondays, kst('2026-11-23 18:00'))).to.deep.equal({ open: false, nextOpen: kst('2026-12-07 09:00') });
      // With that one a holiday too, the next opening is 21 days away.
      expect(isOpen({ ...mondays, holidays: ['2026-11-30', '2026-12-07'] }, kst('2026-11-23 18:00'))).to.deep.equal({
        open: false,
        nextOpen: null,
      });
    });
  });

  describe('refuses malformed input', () => {
    const bad: [string, Schedule][] = [
      ['a time that is not HHMM', { week_timetable: [{ day: 'mon', start_at: '9:00', end_at: '1800' }] }],
      ['a start at 2400', { week_timetable: [{ day: 'mon', start_at: '2400', end_at: '0100' }] }],
      ['an empty window', { week_timetable: [{ day: 'mon', start_at: '0900', end_at: '0900' }] }],
      ['an unknown day', { week_timetable: [{ day: 'monday' as Weekday, start_at: '0900', end_at: '1800' }] }],
      ['an impossible holiday', { ...OFFICE, holidays: ['2026-02-30'] }],
    ];
    for (const [what, schedule] of bad) {
      it(`throws for ${what}`, () => {
        expect(() => isOpen(schedule, kst('2026-11-26 12:00')))
          .to.throw(ConsultInputError)
          .with.property('field', 'hours');
      });
    }

    it('throws for an invalid Date', () => {
      expect(() => isOpen(OFFICE, new Date(Number.NaN)))
        .to.throw(ConsultInputError)
        .with.property('field', 'at');
    });
  });

  describe('properties', () => {
    const hhmm = (max: number) =>
      fc.integer({ min: 0, max }).map((m) => `${String(Math.floor(m / 60)).padStart(2, '0')}${String(m % 60).padStart(2, '0')}`);
    const entry = fc
      .record({ day: fc.constantFrom(...WEEKDAYS), start_at: hhmm(1439), end_at: hhmm(1440) })
      .filter((e) => e.start_at !== e.end_at);
    const START = Date.UTC(2026, 10, 1);
    // Holidays among the 40 days after START, so they meet the instants below often.
    const holiday = fc.integer({ min: 0, max: 40 }).map((d) => new Date(START + d * DAY).toISOString().slice(0, 10));
    const schedule = fc.record({ week_timetable: fc.array(entry, { maxLength: 6 }), holidays: fc.array(holiday, { maxLength: 4 }) });
    const instant = fc.integer({ min: START, max: START + 30 * DAY }).map((ms) => new Date(ms));

    /** Independent reading of the rules for one instant: today's windows, plus yesterday's after-midnight part. */
    function reference(s: Schedule, at: Date): boolean {
      const wall = new Date(at.getTime() + 9 * 3_600_000);
      const today = wall.toISOString().slice(0, 10);
      const yesterday = new Date(wall.getTime() - DAY).toISOString().slice(0, 10);
      const minute = wall.getUTCHours() * 60 + wall.getUTCMinutes();
      const day = WEEKDAYS[(wall.getUTCDay() + 6) % 7];
      const previous = WEEKDAYS[(wall.getUTCDay() + 5) % 7];
      if (s.holidays?.includes(today)) return false;
      const toMinutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(2));
      return s.week_timetable.some((e) => {
        const start = toMinutes(e.start_at);
        const end = toMinutes(e.end_at) <= start ? toMinutes(e.end_at) + 1440 : toMinutes(e.end_at);
        if (e.day === day && start <= minute && minute < end) return true;
        return e.day === previous && !s.holidays?.includes(yesterday) && minute + 1440 < end;
      });
    }

    it('agrees with a minute-by-minute reading of the rules', () => {
      fc.assert(fc.property(schedule, instant, (s, at) => isOpen(s, at).open === reference(s, at)));
    });

    it('flips state exactly at closesAt and nextOpen, and not before', () => {
      fc.assert(
        fc.property(schedule, instant, fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (s, at, fraction) => {
          const state = isOpen(s, at);
          const change = state.open ? state.closesAt : state.nextOpen;
          if (change === null) return true;
          const before = new Date(change.getTime() - 1);
          const between = new Date(at.getTime() + Math.floor(fraction * (change.getTime() - at.getTime())));
          return (
            change > at &&
            change.getTime() <= at.getTime() + LOOKAHEAD_DAYS * DAY &&
            isOpen(s, change).open !== state.open &&
            isOpen(s, before).open === state.open &&
            isOpen(s, between).open === state.open
          );
        }),
      );
    });
  });
});

describe('describeHours', () => {
  const cases: [string, TimetableEntry[], string, string][] = [
    ['office hours', entries(MON_FRI, '0900', '1800'), '상담시간 평일 09:00–18:00', 'Hours: weekdays 09:00–18:00 (KST)'],
    [
      'weekdays and weekends',
      [...entries(MON_FRI, '0900', '1800'), ...entries(['sat', 'sun'], '1000', '1400')],
      '상담시간 평일 09:00–18:00 / 주말 10:00–14:00',
      'Hours: weekdays 09:00–18:00 / weekends 10:00–14:00 (KST)',
    ],
    [
      'a short Saturday',
      [...entries(MON_FRI, '0900', '1800'), ...entries(['sat'], '1000', '1400')],
      '상담시간 평일 09:00–18:00 / 토 10:00–14:00',
      'Hours: weekdays 09:00–18:00 / Sat 10:00–14:00 (KST)',
    ],
    ['every day, all day', entries(WEEKDAYS, '0000', '2400'), '상담시간 매일 00:00–24:00', 'Hours: every day 00:00–24:00 (KST)'],
    ['Monday to Saturday', entries([...MON_FRI, 'sat'], '0900', '1800'), '상담시간 월–토 09:00–18:00', 'Hours: Mon–Sat 09:00–18:00 (KST)'],
    [
      'a lunch break, listed out of order and twice',
      [...entries(MON_FRI, '1300', '1800'), ...entries(MON_FRI, '0900', '1200'), ...entries(['mon'], '1300', '1800')],
      '상담시간 평일 09:00–12:00, 13:00–18:00',
      'Hours: weekdays 09:00–12:00, 13:00–18:00 (KST)',
    ],
    [
      'separate days',
      entries(['fri', 'mon', 'wed'], '1000', '1600'),
      '상담시간 월 10:00–16:00 / 수 10:00–16:00 / 금 10:00–16:00',
      'Hours: Mon 10:00–16:00 / Wed 10:00–16:00 / Fri 10:00–16:00 (KST)',
    ],
    [
      'a short Monday, then Tuesday to Friday',
      [...entries(['mon'], '0900', '1200'), ...entries(['tue', 'wed', 'thu', 'fri'], '0900', '1800')],
      '상담시간 월 09:00–12:00 / 화–금 09:00–18:00',
      'Hours: Mon 09:00–12:00 / Tue–Fri 09:00–18:00 (KST)',
    ],
    [
      'closed on Wednesday',
      entries(['mon', 'tue', 'thu', 'fri'], '0900', '1800'),
      '상담시간 월–화 09:00–18:00 / 목–금 09:00–18:00',
      'Hours: Mon–Tue 09:00–18:00 / Thu–Fri 09:00–18:00 (KST)',
    ],
    [
      'nights past midnight, 2400 and 0000',
      [
        { day: 'fri', start_at: '2200', end_at: '0200' },
        { day: 'sat', start_at: '1800', end_at: '2400' },
        { day: 'sun', start_at: '1800', end_at: '0000' },
      ],
      '상담시간 금 22:00–02:00 / 주말 18:00–24:00',
      'Hours: Fri 22:00–02:00 / weekends 18:00–24:00 (KST)',
    ],
    ['no hours at all', [], '상담 운영 시간이 없어요.', 'No consultation hours are set.'],
  ];
  for (const [what, week_timetable, ko, en] of cases) {
    it(`describes ${what}`, () => {
      expect(describeHours({ week_timetable }, 'ko')).to.equal(ko);
      expect(describeHours({ week_timetable }, 'en')).to.equal(en);
    });
  }

  it('takes a whole schedule and leaves holidays out', () => {
    expect(describeHours({ ...OFFICE, holidays: ['2026-12-25'] }, 'ko')).to.equal('상담시간 평일 09:00–18:00');
  });

  it('throws for a malformed entry', () => {
    const schedule: Schedule = { week_timetable: [{ day: 'mon', start_at: '0900', end_at: '25:00' }] };
    expect(() => describeHours(schedule, 'en'))
      .to.throw(ConsultInputError)
      .with.property('field', 'hours');
  });
});
