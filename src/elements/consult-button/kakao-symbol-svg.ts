import { svg } from 'lit';
import { KAKAO_SYMBOL_PATH } from '../../core/kakao-symbol.js';

export const kakaoSymbol = svg`<svg class="symbol" part="symbol" viewBox="0 0 18 18" aria-hidden="true" focusable="false"><path d=${KAKAO_SYMBOL_PATH} /></svg>`;
