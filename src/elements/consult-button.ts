import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { platformOf, type Platform } from '../core/client.js';
import { encodeContext, parseExtra, type EncodeResult } from '../core/context.js';
import { ConsultInputError } from '../core/errors.js';
import { buildLaunch, type LaunchRequest } from '../core/launch.js';
import { messagesFor } from '../core/messages.js';
import { buttonContext, describeRefusal } from './button-context.js';
import { onConfigure, siteMember, type MemberInfo } from './configure.js';
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
  /** How the context was packed into `extra` (absent when the `extra` attribute was sent as is). */
  context?: EncodeResult;
}

export interface ConsultProblemDetail {
  /** The attribute at fault. */
  field: string;
  message: string;
}

function carriesMember(extra: string): boolean {
  const { fields } = parseExtra(extra);
  return fields.memberId !== undefined || fields.memberGrade !== undefined;
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
 * @fires {CustomEvent<ConsultProblemDetail>} consult-warning - A cosmetic attribute has an unknown value and its default is used, or a context value looks like personal data and is left out.
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

  /**
   * Sent as `extra` exactly as given (at most 50 characters), instead of the collected
   * context: for a value the site's server signed with `signContext`.
   */
  @property() extra = '';

  /** Which button this is, for the agent: e.g. `home_banner`, `product_detail`. */
  @property() placement = '';

  /** The campaign; defaults to the page's `utm_campaign`. */
  @property() campaign = '';

  /** A short key for the page; defaults to the page's path. */
  @property({ attribute: 'page-key' }) pageKey = '';

  /** The logged-in member's ID (never a name, phone number or e-mail). */
  @property({ attribute: 'member-id' }) memberId = '';

  /** The logged-in member's grade, e.g. `VIP`. */
  @property({ attribute: 'member-grade' }) memberGrade = '';

  /** The logged-in member as an object; the `member-*` attributes take precedence. */
  @property({ attribute: false }) member: MemberInfo | null = null;

  /** `true` chatbot first, `false` an agent, `auto` keep the session's mode. */
  @property() bot = '';

  /** Chatbot block event to run on connecting to the bot; at most 100 characters. */
  @property() event = '';

  /** Launch endpoint override: https only (http on localhost, for tests). */
  @property() endpoint = '';

  /** The member from `configure({ member })`, shared by every button. */
  @state() private siteMember: MemberInfo | null = null;

  private launch: LaunchRequest | ConsultInputError = new ConsultInputError('channel', 'channel is missing.');
  private unsubscribe?: () => void;
  private readonly internals = this.attachInternals();
  /** What was last reported per source (`launch` or an attribute), so each problem is told once. */
  private readonly reported = new Map<string, string>();

  override connectedCallback(): void {
    super.connectedCallback();
    this.askSiteMember();
    this.unsubscribe = onConfigure(() => this.askSiteMember());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
  }

  private askSiteMember(): void {
    siteMember().then(
      (member) => (this.siteMember = member),
      (error: unknown) => this.report('member', 'consult-warning', new ConsultInputError('member', `configure({ member }) failed (${String(error)}); launching without member context.`)),
    );
  }

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
        // A pre-signed extra with member data goes by POST too, to stay out of URLs.
        const post = carriesMember(this.extra);
        this.launch = buildLaunch({ channel: this.channel, extra: this.extra, bot: this.bot, event: this.event, endpoint: this.endpoint, post });
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
    if (!problem && !this.extra) this.packContext();
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

  /** Packs the current context into `extra`, warning about anything refused as personal data. */
  private packContext(): EncodeResult {
    const { placement, campaign, pageKey, memberId, memberGrade, member, siteMember } = this;
    const context = encodeContext(buttonContext({ placement, campaign, pageKey, memberId, memberGrade, member, siteMember }));
    for (const dropped of context.dropped) {
      const refusal = describeRefusal(dropped);
      if (refusal) this.report(`context:${dropped.field}`, 'consult-warning', new ConsultInputError(refusal.field, refusal.message));
    }
    return context;
  }

  /**
   * The request as of this click: the context is read now (the URL may have changed in a
   * single-page app). Member data goes by POST, so it never lands in a URL.
   */
  private requestNow(base: LaunchRequest): { request: LaunchRequest; context?: EncodeResult } {
    if (this.extra) return { request: base };
    const context = this.packContext();
    const { bot, event, endpoint } = this;
    return { request: buildLaunch({ channel: base.fields.uuid, bot, event, endpoint, extra: context.extra, post: carriesMember(context.extra) }), context };
  }

  private handleClick(): void {
    if (this.launch instanceof ConsultInputError) return;
    const platform = platformOf(navigator.userAgent, navigator.maxTouchPoints);
    emit<ConsultClickDetail>(this, 'consult-click', { channel: this.launch.fields.uuid, platform });
    const target: LaunchTarget = platform === 'desktop' ? 'popup' : '_self';
    const { request, context } = this.requestNow(this.launch);
    const detail: ConsultLaunchDetail = context ? { request, platform, target, context } : { request, platform, target };
    if (emit(this, 'consult-launch', detail, true)) openLaunch(request, target);
  }
}
