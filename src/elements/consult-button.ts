import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { platformOf, type Platform } from '../core/client.js';
import { ConsultInputError } from '../core/errors.js';
import { buildLaunch, type LaunchRequest } from '../core/launch.js';
import { messagesFor } from '../core/messages.js';
import { consultButtonStyles } from './consult-button.styles.js';
import { emit } from './emit.js';
import { kakaoSymbol } from './kakao-symbol.js';
import { openLaunch, type LaunchTarget } from './open-launch.js';

export interface ConsultClickDetail {
  channel: string;
  platform: Platform;
}

export interface ConsultLaunchDetail {
  request: LaunchRequest;
  platform: Platform;
  /** `popup` (PC) or `_self` (phones). */
  target: LaunchTarget;
}

export interface ConsultProblemDetail {
  /** The attribute at fault. */
  field: string;
  message: string;
}

/** Attribute values the guide allows; anything else falls back to the first. */
const CHOICES = {
  label: ['short', 'long'],
  color: ['yellow', 'mono'],
  size: ['medium', 'small', 'large'],
  shape: ['rect', 'full', 'round'],
} as const;

/**
 * The KakaoTalk 상담하기 button, drawn per Kakao's button guide.
 *
 * @summary Opens a 상담톡 consult with the company's channel.
 *
 * @fires {CustomEvent<ConsultClickDetail>} consult-click - The user activated a working button.
 * @fires {CustomEvent<ConsultLaunchDetail>} consult-launch - Cancelable: about to send the launch request; cancel it to take over.
 * @fires {CustomEvent<ConsultProblemDetail>} consult-error - An attribute makes the launch impossible; the button is disabled.
 * @fires {CustomEvent<ConsultProblemDetail>} consult-warning - A cosmetic attribute has an unknown value and its default is used.
 *
 * @csspart button - The button itself.
 * @csspart symbol - The Kakao speech-bubble symbol.
 * @csspart label - The label text.
 * @csspart message - The explanation shown when the button cannot launch.
 *
 * @cssprop --kakao-consult-focus-color - Focus ring colour (default `#1a56db`).
 * @cssprop --kakao-consult-font-family - Label font stack.
 * @cssprop --kakao-consult-launcher-right - Round launcher's distance from the right edge (default `24px`).
 * @cssprop --kakao-consult-launcher-bottom - Round launcher's distance from the bottom edge (default `24px`).
 * @cssprop --kakao-consult-launcher-z-index - Round launcher's stacking order (default `1000`).
 */
export class KakaoConsultButton extends LitElement {
  static override styles = consultButtonStyles;

  /** The channel's search ID with its `@`, e.g. `@mybrand`. Required. */
  @property({ reflect: true }) channel = '';

  /** `short` shows 상담하기, `long` shows 카톡으로 상담하세요. */
  @property({ reflect: true }) label: 'short' | 'long' = 'short';

  /** `yellow` (Kakao yellow) or `mono` (white and black). */
  @property({ reflect: true }) color: 'yellow' | 'mono' = 'yellow';

  /** `small`, `medium` or `large`. */
  @property({ reflect: true }) size: 'small' | 'medium' | 'large' = 'medium';

  /** `rect` (PC), `full` (full width, mobile) or `round` (floating launcher, bottom right). */
  @property({ reflect: true }) shape: 'rect' | 'full' | 'round' = 'rect';

  /** Metadata for the agent, sent as `extra`; at most 50 characters. */
  @property() extra = '';

  /** `true` chatbot first, `false` an agent, `auto` keep the session's mode. */
  @property() bot = '';

  /** Chatbot block event to run on connecting to the bot; at most 100 characters. */
  @property() event = '';

  /** Launch endpoint override: https only (http on localhost, for tests). */
  @property() endpoint = '';

  private launch: LaunchRequest | ConsultInputError = new ConsultInputError('channel', 'channel is missing.');
  private readonly internals = this.attachInternals();
  /** What was last reported per source (`launch` or an attribute), so each problem is told once. */
  private readonly reported = new Map<string, string>();

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (['channel', 'extra', 'bot', 'event', 'endpoint'].some((key) => changed.has(key as keyof KakaoConsultButton))) {
      try {
        this.launch = buildLaunch({ channel: this.channel, extra: this.extra, bot: this.bot, event: this.event, endpoint: this.endpoint });
      } catch (error) {
        this.launch = error instanceof ConsultInputError ? error : new ConsultInputError('channel', String(error));
      }
    }
  }

  protected override updated(): void {
    const problem = this.launch instanceof ConsultInputError ? this.launch : undefined;
    if (problem) this.internals.states.add('invalid');
    else this.internals.states.delete('invalid');
    this.report('launch', 'consult-error', problem);
    for (const [field, allowed] of Object.entries(CHOICES)) {
      const value = this[field as keyof typeof CHOICES];
      const known = (allowed as readonly string[]).includes(value);
      this.report(field, 'consult-warning', known ? undefined : new ConsultInputError(field, `${field} "${value}" is not one of ${allowed.join(', ')}; using "${allowed[0]}".`));
    }
  }

  /** Logs and dispatches a problem once, however often the element re-renders; a fix re-arms it. */
  private report(source: string, type: 'consult-error' | 'consult-warning', problem: ConsultInputError | undefined): void {
    if (!problem) {
      this.reported.delete(source);
      return;
    }
    if (this.reported.get(source) === problem.message) return;
    this.reported.set(source, problem.message);
    const log = type === 'consult-error' ? console.error : console.warn;
    log(`<kakao-consult-button> ${problem.field}: ${problem.message}`);
    emit<ConsultProblemDetail>(this, type, { field: problem.field, message: problem.message });
  }

  private get locale() {
    const lang = this.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
    return messagesFor(lang);
  }

  protected override render() {
    const text = this.locale;
    const label = this.label === 'long' ? text.labelLong : text.labelShort;
    const invalid = this.launch instanceof ConsultInputError;
    const round = this.shape === 'round';
    return html`<button
        part="button"
        type="button"
        aria-disabled=${invalid ? 'true' : nothing}
        aria-describedby=${invalid ? 'message' : nothing}
        @click=${this.handleClick}
      >
        ${kakaoSymbol}<span part="label" class=${round ? 'label visually-hidden' : 'label'}>${label}</span>
      </button>
      ${invalid ? html`<p part="message" id="message" class="message">${text.unavailable}</p>` : nothing}`;
  }

  private handleClick(): void {
    if (this.launch instanceof ConsultInputError) return;
    const platform = platformOf(navigator.userAgent, navigator.maxTouchPoints);
    emit<ConsultClickDetail>(this, 'consult-click', { channel: this.launch.fields.uuid, platform });
    const target: LaunchTarget = platform === 'desktop' ? 'popup' : '_self';
    const detail: ConsultLaunchDetail = { request: this.launch, platform, target };
    if (emit(this, 'consult-launch', detail, true)) openLaunch(this.launch, target);
  }
}
