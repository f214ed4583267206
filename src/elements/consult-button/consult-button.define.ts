// First, so the behaviour chunk's request starts before Lit is evaluated (see the module).
import { drawnLinkAtStart, earlyLoad } from './early-load.js';
import { defineElement } from '../internal/define-element.js';
import { KakaoConsultButton } from './consult-button.js';
import type { ConsultButtonAttributes } from '../internal/jsx.js';
import { TAG } from '../internal/tags.js';

/** How long bare tags wait for the behaviour before drawing their labels without it. */
const LABEL_WAIT_MS = 1000;

const define = () => defineElement(TAG, KakaoConsultButton);
// A drawn link is a working button already, painted by the page's stylesheet: upgrading it
// before the page's first paint (a cached or early script) would push that paint back by the
// upgrade's work. So it waits for the next frame (a hidden tab draws none: it upgrades when
// shown); the element then takes the same box over. The script-tag file draws the page's bare
// tags as such links before it imports this (drawn-link.ts). (No document: server rendering.)
//
// Bare tags get their behaviour before their first render, so each renders once, working.
// The script-tag file's element chunk carries it, so tags added later are defined at once. In
// a bundling app its load has started already (early-load.ts) and the define waits for it,
// but a load that stalls does not keep the labels away for longer than LABEL_WAIT_MS; they
// then work when it arrives, as buttons added later do.
if (drawnLinkAtStart) requestAnimationFrame(() => setTimeout(define));
else if (earlyLoad)
  void Promise.race([earlyLoad.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, LABEL_WAIT_MS))]).then(define);
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
