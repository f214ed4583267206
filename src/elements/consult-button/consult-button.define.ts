import { defineElement } from '../internal/define-element.js';
import { KakaoConsultButton } from './consult-button.js';
import type { ConsultButtonAttributes } from '../internal/jsx.js';
import { TAG } from '../internal/tags.js';

const define = () => defineElement(TAG, KakaoConsultButton);
// A drawn link is a working button already, painted by the page's stylesheet: upgrading it
// before the page's first paint (a cached or early script) would push that paint back by the
// upgrade's work. So it waits for the next frame (a hidden tab draws none: it upgrades when
// shown); the element then takes the same box over. (No document: server rendering.)
if (globalThis.document?.querySelector(`${TAG}>a`)) requestAnimationFrame(() => setTimeout(define));
else define();

export { KakaoConsultButton, TAG };

/**
 * Loads <kakao-consult-qr> from here, where Lit is already loaded: Turbopack builds one chunk
 * group per lazily imported module, with only the modules every importer already has left
 * out, so importing the QR element from the React entry's first chunk (no Lit) made its chunk
 * carry a second copy of Lit, fetched again by the PC panel.
 */
export const loadQrElement = () => import('../consult-qr/consult-qr.define.js');

declare global {
  interface HTMLElementTagNameMap {
    'kakao-consult-button': KakaoConsultButton;
  }
  // TSX without React's own JSX types (Preact, Solid, plain `jsx: preserve`).
  namespace JSX {
    interface IntrinsicElements {
      'kakao-consult-button': ConsultButtonAttributes;
    }
  }
}
