// The script-tag file (`<script type="module" src=".../kakao-consult-button.min.js">`):
// registers the elements, with the button's behaviour in the same module graph (first, see
// with-behaviour.ts), and offers `configure`. The pure API stays in the npm entries, so
// every page does not download what only servers and build tools use; <kakao-consult-qr>
// loads its chunk when a page uses it, and the no-code launcher (a script tag with
// `data-channel`) its small chunk only on pages that have one. Node resolves this file to the
// npm entry instead (package.json's `node` condition): it needs a DOM.
import './elements/consult-button/with-behaviour.js';
import { defineWhenUsed } from './elements/internal/define-when-used.js';

export { KakaoConsultButton } from './elements/consult-button/consult-button.define.js';
export { configure } from './elements/consult-button/configure.js';

defineWhenUsed('kakao-consult-qr', () => import('./elements/consult-qr/consult-qr.define.js'));
// Any element with data-channel: the shortest test; the chunk itself looks for the script tag.
if (document.querySelector('[data-channel]')) void import('./elements/consult-button/launcher.js');
