import { defineElement } from '../internal/define-element.js';
import { KakaoConsultButton } from './consult-button.js';
import type { ConsultButtonAttributes } from '../internal/jsx.js';
import { TAG } from '../internal/tags.js';

defineElement(TAG, KakaoConsultButton);

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
