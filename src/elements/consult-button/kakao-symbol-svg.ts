import { svg } from 'lit';

/**
 * The symbol with core's KAKAO_SYMBOL_PATH written into the template rather than bound: a
 * static path costs no part in every button. A test holds the two equal.
 */
export const kakaoSymbol = svg`<svg class="symbol" part="symbol" viewBox="0 0 18 18" aria-hidden="true" focusable="false"><path d="M.8 8.2a8.2 6.7 0 1 1 16.4 0a8.2 6.7 0 1 1-16.4 0zM5.2 13.6l3.4.9-4.3 2.7z" /></svg>`;
