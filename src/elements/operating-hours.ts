import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { describeHours, isOpen } from '../core/hours.js';
import type { Locale } from '../core/messages.js';
import { scheduleOf, type RemoteConfig } from '../core/remote-config.js';
import { loadRemoteConfig, type ConfigProblem } from './remote-config-loader.js';

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

// Timers further out than this are re-armed on the next render anyway; long ones drift.
const MAX_TIMER_MS = 6 * 60 * 60_000;

/**
 * Follows the site's `config-src`: applies the cached config at once and the fetched one when
 * it arrives, and re-renders the host when the desk opens or closes.
 */
export class OperatingHours implements ReactiveController {
  private src = '';
  private config: RemoteConfig | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onProblem: (problem: ConfigProblem) => void,
  ) {
    host.addController(this);
  }

  /** Follows a config URL ('' for none). */
  use(src: string): void {
    if (src === this.src) return;
    this.src = src;
    this.config = null;
    if (!src) return;
    const load = loadRemoteConfig(src);
    this.config = load.initial;
    void load.settled.then(({ config, problem }) => {
      if (this.src !== src) return;
      this.config = config;
      if (problem) this.onProblem(problem);
      this.host.requestUpdate();
    });
  }

  /** The state at `now`, and a timer armed for the next opening or closing. */
  state(locale: Locale, now = new Date()): OperatingState {
    clearTimeout(this.timer);
    const config = this.config;
    if (!config) return { enabled: true, open: true };
    const notice = config.notice[locale] ?? undefined;
    const schedule = scheduleOf(config);
    const base = notice ? { enabled: config.enabled, notice } : { enabled: config.enabled };
    if (!schedule) return { ...base, open: true };
    const state = isOpen(schedule, now);
    const change = state.open ? state.closesAt : state.nextOpen;
    if (change) this.timer = setTimeout(() => this.host.requestUpdate(), Math.min(change.getTime() - now.getTime() + 1, MAX_TIMER_MS));
    return state.open ? { ...base, open: true } : { ...base, open: false, hours: describeHours(schedule, locale) };
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }
}
