// `kakao-consult-button/button`: registers <kakao-consult-button> only (its behaviour loads
// lazily when the first button connects).
export { KakaoConsultButton, TAG } from './elements/consult-button/consult-button.define.js';
export { configure } from './elements/consult-button/configure.js';
