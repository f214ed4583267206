import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { kakaoTalkStoreUrl } from '../core/app-links.js';
import { parseClient, versionHint, type ClientInfo, type Platform } from '../core/client.js';
import type { ConsentMemory, ConsentNotice, ConsentRecord } from '../core/consent.js';
import { encodeContext, parseExtra, type EncodeResult } from '../core/context.js';
import { ConsultInputError } from '../core/errors.js';
import { buildLaunch, type LaunchRequest } from '../core/launch.js';
import { localeFor, messagesFor } from '../core/messages.js';
import { safeLink } from '../core/safe-link.js';
import { clip } from '../core/text.js';
import { pushToDataLayer } from './analytics.js';
import { buttonContext, describeRefusal } from './button-context.js';
import { onConfigure, siteMember, siteOptions, type MemberInfo } from './configure.js';
import { consentDialog } from './consent-dialog.js';
import { qrPanel, type QrState } from './qr-panel.js';
import { hasStoredConsent, storeConsent } from './consent-store.js';
import { consultButtonStyles } from './consult-button.styles.js';
import { dialogStyles } from './dialog.styles.js';
import { emit } from './emit.js';
import { LangAwareElement } from './lang-aware.js';
import { kakaoSymbol } from './kakao-symbol.js';
import { hasAppBridge, isBridgeName, postToAppBridge } from './app-bridge.js';
import { consentAsked, unknownAnalytics, unknownConsent, unreadableVersion, unsafePolicyLink } from './ignored-values.js';
import { launchTarget, openLaunch, type LaunchTarget } from './open-launch.js';
import { OperatingHours } from './operating-hours.js';
import type { ConfigProblem, OperatingState } from './remote-config-loader.js';

export interface ConsultClickDetail {
  channel: string;
  platform: Platform;
}

export interface ConsultLaunchDetail {
  request: LaunchRequest;
  platform: Platform;
  /** `popup` (PC), `_self` (phones), `intent` (Android webviews) or `bridge` (the host app's bridge). */
  target: LaunchTarget;
  /** How the context was packed into `extra` (absent when the `extra` attribute was sent as is). */
  context?: EncodeResult;
}

export interface ConsultQrOpenDetail {
  /** The launch the panel's QR code carries (its GET `url`). */
  request: LaunchRequest;
  platform: Platform;
}

export interface ConsultConsentDetail extends ConsentRecord {
  granted: boolean;
}

export interface ConsultProblemDetail {
  /** The attribute at fault. */
  field: string;
  message: string;
}

let lastClient: { key: string; client: ClientInfo } | undefined;

/** The client for these inputs; every button on a page asks with the same ones, so it is parsed once. */
function clientOf(userAgent: string, maxTouchPoints: number, kakaoTalkVersion: string): ClientInfo {
  const key = `${maxTouchPoints}\u0000${kakaoTalkVersion}\u0000${userAgent}`;
  if (lastClient?.key !== key) lastClient = { key, client: parseClient(userAgent, { maxTouchPoints, kakaoTalkVersion }) };
  return lastClient.client;
}

/** The hours line with each time range kept on one line: a break after the dash would read as two times. */
function unbrokenTimes(hours: string) {
  return hours.split(/(\d\d:\d\d–\d\d:\d\d)/).map((part, index) => (index % 2 ? html`<span class="nowrap">${part}</span>` : part));
}

/** How long a phone launch may leave the page visible before the not-installed help shows. */
const NOT_OPENED_AFTER_MS = 1500;

function carriesMember(extra: string): boolean {
  const { fields } = parseExtra(extra);
  return fields.memberId !== undefined || fields.memberGrade !== undefined;
}

/** Properties the site sets as context; the page's URL and referrer are read on click. */
const CONTEXT_PROPERTIES = ['placement', 'campaign', 'pageKey', 'memberId', 'memberGrade', 'member', 'siteMember'] as const;

/** Values each enumerated attribute takes; anything else acts as the first, and is told. */
const CHOICES = [
  ['label', 'label', ['short', 'long']],
  ['color', 'color', ['yellow', 'mono']],
  ['size', 'size', ['medium', 'small', 'large']],
  ['shape', 'shape', ['rect', 'full', 'round']],
  ['pc-mode', 'pcMode', ['choice', 'qr', 'popup']],
  ['offline-mode', 'offlineMode', ['launch', 'disabled']],
  // Storage the kit does not know keeps nothing: consent is asked every time.
  ['consent-remember', 'consentRemember', ['none', 'local', 'session']],
] as const;

/** The enumerated attributes that change the look (through custom states). */
const STYLED = new Set(['label', 'color', 'size', 'shape']);

/**
 * The KakaoTalk 상담하기 button, drawn per Kakao's button guide.
 *
 * @tagname kakao-consult-button
 * @attr {string} lang - Language of the label and messages: `ko` (default) or `en`; the nearest `lang` applies when unset.
 *
 * @summary Opens a 상담톡 consult with the company's channel.
 *
 * @fires {CustomEvent<ConsultClickDetail>} consult-click - The user activated a working button.
 * @fires {CustomEvent<ConsultLaunchDetail>} consult-launch - Cancelable: about to send the launch request; cancel it to take over.
 * @fires {CustomEvent<ConsultQrOpenDetail>} consult-qr-open - The PC panel opened with its QR code.
 * @fires {CustomEvent<ConsultProblemDetail>} consult-error - An attribute makes the launch impossible; the button is disabled.
 * @fires {CustomEvent<ConsultConsentDetail>} consult-consent - The user answered the consent step (`granted` true or false); log it as the site's proof.
 * @fires {CustomEvent<ConsentRecord>} consult-consent-declined - The user declined the consent step; nothing is launched.
 * @fires {CustomEvent<ConsultProblemDetail>} consult-warning - A cosmetic attribute has an unknown value and its default is used, a value the button can do without is unusable or unsafe and is ignored, or a context value looks like personal data and is left out.
 *
 * @csspart button - The button itself.
 * @csspart symbol - The Kakao speech-bubble symbol.
 * @csspart label - The label text.
 * @csspart message - The explanation shown when the button cannot launch.
 * @csspart hours - The consult hours, shown outside them.
 * @csspart notice - The site's notice from its operating config.
 * @csspart update - The notice that KakaoTalk needs an update (older than 5.8.0).
 * @csspart fallback - The help shown when KakaoTalk did not open on a phone.
 * @csspart dialog - Any dialog the button opens.
 * @csspart consent-dialog - The consent dialog.
 * @csspart panel - The PC panel with the QR code.
 *
 * @slot consent - The site's own consent notice, shown in the consent dialog (as text and markup of the page).
 *
 * @cssprop --kakao-consult-focus-color - Focus ring colour (default `#1a56db`).
 * @cssprop --kakao-consult-font-family - Label font stack.
 * @cssprop --kakao-consult-launcher-right - Round launcher's distance from the right edge (default `24px`).
 * @cssprop --kakao-consult-launcher-bottom - Round launcher's distance from the bottom edge (default `24px`).
 * @cssprop --kakao-consult-launcher-z-index - Round launcher's stacking order (default `1000`).
 */
export class KakaoConsultButton extends LangAwareElement {
  static override styles = [consultButtonStyles, dialogStyles];

  /** The channel's search ID with its `@`, e.g. `@mybrand`. Required. */
  @property() channel = '';

  /** `short` shows 상담하기, `long` shows 카톡으로 상담하세요. */
  @property() label: 'short' | 'long' = 'short';

  /** `yellow` (Kakao yellow) or `mono` (white and black). */
  @property() color: 'yellow' | 'mono' = 'yellow';

  /** `small`, `medium` or `large`. */
  @property() size: 'small' | 'medium' | 'large' = 'medium';

  /** `rect` (PC), `full` (full width, mobile) or `round` (floating launcher, bottom right). */
  @property() shape: 'rect' | 'full' | 'round' = 'rect';

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

  /**
   * The site's operating config (JSON, https or a path on this site): `enabled`, hours,
   * holidays and a notice, shared by every button. Defaults to `configure({ configSrc })`.
   */
  @property({ attribute: 'config-src' }) configSrc = '';

  /** Outside the hours: `launch` (default; the chatbot answers) or `disabled`. */
  @property({ attribute: 'offline-mode' }) offlineMode: 'launch' | 'disabled' = 'launch';

  /** `datalayer` pushes every consult event to `window.dataLayer` (no member data). */
  @property() analytics: '' | 'datalayer' = '';

  /**
   * The installed KakaoTalk version, when the host app knows it (a page cannot see it outside
   * KakaoTalk's own browser). Below 5.8.0 the button warns that KakaoTalk needs an update.
   */
  @property({ attribute: 'kakaotalk-version' }) kakaotalkVersion = '';

  /**
   * The name of the host app's bridge: an iOS `WKScriptMessageHandler`
   * (`window.webkit.messageHandlers[bridge]`) or an Android JavaScript interface with
   * `openConsult(json)`. When present, the launch request is handed to the app.
   */
  @property() bridge = '';

  /**
   * On a PC: `choice` (default) shows a panel with the QR code and a Kakao-account option,
   * `qr` the QR code only, `popup` opens the consult popup directly.
   */
  @property({ attribute: 'pc-mode' }) pcMode: 'choice' | 'qr' | 'popup' = 'choice';

  /** `true` chatbot first, `false` an agent, `auto` keep the session's mode. */
  @property() bot = '';

  /** Chatbot block event to run on connecting to the bot; at most 100 characters. */
  @property() event = '';

  /** Launch endpoint override: https only (http on localhost, for tests). */
  @property() endpoint = '';

  /**
   * `required` asks for consent before the first consult; an object with the notice's texts
   * (`purpose`, `items`, `retention`, `processors`, `href`, `version`) does too.
   */
  @property() consent: '' | 'required' | ConsentNotice = '';

  /** The consent notice as one paragraph of text. */
  @property({ attribute: 'consent-text' }) consentText = '';

  /** Link to the full privacy policy (https, or a path on this site). */
  @property({ attribute: 'consent-href' }) consentHref = '';

  /** The notice's version: a new version asks everyone again. */
  @property({ attribute: 'consent-version' }) consentVersion = '1';

  /** Where consent is remembered: `local` (default), `session`, or `none` (ask every time). */
  @property({ attribute: 'consent-remember' }) consentRemember: ConsentMemory = 'local';

  /** The member from `configure({ member })`, shared by every button. */
  @state() private siteMember: MemberInfo | null = null;

  private launch: LaunchRequest | ConsultInputError = new ConsultInputError('channel', 'channel is missing.');
  private unsubscribe?: () => void;
  /** Consent given in this click flow, so `consent-remember="none"` still launches once. */
  private consentedNow = false;
  private readonly operating = new OperatingHours(this, (problem) => this.reportConfig(problem));
  /** The operating state as last rendered, so a click acts on what the user saw. */
  private operatingNow: OperatingState = { enabled: true, open: true };
  private client: ClientInfo = { platform: 'desktop', inApp: null, kakaoTalkVersion: null, needsUpdate: false };
  /** The launch the PC panel offers, while it is open. */
  @state() private panelRequest: LaunchRequest | undefined;
  private panelContext: EncodeResult | undefined;
  @state() private qrState: QrState = 'loading';
  /** Shown when a phone launch left the page visible: KakaoTalk is probably missing. */
  @state() private notOpened = false;
  private stopWatching?: () => void;
  private readonly internals = this.attachInternals();
  /** What was last reported per source (`launch` or an attribute), so each problem is told once. */
  private readonly reported = new Map<string, string>();

  override connectedCallback(): void {
    super.connectedCallback();
    this.askSiteMember();
    this.unsubscribe = onConfigure(() => {
      this.askSiteMember();
      this.requestUpdate();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.stopWatching?.();
  }

  private askSiteMember(): void {
    siteMember().then(
      (member) => (this.siteMember = member),
      (error: unknown) => this.report('member', 'consult-warning', new ConsultInputError('member', `configure({ member }) failed (${String(error)}); launching without member context.`)),
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.operating.use(this.configSrc || siteOptions().configSrc || '');
    this.operatingNow = this.operating.state(localeFor(this.effectiveLang));
    this.client = this.readClient();
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

  private setState(name: string, on: boolean): void {
    if (on) this.internals.states.add(name);
    else this.internals.states.delete(name);
  }

  protected override updated(changed: PropertyValues<this>): void {
    const problem = this.launch instanceof ConsultInputError ? this.launch : undefined;
    const { enabled, open, hours, notice } = this.operatingNow;
    // Custom states let the styles (and the page: `:state(offline)`) follow without re-rendering.
    this.setState('invalid', Boolean(problem));
    this.setState('off', !enabled);
    this.setState('offline', !open);
    this.setState('noted', Boolean(problem || hours || notice || this.client.needsUpdate || this.notOpened));
    const { needsUpdate, kakaoTalkVersion } = this.client;
    // An unreadable hint is ignored, so the version came from the user agent.
    const source = versionHint(this.kakaotalkVersion) ? 'kakaotalk-version' : 'user-agent';
    this.report('kakaotalk-version', 'consult-warning', unreadableVersion(this.kakaotalkVersion));
    this.report('update', 'consult-warning', needsUpdate ? new ConsultInputError(source, `KakaoTalk ${kakaoTalkVersion} is older than 5.8.0, which the consult button needs; the user is asked to update.`) : undefined);
    this.report('bridge', 'consult-warning', this.bridge && !isBridgeName(this.bridge) ? new ConsultInputError('bridge', `bridge "${clip(String(this.bridge))}" is not a JavaScript identifier; it is ignored.`) : undefined);
    this.report('consent-href', 'consult-warning', unsafePolicyLink(this.consentNotice, this.consentHref, location.href));
    this.report('launch', 'consult-error', problem);
    // Tell the developer about refused context values early, not only on a user's click.
    if (!problem && !this.extra && CONTEXT_PROPERTIES.some((key) => changed.has(key as keyof KakaoConsultButton) && this[key])) this.packContext();
    this.report('consent', 'consult-warning', unknownConsent(this.consent));
    this.report('analytics', 'consult-warning', unknownAnalytics(this.analytics));
    for (const [field, property, allowed] of CHOICES) {
      const value: unknown = this[property];
      // Custom states style the look, so a property set from script needs no attribute.
      if (STYLED.has(field)) for (const option of allowed) this.setState(`${field}-${option}`, option === value);
      // null: the attribute was removed, which leaves the default.
      const known = value == null || (allowed as readonly unknown[]).includes(value);
      this.report(field, 'consult-warning', known ? undefined : new ConsultInputError(field, `${field} "${clip(String(value))}" is not one of ${allowed.join(', ')}; using "${allowed[0]}".`));
    }
  }

  /** Logs and dispatches a problem once, however often the element re-renders; a fix re-arms it. */
  private report(source: string, type: 'consult-error' | 'consult-warning', problem: ConsultInputError | undefined, log = true): void {
    if (!problem) {
      this.reported.delete(source);
      return;
    }
    if (this.reported.get(source) === problem.message) return;
    this.reported.set(source, problem.message);
    if (log) (type === 'consult-error' ? console.error : console.warn)(`<kakao-consult-button> ${problem.field}: ${problem.message}`);
    this.send<ConsultProblemDetail>(type, { field: problem.field, message: problem.message });
  }

  /** A bad config file is an error the site must fix; an unreachable one only a warning. The loader logs once per page. */
  private reportConfig(problem: ConfigProblem): void {
    const type = problem.kind === 'invalid' ? 'consult-error' : 'consult-warning';
    this.report('config', type, new ConsultInputError('config-src', problem.messages.join('; ')), false);
  }

  /** Dispatches a consult event and, when asked, tells analytics (placement and campaign, never member data). */
  private send<T>(type: string, detail: T, cancelable = false): boolean {
    const proceed = emit(this, type, detail, cancelable);
    if ((this.analytics || siteOptions().analytics) === 'datalayer') {
      const platform = (detail as { platform?: string }).platform;
      const field = (detail as { field?: string }).field;
      // The validated channel: an invalid one may be anything, markup included.
      pushToDataLayer(type, { channel: this.channelId, placement: this.placement, campaign: this.campaign, ...(platform && { platform }), ...(field && { field }) });
    }
    return proceed;
  }

  protected override render() {
    const text = messagesFor(this.effectiveLang);
    const label = this.label === 'long' ? text.labelLong : text.labelShort;
    const invalid = this.launch instanceof ConsultInputError;
    const operating = this.operatingNow;
    const closedShut = !operating.open && this.offlineMode === 'disabled';
    const notes = [
      invalid && html`<p part="message" id="message" class="note message">${text.unavailable}</p>`,
      operating.hours && html`<p part="hours" id="hours" class="note">${unbrokenTimes(operating.hours)}</p>`,
      operating.notice && html`<p part="notice" id="notice" class="note">${operating.notice}</p>`,
      this.client.needsUpdate &&
        html`<p part="update" id="update" class="note warning">
          ${text.updateNeeded} <a href=${kakaoTalkStoreUrl(this.client.platform)} target="_blank" rel="noopener">${text.updateLink}</a>
        </p>`,
      this.notOpened &&
        html`<p part="fallback" class="note" role="status">
          ${text.notOpened} <a href=${kakaoTalkStoreUrl(this.client.platform)} target="_blank" rel="noopener">${text.installLink}</a>
          <button type="button" class="link" @click=${this.handleRetry}>${text.retry}</button>
        </p>`,
    ].filter(Boolean);
    const described = [invalid && 'message', operating.hours && 'hours', operating.notice && 'notice', this.client.needsUpdate && 'update']
      .filter(Boolean)
      .join(' ');
    return html`<button
        part="button"
        type="button"
        aria-disabled=${invalid || closedShut ? 'true' : nothing}
        aria-describedby=${described || nothing}
        @click=${this.handleClick}
      >
        ${kakaoSymbol}<span part="label" class=${this.shape === 'round' ? 'label visually-hidden' : 'label'}>${label}</span>
      </button>
      ${notes}
      ${this.consentRequired
        ? consentDialog({
            text,
            notice: this.consentNotice,
            plainText: this.consentText,
            href: safeLink(this.consentNotice.href ?? this.consentHref, location.href),
            onAgree: () => this.handleConsentAgree(),
            onCancel: () => this.dialog('consent')?.close('cancel'),
            onClose: () => this.handleConsentClose(),
          })
        : nothing}
      ${this.panelRequest
        ? qrPanel({
            text,
            lang: localeFor(this.effectiveLang),
            request: this.panelRequest,
            endpoint: this.endpoint ?? '',
            qrState: this.qrState,
            offerPc: this.pcMode !== 'qr',
            onPc: () => this.handlePcLaunch(),
            onClose: () => this.dialog('panel')?.close(),
          })
        : nothing}`;
  }

  private get consentRequired(): boolean {
    return consentAsked(this.consent);
  }

  private get consentNotice(): ConsentNotice {
    return typeof this.consent === 'object' && this.consent !== null ? this.consent : {};
  }

  private get consentVersionNow(): string {
    return this.consentNotice.version ?? this.consentVersion;
  }

  private get channelId(): string {
    return this.launch instanceof ConsultInputError ? '' : this.launch.fields.uuid;
  }

  /** Member data is personal: with consent required it rides only once consent is given. */
  private get memberAllowed(): boolean {
    return !this.consentRequired || this.consentedNow || hasStoredConsent(this.channelId, this.consentVersionNow, this.consentRemember);
  }

  private dialog(id: string): HTMLDialogElement | null {
    return this.renderRoot.querySelector<HTMLDialogElement>(`dialog#${id}`);
  }

  private handleConsentAgree(): void {
    const record: ConsentRecord = { version: this.consentVersionNow, at: new Date().toISOString() };
    storeConsent(this.channelId, record, this.consentRemember);
    this.consentedNow = true;
    this.send<ConsultConsentDetail>('consult-consent', { granted: true, ...record });
    this.dialog('consent')?.close('agree');
    // Still inside the agree click: a phone launch keeps its user gesture.
    this.proceed();
    this.consentedNow = false;
  }

  private handleConsentClose(): void {
    if (this.dialog('consent')?.returnValue === 'agree') return;
    const record: ConsentRecord = { version: this.consentVersionNow, at: new Date().toISOString() };
    this.send<ConsultConsentDetail>('consult-consent', { granted: false, ...record });
    this.send<ConsentRecord>('consult-consent-declined', record);
  }

  /** Packs the current context into `extra`, warning about anything refused as personal data. */
  private packContext(): EncodeResult {
    const { placement, campaign, pageKey } = this;
    const members = this.memberAllowed
      ? { memberId: this.memberId, memberGrade: this.memberGrade, member: this.member, siteMember: this.siteMember }
      : { memberId: '', memberGrade: '', member: null, siteMember: null };
    const context = encodeContext(buttonContext({ placement, campaign, pageKey, ...members }));
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
    const context = this.extra ? undefined : this.packContext();
    const extra = context ? context.extra : this.extra;
    // Outside the hours nobody is at the desk: the chatbot answers unless the site chose a mode.
    const bot = this.bot || (this.operatingNow.open ? '' : 'true');
    const { event, endpoint } = this;
    const request = buildLaunch({ channel: base.fields.uuid, bot, event, endpoint, extra, post: carriesMember(extra) });
    return context ? { request, context } : { request };
  }

  private readClient(): ClientInfo {
    return clientOf(navigator.userAgent, navigator.maxTouchPoints, this.kakaotalkVersion);
  }

  private handleClick(): void {
    if (this.launch instanceof ConsultInputError) return;
    if (!this.operatingNow.open && this.offlineMode === 'disabled') return;
    // Read now: a click may come long after rendering, e.g. after the host app updated KakaoTalk.
    this.client = this.readClient();
    const { platform } = this.client;
    this.send<ConsultClickDetail>('consult-click', { channel: this.launch.fields.uuid, platform });
    if (this.consentRequired && !this.memberAllowed) {
      const dialog = this.dialog('consent')!;
      dialog.returnValue = '';
      dialog.showModal();
      return;
    }
    this.proceed();
  }

  /** Opens the PC panel; its QR code's code loads on first use (the core script stays small). */
  private async openPanel(request: LaunchRequest): Promise<void> {
    this.panelRequest = request;
    if (this.qrState !== 'ready') {
      this.qrState = 'loading';
      import('./consult-qr.define.js').then(
        () => (this.qrState = 'ready'),
        () => (this.qrState = 'failed'),
      );
    }
    await this.updateComplete;
    const dialog = this.dialog('panel');
    if (!dialog || dialog.open) return;
    dialog.showModal();
    this.send<ConsultQrOpenDetail>('consult-qr-open', { request, platform: this.client.platform });
  }

  /** The Kakao-account path from the panel: the consult popup, as a plain PC launch. */
  private handlePcLaunch(): void {
    const request = this.panelRequest;
    this.dialog('panel')?.close();
    if (request) this.launchWith(request, 'popup', this.panelContext);
  }

  private handleRetry(): void {
    this.notOpened = false;
    this.proceed();
  }

  /** Sends the launch the way this client needs, unless a consult-launch listener takes over. */
  private proceed(): void {
    if (this.launch instanceof ConsultInputError) return;
    const { request, context } = this.requestNow(this.launch);
    const bridged = Boolean(this.bridge) && hasAppBridge(this.bridge);
    const target: LaunchTarget = bridged ? 'bridge' : launchTarget(this.client);
    if (target === 'popup' && this.pcMode !== 'popup') {
      this.panelContext = context;
      void this.openPanel(request);
      return;
    }
    this.launchWith(request, target, context);
  }

  private launchWith(request: LaunchRequest, target: LaunchTarget, context?: EncodeResult): void {
    const { platform } = this.client;
    const detail: ConsultLaunchDetail = context ? { request, platform, target, context } : { request, platform, target };
    if (!this.send('consult-launch', detail, true)) return;
    if (target === 'bridge') postToAppBridge(this.bridge, request);
    else openLaunch(request, target);
    if (target === '_self' || target === 'intent') this.watchForKakaoTalk();
  }

  /**
   * KakaoTalk taking over hides the page. If it is still visible 1.5 s after a phone launch,
   * KakaoTalk is most likely not installed (or too old): offer the store and a retry.
   */
  private watchForKakaoTalk(): void {
    this.stopWatching?.();
    const left = () => stop();
    const timer = setTimeout(() => {
      stop();
      if (document.visibilityState === 'visible') this.notOpened = true;
    }, NOT_OPENED_AFTER_MS);
    const stop = () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', left);
      window.removeEventListener('pagehide', left);
      this.stopWatching = undefined;
    };
    document.addEventListener('visibilitychange', left);
    window.addEventListener('pagehide', left);
    this.stopWatching = stop;
  }
}
