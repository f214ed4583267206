import { html, nothing } from 'lit';
import type { LaunchRequest } from '../../../core/launch/launch.js';
import type { Messages } from '../../../core/i18n/messages.js';

/** Where the QR code's code stands: loading its chunk, drawn, or unavailable (a link instead). */
export type QrState = 'loading' | 'ready' | 'failed';

export interface QrPanelProps {
  text: Messages;
  lang: string;
  /** The member-free GET launch the code carries. */
  link: LaunchRequest;
  endpoint: string;
  qrState: QrState;
  /** Offer the Kakao-account path on this PC next to the code (`pc-mode="choice"`). */
  offerPc: boolean;
  onPc: () => void;
  onClose: () => void;
}

/**
 * The PC panel: scan the QR code with a phone, or open the consult on this PC with a Kakao
 * account. If the QR code cannot load, the launch link stands in for it: never an empty box.
 */
export function qrPanel({ text, lang, link, endpoint, qrState, offerPc, onPc, onClose }: QrPanelProps) {
  const { fields } = link;
  const code =
    qrState === 'ready'
      ? html`<kakao-consult-qr
          channel=${fields.uuid}
          extra=${fields.extra ?? ''}
          bot=${fields.bot ?? ''}
          event=${fields.event ?? ''}
          endpoint=${endpoint}
          lang=${lang}
          size="200"
        ></kakao-consult-qr>`
      : qrState === 'failed'
        ? html`<p class="qr-fallback">
            ${text.qrFailed} <a href=${link.url} target="_blank" rel="noopener">${text.openLink}</a>
          </p>`
        : html`<div class="qr-placeholder" aria-hidden="true"></div>`;
  return html`<dialog
    id="panel"
    part="dialog panel"
    aria-labelledby="panel-title"
    aria-describedby="panel-scan"
    @click=${(event: Event) => event.target === event.currentTarget && onClose()}
  >
    <div class="dialog-body">
      <h2 id="panel-title" class="dialog-title">${text.panelTitle}</h2>
      <div class="qr" aria-busy=${qrState === 'loading' ? 'true' : 'false'}>${code}</div>
      <p id="panel-scan" class="panel-scan">${text.panelScan}</p>
      <div class="dialog-actions">
        <button type="button" class="secondary" @click=${onClose}>${text.close}</button>
        ${offerPc ? html`<button type="button" class="primary" @click=${onPc}>${text.panelPc}</button>` : nothing}
      </div>
    </div>
  </dialog>`;
}
