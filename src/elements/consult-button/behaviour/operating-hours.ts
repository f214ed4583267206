import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale } from '../../../core/i18n/labels.js';
import type { RemoteConfig } from '../../../core/operating/remote-config.js';
import type { OperatingState } from '../../../core/operating/operating-state.js';
import type { ConfigProblem } from './remote-config-loader.js';
import type * as LoaderModule from './remote-config-loader.js';

type Loader = typeof LoaderModule;

const ALWAYS_OPEN: OperatingState = { enabled: true, open: true };

// Timers further out than this are re-armed on the next render anyway; long ones drift.
const MAX_TIMER_MS = 6 * 60 * 60_000;

/**
 * Follows the site's `config-src`: loads the config code only when a page uses it, applies
 * the cached config at once and the fetched one when it arrives, and re-renders the host
 * when the desk opens or closes.
 */
export class OperatingHours implements ReactiveController {
  private src = '';
  private config: RemoteConfig | null = null;
  private loader: Loader | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Resolves once the config in use has answered (or failed); pending until then. */
  private answered: Promise<void> = Promise.resolve();
  private waiting = false;
  /** The state last given, given again while nothing in it changed: the button compares inputs by identity. */
  private last: OperatingState = ALWAYS_OPEN;

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
    this.waiting = Boolean(src);
    if (!src) {
      this.answered = Promise.resolve();
      return;
    }
    const done = () => {
      if (this.src === src) this.waiting = false;
    };
    this.answered = import('./remote-config-loader.js')
      .then((loader) => {
        if (this.src !== src) return;
        this.loader = loader;
        const load = loader.loadRemoteConfig(src);
        this.config = load.initial;
        this.host.requestUpdate();
        return load.settled.then(({ config, problem }) => {
          if (this.src !== src) return;
          this.config = config;
          if (problem) this.onProblem(problem);
          this.host.requestUpdate();
        });
      })
      // A config chunk that cannot load leaves the buttons as configured locally.
      .then(done, done);
  }

  /**
   * True while the config has not answered and nothing is cached: the site's switch is
   * unknown, so a launch must wait for it (the fetch gives up after 2 s).
   */
  get pending(): boolean {
    return this.waiting && !this.config;
  }

  /** Resolves when the config in use has answered, failed or timed out. */
  settled(): Promise<void> {
    return this.answered;
  }

  /** The state at `now`, with a timer armed for the next opening or closing. */
  state(locale: Locale, now?: Date): OperatingState {
    // Only when armed: clearing nothing still cost every button of a long list a timer lookup.
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    if (!this.loader || !this.config) return ALWAYS_OPEN;
    now ??= new Date();
    const { state, change } = this.loader.operatingState(this.config, locale, now);
    if (change) this.timer = setTimeout(() => this.host.requestUpdate(), Math.min(change.getTime() - now.getTime() + 1, MAX_TIMER_MS));
    const { last } = this;
    if (state.enabled !== last.enabled || state.open !== last.open || state.hours !== last.hours || state.notice !== last.notice)
      this.last = state;
    return this.last;
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
