import { html, nothing } from 'lit';
import type { ConsentNotice } from '../../../core/launch/consent.js';
import type { Messages } from '../../../core/i18n/messages.js';

export interface ConsentDialogProps {
  text: Messages;
  notice: ConsentNotice;
  /** The notice as one paragraph (`consent-text`), when the site gave no structured notice. */
  plainText: string;
  /** A vetted link to the full policy, or undefined. */
  href: string | undefined;
  onAgree: () => void;
  onCancel: () => void;
  onClose: (event: Event) => void;
}

/**
 * The consent step: the site's notice (slotted, structured or one paragraph, always as text),
 * then 동의하고 상담하기 / 취소. A native modal <dialog> gives focus containment, Escape and
 * focus return for free.
 */
export function consentDialog({ text, notice, plainText, href, onAgree, onCancel, onClose }: ConsentDialogProps) {
  const rows: [string, string | undefined][] = [
    [text.consentPurpose, notice.purpose],
    [text.consentItems, notice.items],
    [text.consentRetention, notice.retention],
    [text.consentProcessors, notice.processors],
  ];
  const given = rows.filter(([, value]) => value);
  return html`<dialog
    id="consent"
    part="dialog consent-dialog"
    aria-labelledby="consent-title"
    aria-describedby="consent-intro"
    @close=${onClose}
    @click=${(event: Event) => event.target === event.currentTarget && onCancel()}
  >
    <div class="dialog-body">
      <h2 id="consent-title" class="dialog-title">${text.consentTitle}</h2>
      <p id="consent-intro">${text.consentIntro}</p>
      <slot name="consent">
        ${
          given.length
            ? html`<dl class="notice">${given.map(([term, value]) => html`<dt>${term}</dt><dd>${value}</dd>`)}</dl>`
            : html`<p class="notice">${plainText || text.consentDefault}</p>`
        }
      </slot>
      ${href ? html`<p><a href=${href} target="_blank" rel="noopener">${text.consentPolicy}</a></p>` : nothing}
      <div class="dialog-actions">
        <button type="button" class="secondary" @click=${onCancel}>${text.consentCancel}</button>
        <button type="button" class="primary" @click=${onAgree}>${text.consentAgree}</button>
      </div>
    </div>
  </dialog>`;
}
