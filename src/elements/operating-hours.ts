import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale } from '../core/labels.js';
import type { RemoteConfig } from '../core/remote-config.js';
import type { ConfigProblem, OperatingState } from './remote-config-loader.js';

type Loader = typeof import('./remote-config-loader.js');

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
    void import('./remote-config-loader.js').then((loader) => {
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
    });
  }

  /** The state at `now`, with a timer armed for the next opening or closing. */
  state(locale: Locale, now = new Date()): OperatingState {
    clearTimeout(this.timer);
    if (!this.loader || !this.config) return ALWAYS_OPEN;
    const { state, change } = this.loader.operatingState(this.config, locale, now);
    if (change) this.timer = setTimeout(() => this.host.requestUpdate(), Math.min(change.getTime() - now.getTime() + 1, MAX_TIMER_MS));
    return state;
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }
}
