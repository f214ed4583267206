import { nothing, type PropertyValues } from 'lit';
import type { ConsentNotice } from '../../core/launch/consent.js';
import { buttonLabel, localeFor } from '../../core/i18n/labels.js';
import { BUTTON_ATTRIBUTES, LOOK, type ButtonSettings } from './button-attributes.js';
import type { MemberInfo } from './configure.js';
import type * as BehaviourModule from './behaviour/consult-behaviour.js';
import { behaviourCode } from './behaviour-code.js';
import { notLoaded } from './load-failure.js';
import { earlyLoad } from './early-load.js';
import { cloneShell } from './button-shell.js';
import type { ConsultBehaviour } from './behaviour/consult-behaviour.js';
import { consultButtonStyles } from './consult-button.styles.js';
import { LangAwareElement } from '../internal/lang-aware.js';
import { customStates, toggleState } from '../internal/custom-states.js';
import { TapGate } from '../internal/tap-gate.js';

import type { ConsultEventMap } from '../internal/events.js';

export type {
  ConsultClickDetail,
  ConsultConsentDetail,
  ConsultLaunchDetail,
  ConsultProblemDetail,
  ConsultQrOpenDetail,
} from '../internal/events.js';

/** Taps that came before the behaviour: one waits for it, the rest (a double tap) are that one. */
const earlyTaps = new TapGate();

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
 * @fires {CustomEvent<ConsultProblemDetail>} consult-error - An attribute makes the launch impossible (the button is disabled), or the button's code did not load (`field` is `script`; the next click tries again).
 * @fires {CustomEvent<ConsultConsentDetail>} consult-consent - The user answered the consent step: `granted` true (the launch follows) or false (nothing is launched); log it as the site's proof.
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
export class KakaoConsultButton extends LangAwareElement implements ButtonSettings {
  static override styles = consultButtonStyles;

  // Declared in a table rather than with decorators: the decorator helpers would ride in
  // every bundle's first chunk, and the element is what a page loads before anything else.
  static override properties = BUTTON_ATTRIBUTES;

  /** The channel's search ID with its `@`, e.g. `@mybrand`. Required. */
  channel = '';

  /** `short` shows 상담하기, `long` shows 카톡으로 상담하세요. */
  label: 'short' | 'long' = 'short';

  /** `yellow` (Kakao yellow) or `mono` (white and black). */
  color: 'yellow' | 'mono' = 'yellow';

  /** `small`, `medium` or `large`. */
  size: 'small' | 'medium' | 'large' = 'medium';

  /** `rect` (PC), `full` (full width, mobile) or `round` (floating launcher, bottom right). */
  shape: 'rect' | 'full' | 'round' = 'rect';

  /**
   * Sent as `extra` exactly as given (at most 50 characters), instead of the collected
   * context: for a value the site's server signed with `signContext`.
   */
  extra = '';

  /** Which button this is, for the agent: e.g. `home_banner`, `product_detail`. */
  placement = '';

  /** The campaign; defaults to the page's `utm_campaign`. */
  campaign = '';

  /** A short key for the page; defaults to the page's path. */
  pageKey = '';

  /** The logged-in member's ID (never a name, phone number or e-mail). */
  memberId = '';

  /** The logged-in member's grade, e.g. `VIP`. */
  memberGrade = '';

  /** The logged-in member as an object; the `member-*` attributes take precedence. */
  member: MemberInfo | null = null;

  /**
   * An opaque reference to the member that the site's server issued (`issueTicket`): it
   * rides in `extra` on every path, QR codes and intents included, where member fields
   * never do. Defaults to `configure({ ticket })`'s answer.
   */
  ticket = '';

  /**
   * The site's operating config (JSON, https or a path on this site): `enabled`, hours,
   * holidays and a notice, shared by every button. Defaults to `configure({ configSrc })`.
   */
  configSrc = '';

  /** Outside the hours: `launch` (default; the chatbot answers) or `disabled`. */
  offlineMode: 'launch' | 'disabled' = 'launch';

  /** `datalayer` pushes every consult event to `window.dataLayer` (no member data). */
  analytics: '' | 'datalayer' = '';

  /**
   * The installed KakaoTalk version, when the host app knows it (a page cannot see it outside
   * KakaoTalk's own browser). Below 5.8.0 the button warns that KakaoTalk needs an update.
   */
  kakaotalkVersion = '';

  /**
   * The name of the host app's bridge: an iOS `WKScriptMessageHandler`
   * (`window.webkit.messageHandlers[bridge]`) or an Android JavaScript interface with
   * `openConsult(json)`. When present, the launch request is handed to the app.
   */
  bridge = '';

  /**
   * On a PC: `choice` (default) shows a panel with the QR code and a Kakao-account option,
   * `qr` the QR code only, `popup` opens the consult popup directly.
   */
  pcMode: 'choice' | 'qr' | 'popup' = 'choice';

  /**
   * The PC consult popup's size, `WIDTHxHEIGHT` in pixels. Default `350x550`, what sites
   * use with this endpoint; an older dealer document asks `1024x800` for its login page.
   */
  popupSize = '';

  /** `true` chatbot first, `false` an agent, `auto` keep the session's mode. */
  bot = '';

  /** Chatbot block event to run on connecting to the bot; at most 100 characters. */
  event = '';

  /** Launch endpoint override: https only (http on localhost, for tests). */
  endpoint = '';

  /**
   * `required` asks for consent before the first consult; an object with the notice's texts
   * (`purpose`, `items`, `retention`, `processors`, `href`, `version`) does too.
   */
  consent: '' | 'required' | ConsentNotice = '';

  /** The consent notice as one paragraph of text. */
  consentText = '';

  /** Link to the full privacy policy (https, or a path on this site). */
  consentHref = '';

  /** The notice's version: a new version asks everyone again. */
  consentVersion = '1';

  /** Where consent is remembered: `local` (default), `session`, or `none` (ask every time). */
  consentRemember: 'local' | 'session' | 'none' = 'local';

  private readonly states = customStates(this);
  /** The shadow root's button: cloned with the root, then written in place on each update. */
  private button: HTMLButtonElement | undefined;
  private behaviour: ConsultBehaviour | undefined;
  private attaching: Promise<void> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.attach();
  }

  /**
   * Gives the button its behaviour: at once when the page's script carries it (the script-tag
   * file), else loading the chunk first when no button has yet (a bundling app). A failed load
   * is told, and tried again on the next click (`retry`); until then a button takes the load
   * the page started with, failed or not, so each button tells the one failure.
   */
  private attach(retry = false): Promise<void> {
    const loaded = behaviourCode.code;
    this.attaching ??= loaded
      ? Promise.resolve(this.apply(loaded))
      : (!retry && earlyLoad ? earlyLoad : behaviourCode.load()).then(
          (code) => this.apply(code),
          (error: unknown) => {
            this.attaching = undefined;
            // The console has it once already (behaviour-code.ts): the event only, as emit()
            // sends it, written out here: importing emit put it in a bundling app's first
            // chunks as a file of its own (every lazy chunk shares it).
            const detail: ConsultEventMap['consult-error'] = { field: 'script', message: notLoaded(error) };
            this.dispatchEvent(new CustomEvent('consult-error', { detail, bubbles: true, composed: true }));
          },
        );
    return this.attaching;
  }

  private apply({ ConsultBehaviour }: typeof BehaviourModule): void {
    this.behaviour = new ConsultBehaviour(this, { states: this.states, lang: () => this.effectiveLang, button: this.button! });
    this.requestUpdate();
  }

  /** Resolves once the button works, not only once its label is drawn. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    // Not attaching: no behaviour either (it comes only through a load, which clears this when it fails).
    if (!this.attaching) return done;
    await this.attaching;
    await this.behaviour?.ready();
    return super.getUpdateComplete();
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Custom states style the look: exactly the values the button accepts, where an attribute
    // selector would also match `color="MONO"`. A default (each list's first) has no state,
    // so most buttons write none.
    for (const [property, [, ...options]] of LOOK) {
      if (!changed.has(property)) continue;
      for (const option of options) toggleState(this.states, `${property}-${option}`, option === this[property]);
    }
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    this.button = cloneShell();
    this.button.addEventListener('click', () => this.handleClick());
    // First: the notes and dialogs Lit renders follow the button (and any fallback <style>).
    root.prepend(this.button);
    return root;
  }

  /** Writes the label in place (the behaviour keeps the button's ARIA states); Lit renders only what follows the button: the notes and dialogs, mostly nothing. */
  protected override render() {
    const lang = localeFor(this.effectiveLang);
    const text = buttonLabel(lang, this.label);
    // The label's text node: the span's (the button's last child's) only child.
    const label = this.button!.lastChild!.firstChild as Text;
    if (label.data !== text) label.data = text;
    return this.behaviour?.after(lang) ?? nothing;
  }

  /**
   * A click before the behaviour has arrived waits for it (or tries the load again) rather
   * than being lost; more clicks meanwhile (a double tap) are the same request.
   */
  private handleClick(): void {
    if (this.behaviour) return this.behaviour.click();
    void earlyTaps.pass(this, () => this.attach(true))?.then(() => this.behaviour?.click());
  }
}
