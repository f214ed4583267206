import { KakaoConsultContext } from './consult-context.js';

/** The tag the context card is registered under. */
export const CONTEXT_TAG = 'kakao-consult-context';

// A console may load the kit twice; the first definition wins. Without `customElements`
// (server rendering) there is nothing to register.
if (typeof customElements !== 'undefined' && !customElements.get(CONTEXT_TAG)) {
  customElements.define(CONTEXT_TAG, KakaoConsultContext);
}

export { KakaoConsultContext };

declare global {
  interface HTMLElementTagNameMap {
    'kakao-consult-context': KakaoConsultContext;
  }
}
