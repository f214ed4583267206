import { describeHours, isOpen } from './hours.js';
import type { Locale } from '../i18n/labels.js';
import { scheduleOf, type RemoteConfig } from './remote-config.js';

/** What the site's operating config says right now. */
export interface OperatingState {
  /** False when the site switched every button off (`"enabled": false`). */
  enabled: boolean;
  /** False outside the consult hours or on a holiday. */
  open: boolean;
  /** The hours line for the offline state, e.g. `상담시간 평일 09:00–18:00`. */
  hours?: string;
  /** The site's notice in the page's language, if any. */
  notice?: string;
}

/** The state a config gives at `now`, and when it next changes (null: not within two weeks). */
export function operatingState(config: RemoteConfig, locale: Locale, now: Date): { state: OperatingState; change: Date | null } {
  const notice = config.notice[locale];
  const base: OperatingState = notice ? { enabled: config.enabled, open: true, notice } : { enabled: config.enabled, open: true };
  const schedule = scheduleOf(config);
  if (!schedule) return { state: base, change: null };
  const open = isOpen(schedule, now);
  if (open.open) return { state: base, change: open.closesAt };
  return { state: { ...base, open: false, hours: describeHours(schedule, locale) }, change: open.nextOpen };
}
