import { KakaoConsultButton } from './consult-button.js';
import type { ConsultButtonAttributes } from './jsx.js';

export const TAG = 'kakao-consult-button';

// A page may load the kit twice (a CMS plugin and a script tag); the first definition wins.
// Without `customElements` (server rendering) there is nothing to register.
if (typeof customElements !== 'undefined' && !customElements.get(TAG)) {
  customElements.define(TAG, KakaoConsultButton);
}

export { KakaoConsultButton };

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
