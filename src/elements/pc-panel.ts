import { nothing } from 'lit';
import type { EncodeResult } from '../core/context.js';
import type { LaunchRequest } from '../core/launch.js';
import type { Messages } from '../core/messages.js';
import type { KakaoConsultButton } from './consult-button.js';
import { qrPanel, type QrState } from './qr-panel.js';

export interface PcPanelHooks {
  /** The panel is open and shows this launch's QR code. */
  opened: (request: LaunchRequest) => void;
  /** The user chose the Kakao-account path on this PC. */
  launch: (request: LaunchRequest, context: EncodeResult | undefined) => void;
}

/**
 * The PC panel's state: the launch it offers while open, and the QR element's code, which
 * loads on first use so the button's own script stays small.
 */
export class PcPanel {
  private request: LaunchRequest | undefined;
  private context: EncodeResult | undefined;
  private qrState: QrState = 'loading';

  constructor(
    private readonly host: KakaoConsultButton,
    private readonly hooks: PcPanelHooks,
  ) {}

  async open(request: LaunchRequest, context: EncodeResult | undefined): Promise<void> {
    this.request = request;
    this.context = context;
    if (this.qrState !== 'ready') {
      this.qrState = 'loading';
      import('./consult-qr.define.js').then(
        () => this.setQrState('ready'),
        () => this.setQrState('failed'),
      );
    }
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.dialog();
    if (!dialog || dialog.open) return;
    dialog.showModal();
    this.hooks.opened(request);
  }

  render(text: Messages, lang: string) {
    if (!this.request) return nothing;
    return qrPanel({
      text,
      lang,
      request: this.request,
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
    const { request, context } = this;
    this.dialog()?.close();
    if (request) this.hooks.launch(request, context);
  }
}
