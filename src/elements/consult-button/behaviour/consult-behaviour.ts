import { adoptStyles, html, nothing, type LitElement, type ReactiveController } from 'lit';
import { kakaoTalkStoreUrl } from '../../../core/launch/app-links.js';
import { parseClient, versionHint, type ClientInfo } from '../../../core/launch/client.js';
import { ConsultInputError } from '../../../core/errors.js';
import { localeFor, type Locale } from '../../../core/i18n/labels.js';
import { planLaunch, type LaunchPlan, type LaunchTarget } from '../../../core/launch/launch-plan.js';
import { messagesFor } from '../../../core/i18n/messages.js';
import { DEFAULT_POPUP_SIZE, parsePopupSize, type PopupSize } from '../../../core/launch/popup-size.js';
import { describeRefusalWith } from '../../../core/i18n/refusals.js';
import { REFUSALS_EN } from '../../../core/i18n/refusals.en.js';
import { clip } from '../../../core/text.js';
import { pushToDataLayer } from './analytics.js';
import { hasAppBridge, isBridgeName, postToAppBridge } from './app-bridge.js';
import { attributeOf, buttonContext, memberOf } from './button-context.js';
import { CHOICES } from '../attribute-choices.js';
import type { ButtonHost } from '../button-host.js';
import { onConfigure, siteMember, siteOptions, type MemberInfo } from '../configure.js';
import type { ConsentStep } from '../dialogs/consent-step.js';
import type * as DialogModule from '../dialogs/dialogs.js';
import { consultNotesStyles } from './consult-notes.styles.js';
import { emit } from '../../internal/emit.js';
import { toggleState } from '../../internal/custom-states.js';
import type { ConsultEventMap, ConsultEventName } from '../../internal/events.js';
import { consentAsked, consentNotice, unknownAnalytics, unknownConsent, unreadableVersion, unsafePolicyLink, unusableMember } from '../../../core/launch/ignored-values.js';
import { openLaunch } from './open-launch.js';
import { OperatingHours } from './operating-hours.js';
import { PcPanel } from '../dialogs/pc-panel.js';
import type { OperatingState } from '../../../core/operating/operating-state.js';
import type { ConfigProblem } from './remote-config-loader.js';
import { SiteTicket } from './site-ticket.js';

/** What the button element lends its behaviour: its custom states and its language. */
export interface BehaviourPorts {
  states: CustomStateSet;
  lang: () => string;
}

/** What the button draws for its behaviour: its disabled and busy states, the notes that describe it, and the dialogs. */
export interface BehaviourView {
  disabled: boolean;
  busy: boolean;
  describedBy: string;
  after: unknown;
}

let lastClient: { key: string; client: ClientInfo } | undefined;
/** The button that shows the page's one update notice: the first to need it. */
let updateNoticeOwner: ButtonHost | undefined;

type DialogCode = typeof DialogModule;
let dialogCode: DialogCode | undefined;
let dialogLoad: Promise<DialogCode> | undefined;

/** The dialogs' code, fetched once per page; a failed fetch is tried again on the next need. */
function loadDialogs(): Promise<DialogCode> {
  dialogLoad ??= import('../dialogs/dialogs.js').then(
    (code) => (dialogCode = code),
    (error: unknown) => {
      dialogLoad = undefined;
      throw error;
    },
  );
  return dialogLoad;
}

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
/** The longest a tap waits for the site's switch or ticket: the config fetch gives up at 2 s too. */
const WAIT_AT_MOST_MS = 2000;

/**
 * Everything <kakao-consult-button> does beyond drawing itself: reads its settings, the
 * client and the operating state, asks core's `planLaunch` what a click does, and reports,
 * asks, waits or launches as the plan says.
 */
export class ConsultBehaviour implements ReactiveController {
  /** The plan as of the last render: validation, warnings and the disabled state come from it. */
  private preview: LaunchPlan = planLaunch({ channel: '', client: 'print' });
  private previewInputs: unknown[] | undefined;
  private readonly operating: OperatingHours;
  /** The operating state as last rendered, so a click acts on what the user saw. */
  private operatingNow: OperatingState = { enabled: true, open: true };
  private client: ClientInfo = { platform: 'desktop', inApp: null, kakaoTalkVersion: null, needsUpdate: false };
  /** The member from `configure({ member })`, shared by every button. */
  private siteMember: MemberInfo | null = null;
  private readonly ticket: SiteTicket;
  private popupSize: PopupSize = DEFAULT_POPUP_SIZE;
  /** A tap is waiting for the site's switch or ticket: the button is busy and a second tap does nothing. */
  private waiting = false;
  /** Shown when a phone launch left the page visible: KakaoTalk is probably missing. */
  private notOpened = false;
  /** Which styles are in the shadow root yet: 0 its own, 1 with the notes', 2 with the dialogs' too. */
  private styled = 0;
  /** The consent step, once the dialogs' code is there, for a button that asks for consent. */
  private consent: ConsentStep | undefined;
  private readonly panel: PcPanel;
  private unsubscribe?: () => void;
  private stopWatching?: () => void;
  /** What was last reported per source (`launch` or an attribute), so each problem is told once. */
  private readonly reported = new Map<string, string>();

  constructor(
    private readonly host: ButtonHost,
    private readonly ports: BehaviourPorts,
  ) {
    this.operating = new OperatingHours(host, (problem) => this.reportConfig(problem));
    this.ticket = new SiteTicket(
      (problem) => this.report('site-ticket', 'consult-warning', problem),
      () => this.host.requestUpdate(),
    );
    this.panel = new PcPanel(host, {
      opened: (link) => this.send('consult-qr-open', { request: link, platform: this.client.platform }),
      launch: (plan) => this.launchWith(plan, 'popup'),
    });
    host.addController(this);
  }

  hostConnected(): void {
    this.askSite();
    this.unsubscribe = onConfigure(() => {
      this.askSite();
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    if (updateNoticeOwner === this.host) updateNoticeOwner = undefined;
    this.unsubscribe?.();
    this.stopWatching?.();
  }

  /** Asks the site for its member and this button's ticket, ahead of any click. */
  private askSite(): void {
    siteMember().then(
      (member) => {
        if (member === this.siteMember) return;
        this.siteMember = member;
        this.host.requestUpdate();
      },
      (error: unknown) => this.report('member', 'consult-warning', new ConsultInputError('member', `configure({ member }) failed (${String(error)}); launching without member context.`)),
    );
    this.ticket.ask(() => buttonContext(this.host));
  }

  hostUpdate(): void {
    const { host } = this;
    this.operating.use(host.configSrc || siteOptions().configSrc || '');
    this.operatingNow = this.operating.state(localeFor(this.ports.lang()));
    this.client = this.readClient();
    const { channel, extra, bot, event, endpoint, placement, campaign, pageKey, memberId, memberGrade, member, ticket, pcMode, bridge } = host;
    const inputs = [channel, extra, bot, event, endpoint, placement, campaign, pageKey, memberId, memberGrade, member, ticket || this.ticket.current(), pcMode, bridge, this.siteMember, this.client, this.consentState()];
    if (!differs(this.previewInputs, inputs)) return;
    this.previewInputs = inputs;
    this.preview = this.planNow(true);
  }

  /** What a click does now: the context is read now (the URL may have changed in a single-page app). */
  private planNow(settled = false): LaunchPlan {
    const { host } = this;
    const ticket = host.ticket || this.ticket.current();
    return planLaunch({
      channel: host.channel,
      endpoint: host.endpoint,
      bot: host.bot,
      event: host.event,
      extra: host.extra,
      context: buttonContext(host),
      member: memberOf(host, this.siteMember),
      ticket: ticket === 'pending' ? undefined : ticket,
      ticketPending: ticket === 'pending' && !settled,
      consent: this.consentState(),
      pcMode: host.pcMode,
      bridge: Boolean(host.bridge) && hasAppBridge(host.bridge),
      client: this.client,
      operating: this.operating.pending && !settled ? 'pending' : this.operatingNow,
      offlineMode: host.offlineMode,
    });
  }

  hostUpdated(): void {
    const { host } = this;
    const problem = this.preview.error;
    const { enabled, open, hours, notice } = this.operatingNow;
    // Custom states let the styles (and the page: `:state(offline)`) follow without re-rendering.
    toggleState(this.ports.states, 'invalid', Boolean(problem));
    toggleState(this.ports.states, 'off', !enabled);
    toggleState(this.ports.states, 'offline', !open);
    toggleState(this.ports.states, 'noted', Boolean(problem || hours || notice || this.client.needsUpdate || this.notOpened));
    const { needsUpdate, kakaoTalkVersion } = this.client;
    // An unreadable hint is ignored, so the version came from the user agent.
    const source = versionHint(host.kakaotalkVersion) ? 'kakaotalk-version' : 'user-agent';
    this.report('kakaotalk-version', 'consult-warning', unreadableVersion(host.kakaotalkVersion));
    this.report('update', 'consult-warning', needsUpdate ? new ConsultInputError(source, `KakaoTalk ${kakaoTalkVersion} is older than 5.8.0, which the consult button needs; the user is asked to update.`) : undefined);
    this.report('bridge', 'consult-warning', host.bridge && !isBridgeName(host.bridge) ? new ConsultInputError('bridge', `bridge "${clip(String(host.bridge))}" is not a JavaScript identifier; it is ignored.`) : undefined);
    this.report('consent-href', 'consult-warning', unsafePolicyLink(consentNotice(host.consent), host.consentHref, location.href));
    this.report('launch', 'consult-error', problem);
    this.reportRefusals(this.preview, false);
    this.report('member-property', 'consult-warning', unusableMember(host.member, 'member'));
    this.report('site-member', 'consult-warning', unusableMember(this.siteMember, 'configure'));
    this.report('consent', 'consult-warning', unknownConsent(host.consent));
    this.report('analytics', 'consult-warning', unknownAnalytics(host.analytics));
    this.readPopupSize();
    // Fetch the dialogs' code while the page loads, not on the click that needs it.
    void this.ready();
    for (const [field, property, allowed] of CHOICES) {
      const value: unknown = host[property];
      // null: the attribute was removed, which leaves the default.
      const known = value == null || (allowed as readonly unknown[]).includes(value);
      this.report(field, 'consult-warning', known ? undefined : new ConsultInputError(field, `${field} "${clip(String(value))}" is not one of ${allowed.join(', ')}; using "${allowed[0]}".`));
    }
  }

  private readPopupSize(): void {
    try {
      this.popupSize = parsePopupSize(this.host.popupSize);
      this.report('popup-size', 'consult-warning', undefined);
    } catch (error) {
      this.popupSize = DEFAULT_POPUP_SIZE;
      this.report('popup-size', 'consult-warning', error as ConsultInputError);
    }
  }

  /**
   * Tells the developer about refused context values: early, from the preview, and on a
   * click. That a member stays out of a QR code or intent is told when it happens, not on
   * every page a logged-in member opens.
   */
  private reportRefusals(plan: LaunchPlan, urlOnly: boolean): void {
    for (const dropped of plan.refused) {
      if (dropped.reason === 'url-only' && !urlOnly) continue;
      const name = attributeOf(dropped.field);
      this.report(`context:${dropped.field}`, 'consult-warning', new ConsultInputError(name, describeRefusalWith(REFUSALS_EN, dropped, { name })));
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
    this.send(type, { field: problem.field, message: problem.message });
  }

  /** A bad config file is an error the site must fix; an unreachable one only a warning. The loader logs once per page. */
  private reportConfig(problem: ConfigProblem): void {
    const type = problem.kind === 'invalid' ? 'consult-error' : 'consult-warning';
    this.report('config', type, new ConsultInputError('config-src', problem.messages.join('; ')), false);
  }

  /** Dispatches a consult event and, when asked, tells analytics (placement and campaign, never member data). */
  private send<K extends ConsultEventName>(type: K, detail: ConsultEventMap[K], cancelable = false): boolean {
    const { host } = this;
    const proceed = emit(host, type, detail, cancelable);
    if ((host.analytics || siteOptions().analytics) === 'datalayer') {
      const { platform, field } = detail as { platform?: string; field?: string };
      // The validated channel: an invalid one may be anything, markup included.
      pushToDataLayer(type, { channel: this.channelId, placement: host.placement, campaign: host.campaign, ...(platform && { platform }), ...(field && { field }) });
    }
    return proceed;
  }

  /** The button's disabled and busy states, the notes under it and its dialogs, in this locale. */
  view(locale: Locale): BehaviourView {
    const text = messagesFor(locale);
    const invalid = this.preview.blocked === 'invalid';
    const operating = this.operatingNow;
    const { platform } = this.client;
    // One update notice per page, not one under every button.
    const needsUpdate = this.client.needsUpdate && (updateNoticeOwner ??= this.host) === this.host;
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
    const dialogs = dialogCode ? [this.consentStep()?.render(text) ?? nothing, this.panel.render(text, locale, dialogCode.qrPanel)].filter((dialog) => dialog !== nothing) : [];
    if (notes.length || dialogs.length) this.adoptStyles(dialogs.length > 0);
    return { disabled: invalid || this.closedShut, busy: this.waiting, describedBy, after: html`${notes}${dialogs}` };
  }

  /**
   * Adds the notes' (and, once it shows one, the dialogs') styles to the button's shadow root
   * the first time it needs them: most buttons never do, and restyling a thousand roots at
   * once costs a frame.
   */
  private adoptStyles(withDialogs: boolean): void {
    const wanted = withDialogs ? 2 : 1;
    if (this.styled >= wanted) return;
    this.styled = wanted;
    const styles = [...(this.host.constructor as typeof LitElement).elementStyles, consultNotesStyles];
    if (withDialogs && dialogCode) styles.push(dialogCode.dialogStyles);
    adoptStyles(this.host.renderRoot as ShadowRoot, styles);
  }

  /**
   * Resolves once everything a click on this button may need is there: the dialogs' code for
   * a button with a consent step or on a PC (where the panel shows). A failed load is told
   * when a click needs it.
   */
  ready(): Promise<void> {
    if (dialogCode || (!consentAsked(this.host.consent) && this.client.platform !== 'desktop')) return Promise.resolve();
    // Drawn once the code is there, so a click finds its dialog ready.
    return loadDialogs().then(
      () => this.host.requestUpdate(),
      () => undefined,
    );
  }

  /** Outside the hours with `offline-mode="disabled"`: the button stays, but does nothing. */
  private get closedShut(): boolean {
    return !this.operatingNow.open && this.host.offlineMode === 'disabled';
  }

  private get channelId(): string {
    return this.preview.request?.fields.uuid ?? '';
  }

  private readClient(): ClientInfo {
    return clientOf(navigator.userAgent, navigator.maxTouchPoints, this.host.kakaotalkVersion);
  }

  /** The user activated the button. */
  click(): void {
    if (this.preview.blocked === 'invalid' || this.closedShut || this.waiting) return;
    // Read now: a click may come long after rendering, e.g. after the host app updated KakaoTalk.
    this.client = this.readClient();
    this.send('consult-click', { channel: this.channelId, platform: this.client.platform });
    void this.go();
  }

  private handleRetry = (): void => {
    this.notOpened = false;
    this.host.requestUpdate();
    void this.go();
  };

  /** Plans the launch now and does what the plan says; waits first when the site has not answered. */
  private async go(settled = false): Promise<void> {
    const plan = this.planNow(settled);
    this.reportRefusals(plan, true);
    switch (plan.target) {
      case 'wait':
        return this.waitThenGo();
      case 'consent':
        return this.askConsent(settled);
      case 'panel':
        // Without the panel's code the user still gets a consult: the Kakao-account path.
        if (await this.withDialogs()) return this.panel.open(plan);
        return this.launchWith(plan, 'popup');
      case 'disabled':
        // The switch went off or the desk closed while the page was open: show it.
        this.host.requestUpdate();
        return;
      default:
        this.launchWith(plan, plan.target);
    }
  }

  /** The consent step, for a button that asks for consent, once the dialogs' code is there. */
  private consentStep(): ConsentStep | undefined {
    if (!dialogCode || !consentAsked(this.host.consent)) return undefined;
    return (this.consent ??= new dialogCode.ConsentStep(this.host, {
      channel: () => this.channelId,
      send: (type, detail) => this.send(type, detail),
      agreed: () => void this.go(),
    }));
  }

  /** Whether member data may go: no consent asked, asked and given, or (also while the step's code loads) not yet. */
  private consentState(): 'none' | 'required' | 'given' {
    if (!consentAsked(this.host.consent)) return 'none';
    return this.consentStep()?.memberAllowed ? 'given' : 'required';
  }

  /** Shows the consent dialog, at once when it is drawn; else once the dialogs' code is there. */
  private async askConsent(settled: boolean): Promise<void> {
    if (this.consentStep()?.ask()) return;
    if (!(await this.withDialogs())) return;
    const step = this.consentStep()!;
    // The step's code may know of consent given before: then plan again.
    if (step.memberAllowed) return this.go(settled);
    step.ask();
  }

  /** Loads the dialogs' code if need be and draws them; false (and told) when it cannot load. */
  private async withDialogs(): Promise<boolean> {
    try {
      if (!dialogCode) await loadDialogs();
    } catch (error) {
      this.report('script', 'consult-error', new ConsultInputError('script', `the dialogs' code did not load (${String(error)}); serve dist/chunks/ next to the script-tag file.`));
      return false;
    }
    this.host.requestUpdate();
    await this.host.updateComplete;
    return true;
  }

  /**
   * A tap before the site's switch (or the button's ticket) has answered waits for it, at
   * most {@link WAIT_AT_MOST_MS}, showing it is busy, then obeys it: a site that switched
   * its buttons off launches nothing, and one that does not answer leaves the button as set.
   */
  private async waitThenGo(): Promise<void> {
    this.waiting = true;
    this.host.requestUpdate();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const limit = new Promise<void>((resolve) => (timer = setTimeout(resolve, WAIT_AT_MOST_MS)));
    await Promise.race([Promise.all([this.operating.settled(), this.ticket.settled()]), limit]);
    clearTimeout(timer);
    this.waiting = false;
    this.operatingNow = this.operating.state(localeFor(this.ports.lang()));
    this.host.requestUpdate();
    return this.go(true);
  }

  private launchWith(plan: LaunchPlan, target: LaunchTarget): void {
    const { request, context } = plan;
    if (!request) return;
    const { platform } = this.client;
    if (!this.send('consult-launch', context ? { request, platform, target, context } : { request, platform, target }, true)) return;
    if (target === 'bridge') postToAppBridge(this.host.bridge, request);
    else openLaunch({ target, request, intent: plan.intent, popupSize: this.popupSize });
    if (plan.watch) this.watchForKakaoTalk();
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
