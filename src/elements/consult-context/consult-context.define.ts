import { defineElement } from '../internal/define-element.js';
import { KakaoConsultContext } from './consult-context.js';

/** The tag the context card is registered under. */
export const CONTEXT_TAG = 'kakao-consult-context';

defineElement(CONTEXT_TAG, KakaoConsultContext);

export { KakaoConsultContext };

declare global {
  interface HTMLElementTagNameMap {
    'kakao-consult-context': KakaoConsultContext;
  }
}
