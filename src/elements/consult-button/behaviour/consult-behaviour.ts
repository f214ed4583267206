import { adoptStyles, html, nothing, type LitElement, type ReactiveController, type TemplateResult } from 'lit';
import type { ClientInfo } from '../../../core/launch/client.js';
import { ConsultInputError } from '../../../core/errors.js';
import { localeFor, type Locale } from '../../../core/i18n/labels.js';
import type { LaunchPlan, LaunchTarget } from '../../../core/launch/launch-plan.js';
import { messagesFor } from '../../../core/i18n/messages.js';
import { consentAsked } from '../../../core/launch/ignored-values.js';
import { pushToDataLayer } from './analytics.js';
import { postToAppBridge } from './app-bridge.js';
import { buttonContext } from './button-context.js';
import { clientOf, planFor, readInput, sameInput, type ButtonInput, type ConsentState } from './button-input.js';
import { previewOf, type Preview } from './button-preview.js';
import { buttonNotes, updateNotice } from './button-notes.js';
import { writeButtonAria } from './button-aria.js';
import type { ButtonHost } from '../button-host.js';
import { onConfigure, siteMember, siteOptions, type MemberInfo } from '../configure.js';
import type { ConsentStep } from '../dialogs/consent-step.js';
import { consultNotesStyles } from './consult-notes.styles.js';
import { emit } from '../../internal/emit.js';
import { toggleState } from '../../internal/custom-states.js';
import type { ConsultEventMap, ConsultEventName } from '../../internal/events.js';
import { followLanguage, unfollowLanguage } from '../../internal/language-watch.js';
import { lazyChunk } from '../../internal/lazy-chunk.js';
import { ProblemLog } from '../../internal/problem-log.js';
import { TapGate } from '../../internal/tap-gate.js';
import { watchForKakaoTalk } from './kakaotalk-watch.js';
import { openLaunch } from './open-launch.js';
import { OperatingHours } from './operating-hours.js';
import { PcPanel } from '../dialogs/pc-panel.js';
import { reportConfig, reportRefusals } from './setting-checks.js';
import { SiteTicket } from './site-ticket.js';

/** What the button element lends its behaviour: its custom states, its language and the button in its shadow root. */
export interface BehaviourPorts {
  states: CustomStateSet;
  lang: () => string;
  /** The button, whose ARIA states the behaviour keeps (they are all its own). */
  button: HTMLButtonElement;
}

/**
 * The dialogs' code (consent step, PC panel): a chunk of its own, fetched while the page loads
 * by buttons that may show one, never by the others.
 */
const dialogs = lazyChunk(() => import('../dialogs/dialogs.js'));

/** The longest a tap waits for the site's switch or ticket: the config fetch gives up at 2 s too. */
const WAIT_AT_MOST_MS = 2000;

/** How far a plan is followed: `waited` once a tap has waited for the site (so it does not wait again). */
interface Follow {
  waited: boolean;
}

/**
 * Everything <kakao-consult-button> does beyond drawing itself: reads its settings into one
 * input, asks core's `planLaunch` what a click does, tells the developer of problems, and on
 * a click asks, waits or launches as the plan says.
 */
export class ConsultBehaviour implements ReactiveController {
  /** The input as of the last update: compared with the next, never kept in step by hand. */
  private input: ButtonInput | undefined;
  /** The plan as of the last update: validation, warnings and the disabled state come from it. */
  private preview: LaunchPlan | undefined;
  /** Follows `config-src`: the site's switch, hours and notice. */
  private readonly hours: OperatingHours;
  /** The member from `configure({ member })`. */
  private siteMember: MemberInfo | null = null;
  /** This button's ticket from `configure({ ticket })` (the `ticket` attribute wins over it). */
  private readonly siteTicket: SiteTicket;
  /** A tap waiting for the site's switch or ticket: the button is busy and further taps are that tap. */
  private readonly waits = new TapGate();
  /** Shown when a phone launch left the page visible: KakaoTalk is probably missing. */
  private notOpened = false;
  /** The styles in the shadow root beyond the button's own. */
  private adopted: { notes: boolean; dialogs: boolean } = { notes: false, dialogs: false };
  /** The consent step, once the dialogs' code is there, for a button that asks for consent. */
  private consentStep: ConsentStep | undefined;
  private readonly panel: PcPanel;
  /** The client as last read: on each update, and again on a click. */
  private client: ClientInfo = { platform: 'desktop', inApp: null, kakaoTalkVersion: null, needsUpdate: false };
  private readonly problems: ProblemLog;
  private unsubscribe?: () => void;
  private stopWatching?: () => void;
  /** The notes that explain the button, as last drawn. */
  private describedBy = '';

  constructor(
    private readonly host: ButtonHost,
    private readonly ports: BehaviourPorts,
  ) {
    this.problems = new ProblemLog(host, (severity, { field }) =>
      this.tellAnalytics(severity === 'error' ? 'consult-error' : 'consult-warning', { field }),
    );
    this.hours = new OperatingHours(host, (problem) => reportConfig(this.problems, problem));
    this.siteTicket = new SiteTicket(
      (problem) => this.problems.report('site-ticket', 'warning', problem),
      () => this.host.requestUpdate(),
    );
    this.panel = new PcPanel(host, {
      opened: (link) => this.dispatch('consult-qr-open', { request: link, platform: this.client.platform }),
      launch: (plan) => this.launch(plan, 'popup'),
    });
    host.addController(this);
  }

  hostConnected(): void {
    followLanguage(this.host);
    this.askSite();
    this.unsubscribe = onConfigure(() => {
      this.askSite();
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    unfollowLanguage(this.host);
    updateNotice.release(this.host);
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
      (error: unknown) =>
        this.problems.report(
          'member',
          'warning',
          new ConsultInputError('member', `configure({ member }) failed (${String(error)}); launching without member context.`),
        ),
    );
    this.siteTicket.ask(() => buttonContext(this.host));
  }

  /** The input now: the settings, the client (read now: the host app may have updated KakaoTalk) and what the site said. */
  private readInput(): ButtonInput {
    const { host } = this;
    const locale = localeFor(this.ports.lang());
    this.hours.use(host.configSrc || siteOptions().configSrc || '');
    this.client = clientOf(navigator.userAgent, navigator.maxTouchPoints, host.kakaotalkVersion);
    return readInput(host, {
      locale,
      client: this.client,
      siteMember: this.siteMember,
      siteTicket: this.siteTicket.value,
      siteTicketPending: this.siteTicket.pending,
      consentState: this.consentState(),
      operating: this.hours.state(locale),
      operatingPending: this.hours.pending,
    });
  }

  hostUpdate(): void {
    const input = this.readInput();
    if (sameInput(this.input, input)) return;
    this.input = input;
    const { plan, warnings } = previewOf(input);
    this.preview = plan;
    this.tellProblems(plan, warnings);
  }

  /** Tells the developer what is wrong with the settings, each problem once, before any click. */
  private tellProblems(plan: LaunchPlan, warnings: Preview['warnings']): void {
    this.problems.report('launch', 'error', plan.error);
    reportRefusals(this.problems, plan, false);
    for (const [source, warning] of warnings) this.problems.report(source, 'warning', warning);
    // Fetch the dialogs' code while the page loads, not on the click that needs it.
    void this.ready();
  }

  hostUpdated(): void {
    const { error } = this.preview!;
    const { enabled, open, hours, notice } = this.input!.operating;
    // Custom states let the styles (and the page: `:state(offline)`) follow without re-rendering.
    const { states } = this.ports;
    toggleState(states, 'invalid', Boolean(error));
    toggleState(states, 'off', !enabled);
    toggleState(states, 'offline', !open);
    toggleState(states, 'noted', Boolean(error || hours || notice || this.client.needsUpdate || this.notOpened));
    writeButtonAria(this.ports.button, {
      disabled: this.invalid || this.closedShut,
      busy: this.waits.busy(this.host),
      describedBy: this.describedBy,
    });
  }

  /** Dispatches a consult event from the button and tells analytics of it. */
  private dispatch<K extends ConsultEventName>(type: K, detail: ConsultEventMap[K], cancelable = false): boolean {
    const proceed = emit(this.host, type, detail, cancelable);
    const { platform } = detail as { platform?: string };
    this.tellAnalytics(type, platform ? { platform } : {});
    return proceed;
  }

  /** With `analytics="datalayer"`: the event, placement and campaign, never member data. */
  private tellAnalytics(type: ConsultEventName, about: { platform?: string; field?: string }): void {
    const { host } = this;
    if ((host.analytics || siteOptions().analytics) !== 'datalayer') return;
    // The validated channel: an invalid one may be anything, markup included.
    pushToDataLayer(type, { channel: this.channelId, placement: host.placement, campaign: host.campaign, ...about });
  }

  /** What follows the button in its shadow root, in this locale: the notes under it and its dialogs, or nothing. */
  after(locale: Locale): TemplateResult | typeof nothing {
    const text = messagesFor(locale);
    const input = this.input!;
    const { notes, describedBy } = buttonNotes(text, {
      invalid: this.invalid,
      operating: input.operating,
      platform: input.client.platform,
      updateNotice: input.client.needsUpdate && updateNotice.claim(this.host),
      notOpened: this.notOpened,
      onRetry: this.handleRetry,
    });
    const code = dialogs.code;
    const drawn = code
      ? [this.ensureConsentStep()?.render(text) ?? nothing, this.panel.render(text, locale, code.qrPanel)].filter(
          (dialog) => dialog !== nothing,
        )
      : [];
    this.describedBy = describedBy;
    if (notes.length || drawn.length) this.adoptStyles(drawn.length > 0);
    // Nothing when there is nothing to show (most buttons): no template instance per button.
    return notes.length || drawn.length ? html`${notes}${drawn}` : nothing;
  }

  /**
   * Adds the notes' (and, once it shows one, the dialogs') styles to the button's shadow root
   * the first time it needs them: most buttons never do, and restyling a thousand roots at
   * once costs a frame.
   */
  private adoptStyles(withDialogs: boolean): void {
    const { adopted } = this;
    if (adopted.notes && (adopted.dialogs || !withDialogs)) return;
    adopted.notes = true;
    const styles = [...(this.host.constructor as typeof LitElement).elementStyles, consultNotesStyles];
    if (withDialogs && dialogs.code) {
      adopted.dialogs = true;
      styles.push(dialogs.code.dialogStyles);
    }
    adoptStyles(this.host.renderRoot as ShadowRoot, styles);
  }

  /**
   * Resolves once everything a click on this button may need is there: the dialogs' code for
   * a button with a consent step or on a PC (where the panel shows). A failed load is told
   * when a click needs it.
   */
  ready(): Promise<void> {
    if (dialogs.code || !this.input || (!consentAsked(this.host.consent) && this.client.platform !== 'desktop')) return Promise.resolve();
    // Drawn once the code is there, so a click finds its dialog ready.
    return dialogs.load().then(
      () => this.host.requestUpdate(),
      () => undefined,
    );
  }

  /** The settings make a launch impossible: the button is disabled and says why. */
  private get invalid(): boolean {
    return this.preview?.blocked === 'invalid';
  }

  /** Outside the hours with `offline-mode="disabled"`: the button stays, but does nothing. */
  private get closedShut(): boolean {
    return !this.input!.operating.open && this.host.offlineMode === 'disabled';
  }

  private get channelId(): string {
    return this.preview?.request?.fields.uuid ?? '';
  }

  /** The user activated the button. */
  click(): void {
    if (this.invalid || this.closedShut || this.waits.busy(this.host)) return;
    this.dispatch('consult-click', { channel: this.channelId, platform: this.readInput().client.platform });
    void this.follow({ waited: false });
  }

  private handleRetry = (): void => {
    this.notOpened = false;
    this.host.requestUpdate();
    void this.follow({ waited: false });
  };

  /** Plans the launch now and does what the plan says: waits first when the site has not answered. */
  private async follow({ waited }: Follow): Promise<void> {
    // The operating state as drawn, so a click acts on what the user saw; after a wait, as the site now says.
    const now = this.readInput();
    const plan = planFor(waited ? now : { ...now, operating: this.input!.operating }, !waited);
    reportRefusals(this.problems, plan, true);
    switch (plan.target) {
      case 'wait': {
        const wait = this.waits.pass(this.host, () => this.waitForSite());
        if (!wait) return;
        await wait;
        // Out of the gate: drawn not busy, and the plan made again with the site's answer.
        this.host.requestUpdate();
        return this.follow({ waited: true });
      }
      case 'consent':
        return this.askConsent({ waited });
      case 'panel':
        // Without the panel's code the user still gets a consult: the Kakao-account path.
        if (await this.withDialogs()) return this.panel.open(plan);
        return this.launch(plan, 'popup');
      case 'disabled':
        // The switch went off or the desk closed while the page was open: show it.
        this.host.requestUpdate();
        return;
      default:
        this.launch(plan, plan.target);
    }
  }

  /** The consent step, for a button that asks for consent, once the dialogs' code is there. */
  private ensureConsentStep(): ConsentStep | undefined {
    const code = dialogs.code;
    if (!code || !consentAsked(this.host.consent)) return undefined;
    return (this.consentStep ??= new code.ConsentStep(this.host, {
      channel: () => this.channelId,
      dispatch: (type, detail) => this.dispatch(type, detail),
      agreed: () => void this.follow({ waited: false }),
    }));
  }

  /** Whether member data may go: no consent asked, asked and given, or (also while the step's code loads) not yet. */
  private consentState(): ConsentState {
    if (!consentAsked(this.host.consent)) return 'none';
    return this.ensureConsentStep()?.memberAllowed ? 'given' : 'required';
  }

  /** Shows the consent dialog, at once when it is drawn; else once the dialogs' code is there. */
  private async askConsent(follow: Follow): Promise<void> {
    if (this.ensureConsentStep()?.ask()) return;
    if (!(await this.withDialogs())) return;
    const step = this.ensureConsentStep()!;
    // The step's code may know of consent given before: then plan again.
    if (step.memberAllowed) return this.follow(follow);
    step.ask();
  }

  /** Loads the dialogs' code if need be and draws them; false (and told) when it cannot load. */
  private async withDialogs(): Promise<boolean> {
    try {
      await dialogs.load();
    } catch (error) {
      this.problems.report(
        'script',
        'error',
        new ConsultInputError(
          'script',
          `the dialogs' code did not load (${String(error)}); serve dist/chunks/ next to the script-tag file.`,
        ),
      );
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
  private async waitForSite(): Promise<void> {
    this.host.requestUpdate();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const limit = new Promise<void>((resolve) => (timer = setTimeout(resolve, WAIT_AT_MOST_MS)));
    await Promise.race([Promise.all([this.hours.settled(), this.siteTicket.settled()]), limit]);
    clearTimeout(timer);
  }

  private launch(plan: LaunchPlan, target: LaunchTarget): void {
    const { request, context } = plan;
    if (!request) return;
    const { platform } = this.client;
    if (!this.dispatch('consult-launch', context ? { request, platform, target, context } : { request, platform, target }, true)) return;
    if (target === 'bridge') postToAppBridge(this.host.bridge, request);
    else openLaunch({ target, request, intent: plan.intent, popupSize: this.host.popupSize });
    if (plan.watch) this.watchForKakaoTalk();
  }

  private watchForKakaoTalk(): void {
    this.stopWatching?.();
    this.stopWatching = watchForKakaoTalk(() => {
      this.notOpened = true;
      this.host.requestUpdate();
    });
  }
}
