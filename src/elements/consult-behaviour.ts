import { adoptStyles, html, nothing, type LitElement, type ReactiveController } from 'lit';
import { kakaoTalkStoreUrl } from '../core/app-links.js';
import { parseClient, versionHint, type ClientInfo } from '../core/client.js';
import { encodeContext, parseExtra, type EncodeResult } from '../core/context.js';
import { ConsultInputError } from '../core/errors.js';
import { buildLaunch, type LaunchRequest } from '../core/launch.js';
import { localeFor, type Locale } from '../core/labels.js';
import { messagesFor } from '../core/messages.js';
import { clip } from '../core/text.js';
import { pushToDataLayer } from './analytics.js';
import { hasAppBridge, isBridgeName, postToAppBridge } from './app-bridge.js';
import { buttonContext, describeRefusal } from './button-context.js';
import { CHOICES } from './button-choices.js';
import { onConfigure, siteMember, siteOptions, type MemberInfo } from './configure.js';
import { ConsentStep } from './consent-step.js';
import type { ConsultClickDetail, ConsultLaunchDetail, ConsultProblemDetail, ConsultQrOpenDetail, KakaoConsultButton } from './consult-button.js';
import { consultNotesStyles } from './consult-notes.styles.js';
import { dialogStyles } from './dialog.styles.js';
import { emit } from './emit.js';
import { unknownAnalytics, unknownConsent, unreadableVersion, unsafePolicyLink, unusableMember } from './ignored-values.js';
import { launchTarget, openLaunch, type LaunchTarget } from './open-launch.js';
import { OperatingHours } from './operating-hours.js';
import { PcPanel } from './pc-panel.js';
import { toggleState } from './toggle-state.js';
import type { ConfigProblem, OperatingState } from './remote-config-loader.js';

/** What the button element lends its behaviour: its custom states and its language. */
export interface BehaviourPorts {
  states: CustomStateSet;
  lang: () => string;
}

/** What the button draws for its behaviour: the disabled state, the notes that describe it, and the dialogs. */
export interface BehaviourView {
  disabled: boolean;
  describedBy: string;
  after: unknown;
}

let lastClient: { key: string; client: ClientInfo } | undefined;

/** The client for these inputs; every button on a page asks with the same ones, so it is parsed once. */
function clientOf(userAgent: string, maxTouchPoints: number, kakaoTalkVersion: string): ClientInfo {
  const key = `${maxTouchPoints}\u0000${kakaoTalkVersion}\u0000${userAgent}`;
  if (lastClient?.key !== key) lastClient = { key, client: parseClient(userAgent, { maxTouchPoints, kakaoTalkVersion }) };
  return lastClient.client;
}

/** True when `next` differs from `previous` in any place (by identity, as Lit compares properties). */
function differs(previous: readonly unknown[] | undefined, next: readonly unknown[]): boolean {
  return !previous || next.some((value, index) => !Object.is(value, previous[index]));
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

/**
 * Everything <kakao-consult-button> does beyond drawing itself: validates its attributes and
 * reports problems once, follows the operating hours and the client, and on a click packs the
 * context, asks for consent, opens the PC panel or launches the consult.
 */
export class ConsultBehaviour implements ReactiveController {
  private launch: LaunchRequest | ConsultInputError = new ConsultInputError('channel', 'channel is missing.');
  private launchInputs: unknown[] | undefined;
  private contextInputs: unknown[] | undefined;
  private readonly operating: OperatingHours;
  /** The operating state as last rendered, so a click acts on what the user saw. */
  private operatingNow: OperatingState = { enabled: true, open: true };
  private client: ClientInfo = { platform: 'desktop', inApp: null, kakaoTalkVersion: null, needsUpdate: false };
  /** The member from `configure({ member })`, shared by every button. */
  private siteMember: MemberInfo | null = null;
  /** Shown when a phone launch left the page visible: KakaoTalk is probably missing. */
  private notOpened = false;
  /** Whether the notes' and dialogs' styles are in the shadow root yet. */
  private styled = false;
  private readonly consent: ConsentStep;
  private readonly panel: PcPanel;
  private unsubscribe?: () => void;
  private stopWatching?: () => void;
  /** What was last reported per source (`launch` or an attribute), so each problem is told once. */
  private readonly reported = new Map<string, string>();

  constructor(
    private readonly host: KakaoConsultButton,
    private readonly ports: BehaviourPorts,
  ) {
    this.operating = new OperatingHours(host, (problem) => this.reportConfig(problem));
    this.consent = new ConsentStep(host, {
      channel: () => this.channelId,
      send: (type, detail) => this.send(type, detail),
      agreed: () => this.proceed(),
    });
    this.panel = new PcPanel(host, {
      opened: (request) => this.send<ConsultQrOpenDetail>('consult-qr-open', { request, platform: this.client.platform }),
      launch: (request, context) => this.launchWith(request, 'popup', context),
    });
    host.addController(this);
  }

  hostConnected(): void {
    this.askSiteMember();
    this.unsubscribe = onConfigure(() => {
      this.askSiteMember();
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.stopWatching?.();
  }

  private askSiteMember(): void {
    siteMember().then(
      (member) => {
        if (member === this.siteMember) return;
        this.siteMember = member;
        this.host.requestUpdate();
      },
      (error: unknown) => this.report('member', 'consult-warning', new ConsultInputError('member', `configure({ member }) failed (${String(error)}); launching without member context.`)),
    );
  }

  hostUpdate(): void {
    const { host } = this;
    this.operating.use(host.configSrc || siteOptions().configSrc || '');
    this.operatingNow = this.operating.state(localeFor(this.ports.lang()));
    this.client = this.readClient();
    const inputs = [host.channel, host.extra, host.bot, host.event, host.endpoint];
    if (!differs(this.launchInputs, inputs)) return;
    this.launchInputs = inputs;
    try {
      // A pre-signed extra with member data goes by POST too, to stay out of URLs.
      const post = carriesMember(host.extra);
      this.launch = buildLaunch({ channel: host.channel, extra: host.extra, bot: host.bot, event: host.event, endpoint: host.endpoint, post });
    } catch (error) {
      this.launch = error instanceof ConsultInputError ? error : new ConsultInputError('channel', String(error));
    }
  }

  private setState(name: string, on: boolean): void {
    toggleState(this.ports.states, name, on);
  }

  hostUpdated(): void {
    const { host } = this;
    const problem = this.launch instanceof ConsultInputError ? this.launch : undefined;
    const { enabled, open, hours, notice } = this.operatingNow;
    // Custom states let the styles (and the page: `:state(offline)`) follow without re-rendering.
    this.setState('invalid', Boolean(problem));
    this.setState('off', !enabled);
    this.setState('offline', !open);
    this.setState('noted', Boolean(problem || hours || notice || this.client.needsUpdate || this.notOpened));
    const { needsUpdate, kakaoTalkVersion } = this.client;
    // An unreadable hint is ignored, so the version came from the user agent.
    const source = versionHint(host.kakaotalkVersion) ? 'kakaotalk-version' : 'user-agent';
    this.report('kakaotalk-version', 'consult-warning', unreadableVersion(host.kakaotalkVersion));
    this.report('update', 'consult-warning', needsUpdate ? new ConsultInputError(source, `KakaoTalk ${kakaoTalkVersion} is older than 5.8.0, which the consult button needs; the user is asked to update.`) : undefined);
    this.report('bridge', 'consult-warning', host.bridge && !isBridgeName(host.bridge) ? new ConsultInputError('bridge', `bridge "${clip(String(host.bridge))}" is not a JavaScript identifier; it is ignored.`) : undefined);
    this.report('consent-href', 'consult-warning', unsafePolicyLink(this.consent.notice, host.consentHref, location.href));
    this.report('launch', 'consult-error', problem);
    // Tell the developer about refused context values early, not only on a user's click.
    const context = [host.placement, host.campaign, host.pageKey, host.memberId, host.memberGrade, host.member, this.siteMember];
    const newValue = context.some((value, index) => value && !Object.is(value, this.contextInputs?.[index]));
    this.contextInputs = context;
    if (!problem && !host.extra && newValue) this.packContext();
    this.report('member-property', 'consult-warning', unusableMember(host.member, 'member'));
    this.report('site-member', 'consult-warning', unusableMember(this.siteMember, 'configure'));
    this.report('consent', 'consult-warning', unknownConsent(host.consent));
    this.report('analytics', 'consult-warning', unknownAnalytics(host.analytics));
    for (const [field, property, allowed] of CHOICES) {
      const value: unknown = host[property];
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
    const { host } = this;
    const proceed = emit(host, type, detail, cancelable);
    if ((host.analytics || siteOptions().analytics) === 'datalayer') {
      const platform = (detail as { platform?: string }).platform;
      const field = (detail as { field?: string }).field;
      // The validated channel: an invalid one may be anything, markup included.
      pushToDataLayer(type, { channel: this.channelId, placement: host.placement, campaign: host.campaign, ...(platform && { platform }), ...(field && { field }) });
    }
    return proceed;
  }

  /** The button's disabled state, the notes under it and its dialogs, in this locale. */
  view(locale: Locale): BehaviourView {
    const text = messagesFor(locale);
    const invalid = this.launch instanceof ConsultInputError;
    const operating = this.operatingNow;
    const { platform, needsUpdate } = this.client;
    const notes = [
      invalid && html`<p part="message" id="message" class="note message">${text.unavailable}</p>`,
      operating.hours && html`<p part="hours" id="hours" class="note">${unbrokenTimes(operating.hours)}</p>`,
      operating.notice && html`<p part="notice" id="notice" class="note">${operating.notice}</p>`,
      needsUpdate &&
        html`<p part="update" id="update" class="note warning">
          ${text.updateNeeded} <a href=${kakaoTalkStoreUrl(platform)} target="_blank" rel="noopener">${text.updateLink}</a>
        </p>`,
      this.notOpened &&
        html`<p part="fallback" class="note" role="status">
          ${text.notOpened} <a href=${kakaoTalkStoreUrl(platform)} target="_blank" rel="noopener">${text.installLink}</a>
          <button type="button" class="link" @click=${this.handleRetry}>${text.retry}</button>
        </p>`,
    ].filter(Boolean);
    const describedBy = [invalid && 'message', operating.hours && 'hours', operating.notice && 'notice', needsUpdate && 'update'].filter(Boolean).join(' ');
    const dialogs = [this.consent.render(text), this.panel.render(text, locale)].filter((dialog) => dialog !== nothing);
    if (notes.length || dialogs.length) this.adoptStyles();
    return { disabled: invalid || this.closedShut, describedBy, after: html`${notes}${dialogs}` };
  }

  /**
   * Adds the notes' and dialogs' styles to the button's shadow root the first time it shows
   * either: most buttons never do, and restyling a thousand roots at once costs a frame.
   */
  private adoptStyles(): void {
    if (this.styled) return;
    this.styled = true;
    const ownStyles = (this.host.constructor as typeof LitElement).elementStyles;
    adoptStyles(this.host.renderRoot as ShadowRoot, [...ownStyles, consultNotesStyles, dialogStyles]);
  }

  /** Outside the hours with `offline-mode="disabled"`: the button stays, but does nothing. */
  private get closedShut(): boolean {
    return !this.operatingNow.open && this.host.offlineMode === 'disabled';
  }

  private get channelId(): string {
    return this.launch instanceof ConsultInputError ? '' : this.launch.fields.uuid;
  }

  /** Packs the current context into `extra`, warning about anything refused as personal data. */
  private packContext(): EncodeResult {
    const { placement, campaign, pageKey, memberId, memberGrade, member } = this.host;
    const members = this.consent.memberAllowed
      ? { memberId, memberGrade, member, siteMember: this.siteMember }
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
    const { host } = this;
    const context = host.extra ? undefined : this.packContext();
    const extra = context ? context.extra : host.extra;
    // Outside the hours nobody is at the desk: the chatbot answers unless the site chose a mode.
    const bot = host.bot || (this.operatingNow.open ? '' : 'true');
    const { event, endpoint } = host;
    const request = buildLaunch({ channel: base.fields.uuid, bot, event, endpoint, extra, post: carriesMember(extra) });
    return context ? { request, context } : { request };
  }

  private readClient(): ClientInfo {
    return clientOf(navigator.userAgent, navigator.maxTouchPoints, this.host.kakaotalkVersion);
  }

  /** The user activated the button. */
  click(): void {
    if (this.launch instanceof ConsultInputError || this.closedShut) return;
    // Read now: a click may come long after rendering, e.g. after the host app updated KakaoTalk.
    this.client = this.readClient();
    const { platform } = this.client;
    this.send<ConsultClickDetail>('consult-click', { channel: this.launch.fields.uuid, platform });
    if (this.consent.required && !this.consent.memberAllowed) this.consent.ask();
    else this.proceed();
  }

  private handleRetry = (): void => {
    this.notOpened = false;
    this.host.requestUpdate();
    this.proceed();
  };

  /** Sends the launch the way this client needs, unless a consult-launch listener takes over. */
  private proceed(): void {
    if (this.launch instanceof ConsultInputError) return;
    const { request, context } = this.requestNow(this.launch);
    const { bridge, pcMode } = this.host;
    const target: LaunchTarget = bridge && hasAppBridge(bridge) ? 'bridge' : launchTarget(this.client);
    if (target === 'popup' && pcMode !== 'popup') void this.panel.open(request, context);
    else this.launchWith(request, target, context);
  }

  private launchWith(request: LaunchRequest, target: LaunchTarget, context?: EncodeResult): void {
    const { platform } = this.client;
    const detail: ConsultLaunchDetail = context ? { request, platform, target, context } : { request, platform, target };
    if (!this.send('consult-launch', detail, true)) return;
    if (target === 'bridge') postToAppBridge(this.host.bridge, request);
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
      if (document.visibilityState !== 'visible') return;
      this.notOpened = true;
      this.host.requestUpdate();
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
