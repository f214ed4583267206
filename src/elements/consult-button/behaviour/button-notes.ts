import { html, type TemplateResult } from 'lit';
import { kakaoTalkStoreUrl } from '../../../core/launch/app-links.js';
import type { Messages } from '../../../core/i18n/messages.js';
import type { Platform } from '../../../core/launch/client.js';
import type { OperatingState } from '../../../core/operating/operating-state.js';

/** What the notes under a button say, besides the words. */
export interface NotesState {
  /** The settings make a launch impossible. */
  invalid: boolean;
  operating: OperatingState;
  platform: Platform;
  /** This button shows the page's one update notice. */
  updateNotice: boolean;
  /** A phone launch left the page visible: KakaoTalk is probably missing. */
  notOpened: boolean;
  onRetry: () => void;
}

/** The hours line with each time range kept on one line: a break after the dash would read as two times. */
function unbrokenTimes(hours: string) {
  return hours.split(/(\d\d:\d\d–\d\d:\d\d)/).map((part, index) => (index % 2 ? html`<span class="nowrap">${part}</span>` : part));
}

/** The notes under the button, and the ids of those that describe it (`aria-describedby`). */
export function buttonNotes(
  text: Messages,
  { invalid, operating, platform, updateNotice, notOpened, onRetry }: NotesState,
): { notes: TemplateResult<1>[]; describedBy: string } {
  const store = kakaoTalkStoreUrl(platform);
  const notes = [
    invalid && html`<p part="message" id="message" class="note message">${text.unavailable}</p>`,
    operating.hours && html`<p part="hours" id="hours" class="note">${unbrokenTimes(operating.hours)}</p>`,
    operating.notice && html`<p part="notice" id="notice" class="note">${operating.notice}</p>`,
    updateNotice &&
      html`<p part="update" id="update" class="note warning">
        ${text.updateNeeded} <a href=${store} target="_blank" rel="noopener">${text.updateLink}</a>
      </p>`,
    notOpened &&
      html`<p part="fallback" class="note" role="status">
        ${text.notOpened} <a href=${store} target="_blank" rel="noopener">${text.installLink}</a>
        <button type="button" class="link" @click=${onRetry}>${text.retry}</button>
      </p>`,
  ].filter((note): note is TemplateResult<1> => Boolean(note));
  const describedBy = [invalid && 'message', operating.hours && 'hours', operating.notice && 'notice', updateNotice && 'update']
    .filter(Boolean)
    .join(' ');
  return { notes, describedBy };
}

/** The page's one update notice goes under the first button that needs it, not under every one. */
export class UpdateNotice {
  private owner: object | undefined;

  /** True when `button` shows it: it holds it already, or nobody does. */
  claim(button: object): boolean {
    return (this.owner ??= button) === button;
  }

  /** `button` left the page: the next to need the notice shows it. */
  release(button: object): void {
    if (this.owner === button) this.owner = undefined;
  }
}

/** The page's update notice, shared by its buttons; held only while its owner is connected. */
export const updateNotice = new UpdateNotice();
