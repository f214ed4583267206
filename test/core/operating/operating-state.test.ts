import { expect } from '@open-wc/testing';
import { operatingState } from '../../../src/core/operating/operating-state.js';
import type { RemoteConfig } from '../../../src/core/operating/remote-config.js';

const WEEKDAYS_9_TO_6 = {
  week_timetable: ['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => ({ day, start_at: '0900', end_at: '1800' })),
} as RemoteConfig['hours'];
/** A moment in Korea time (UTC+9). */
const korea = (isoLocal: string) => new Date(`${isoLocal}+09:00`);

describe('operatingState', () => {
  it("is open and enabled with no hours, carrying the notice in the reader's language", () => {
    const config: RemoteConfig = { enabled: true, holidays: [], notice: { ko: '공지', en: 'Notice' } };
    expect(operatingState(config, 'en', korea('2026-11-25T10:00:00'))).to.deep.equal({
      state: { enabled: true, open: true, notice: 'Notice' },
      change: null,
    });
  });

  it('says when an open desk closes', () => {
    const config: RemoteConfig = { enabled: true, hours: WEEKDAYS_9_TO_6, holidays: [], notice: {} };
    const { state, change } = operatingState(config, 'ko', korea('2026-11-25T10:00:00'));
    expect(state).to.deep.equal({ enabled: true, open: true });
    expect(change!.toISOString()).to.equal(korea('2026-11-25T18:00:00').toISOString());
  });

  it('outside the hours gives the hours line and the next opening', () => {
    const config: RemoteConfig = { enabled: true, hours: WEEKDAYS_9_TO_6, holidays: [], notice: {} };
    const { state, change } = operatingState(config, 'ko', korea('2026-11-28T10:00:00'));
    expect(state).to.deep.equal({ enabled: true, open: false, hours: '상담시간 평일 09:00–18:00' });
    expect(change!.toISOString()).to.equal(korea('2026-11-30T09:00:00').toISOString());
  });

  it('keeps the switch apart from the hours: disabled and open are told separately', () => {
    const config: RemoteConfig = { enabled: false, hours: WEEKDAYS_9_TO_6, holidays: ['2026-11-25'], notice: {} };
    expect(operatingState(config, 'en', korea('2026-11-25T10:00:00')).state).to.include({ enabled: false, open: false });
  });
});
