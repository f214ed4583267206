import { nothing } from 'lit';
import type { LaunchPlan } from '../../../core/launch/launch-plan.js';
import type { LaunchRequest } from '../../../core/launch/launch.js';
import type { Messages } from '../../../core/i18n/messages.js';
import type { ButtonHost } from '../button-host.js';
import type { qrPanel, QrState } from './qr-panel.js';

export interface PcPanelHooks {
  /** The panel is open and its QR code carries this member-free launch. */
  opened: (link: LaunchRequest) => void;
  /** The user chose the Kakao-account path on this PC: launch the plan in the popup. */
  launch: (plan: LaunchPlan) => void;
}

/**
 * The PC panel's state: the plan it offers while open, and the QR element's code, which
 * loads on first use so the button's own script stays small.
 */
export class PcPanel {
  private plan: LaunchPlan | undefined;
  private qrState: QrState = 'loading';

  constructor(
    private readonly host: ButtonHost<'endpoint' | 'pcMode'>,
    private readonly hooks: PcPanelHooks,
  ) {}

  async open(plan: LaunchPlan): Promise<void> {
    if (!plan.link) return;
    this.plan = plan;
    if (this.qrState !== 'ready') {
      this.qrState = 'loading';
      import('../../consult-qr/consult-qr.define.js').then(
        () => this.setQrState('ready'),
        () => this.setQrState('failed'),
      );
    }
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.dialog();
    if (!dialog || dialog.open) return;
    dialog.showModal();
    this.hooks.opened(plan.link);
  }

  /** The panel, drawn with the dialogs' code once it has loaded. */
  render(text: Messages, lang: string, draw: typeof qrPanel) {
    const link = this.plan?.link;
    if (!link) return nothing;
    return draw({
      text,
      lang,
      link,
      endpoint: this.host.endpoint ?? '',
      qrState: this.qrState,
      offerPc: this.host.pcMode !== 'qr',
      onPc: () => this.handlePc(),
      onClose: () => this.dialog()?.close(),
    });
  }

  private setQrState(state: QrState): void {
    this.qrState = state;
    this.host.requestUpdate();
  }

  private dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector<HTMLDialogElement>('dialog#panel');
  }

  private handlePc(): void {
    const { plan } = this;
    this.dialog()?.close();
    if (plan) this.hooks.launch(plan);
  }
}
