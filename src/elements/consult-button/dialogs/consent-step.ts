import { nothing } from 'lit';
import type { ConsentNotice, ConsentRecord } from '../../../core/launch/consent.js';
import type { Messages } from '../../../core/i18n/messages.js';
import { safeLink } from '../../../core/safe-link.js';
import { hasStoredConsent, storeConsent } from './consent-store.js';
import type { ButtonHost } from '../button-host.js';

/** What the consent step reads of its button. */
type ConsentHost = ButtonHost<'consent' | 'consentText' | 'consentHref' | 'consentVersion' | 'consentRemember'>;
import { consentDialog } from './consent-dialog.js';
import type { ConsultEventMap } from '../../internal/events.js';
import { consentAsked, consentNotice } from '../../../core/launch/ignored-values.js';

export interface ConsentStepHooks {
  /** The validated channel ID: consent is remembered per channel. */
  channel: () => string;
  /** Dispatches the user's answer (and tells analytics). */
  dispatch: (type: 'consult-consent', detail: ConsultEventMap['consult-consent']) => void;
  /** Runs inside the agree click, so a phone launch keeps its user gesture. */
  agreed: () => void;
}

/**
 * The consent step before member data leaves the page: whether it is needed, the dialog, and
 * the answer, remembered where the site asked (`consent-remember`).
 */
export class ConsentStep {
  /** Consent given in this click flow, so `consent-remember="none"` still launches once. */
  private givenNow = false;

  constructor(
    private readonly host: ConsentHost,
    private readonly hooks: ConsentStepHooks,
  ) {}

  get required(): boolean {
    return consentAsked(this.host.consent);
  }

  get notice(): ConsentNotice {
    return consentNotice(this.host.consent);
  }

  /** Member data is personal: with consent required it rides only once consent is given. */
  get memberAllowed(): boolean {
    const { consentRemember } = this.host;
    return !this.required || this.givenNow || hasStoredConsent(this.hooks.channel(), this.version, consentRemember);
  }

  /** Opens the consent dialog (false when it is not drawn yet); the launch follows an agreement. */
  ask(): boolean {
    const dialog = this.dialog();
    if (!dialog) return false;
    dialog.returnValue = '';
    dialog.showModal();
    return true;
  }

  render(text: Messages) {
    if (!this.required) return nothing;
    return consentDialog({
      text,
      notice: this.notice,
      plainText: this.host.consentText,
      href: safeLink(this.notice.href ?? this.host.consentHref, location.href),
      onAgree: () => this.handleAgree(),
      onCancel: () => this.dialog()?.close('cancel'),
      onClose: () => this.handleClose(),
    });
  }

  private get version(): string {
    return this.notice.version ?? this.host.consentVersion;
  }

  private dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector<HTMLDialogElement>('dialog#consent');
  }

  private record(): ConsentRecord {
    return { version: this.version, at: new Date().toISOString() };
  }

  private handleAgree(): void {
    const record = this.record();
    storeConsent(this.hooks.channel(), record, this.host.consentRemember);
    this.givenNow = true;
    this.hooks.dispatch('consult-consent', { granted: true, ...record });
    this.dialog()?.close('agree');
    this.hooks.agreed();
    this.givenNow = false;
  }

  private handleClose(): void {
    if (this.dialog()?.returnValue === 'agree') return;
    // One answer, one event: `granted` tells a refusal.
    this.hooks.dispatch('consult-consent', { granted: false, ...this.record() });
  }
}
