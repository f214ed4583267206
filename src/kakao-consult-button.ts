// The script-tag file (`<script type="module" src=".../kakao-consult-button.min.js">`):
// registers the elements and offers `configure`. The pure API stays in the npm entries, so
// every page does not download what only servers and build tools use; <kakao-consult-qr>
// loads its chunk when a page uses it.
import { defineWhenUsed } from './elements/define-when-used.js';

export { KakaoConsultButton } from './elements/consult-button.define.js';
export { configure } from './elements/configure.js';

defineWhenUsed('kakao-consult-qr', () => import('./elements/consult-qr.define.js'));
