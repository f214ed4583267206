import {
  KakaoConsultButton,
  type ConsultClickDetail,
  type ConsultConsentDetail,
  type ConsultLaunchDetail,
  type ConsultProblemDetail,
} from './consult-button.js';
import type { ConsentRecord } from '../core/consent.js';

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
  interface HTMLElementEventMap {
    'consult-click': CustomEvent<ConsultClickDetail>;
    'consult-launch': CustomEvent<ConsultLaunchDetail>;
    'consult-error': CustomEvent<ConsultProblemDetail>;
    'consult-consent': CustomEvent<ConsultConsentDetail>;
    'consult-consent-declined': CustomEvent<ConsentRecord>;
    'consult-warning': CustomEvent<ConsultProblemDetail>;
  }
}
