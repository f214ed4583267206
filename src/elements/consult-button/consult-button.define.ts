import { afterFirstPaint } from '../internal/after-first-paint.js';
import { defineElement } from '../internal/define-element.js';
import { KakaoConsultButton } from './consult-button.js';
import type { ConsultButtonAttributes } from '../internal/jsx.js';
import { TAG } from '../internal/tags.js';

// A drawn link is a working button already, painted by the page's own stylesheet: upgrading
// it before the page's first paint (a cached or early script) would push that paint back by
// the upgrade's work. After the first frame, the element takes the same box over.
if (typeof document !== 'undefined' && document.querySelector(`${TAG}>a`)) afterFirstPaint(() => defineElement(TAG, KakaoConsultButton));
else defineElement(TAG, KakaoConsultButton);

export { KakaoConsultButton, TAG };

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
