// The script-tag file (`<script type="module" src=".../kakao-consult-button.min.js">`):
// registers the elements and offers `configure`. The pure API stays in the npm entries, so
// every page does not download what only servers and build tools use.
export { KakaoConsultButton } from './elements/consult-button.define.js';
export { configure } from './elements/configure.js';
