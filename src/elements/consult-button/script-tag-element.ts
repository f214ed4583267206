// The element's code for the script-tag file, which imports this once it has drawn the page's
// bare tags (drawn-link.ts): its own build, dist/chunks/consult-button-*.js, with Lit and the
// behaviour inside (with-behaviour.ts), so the buttons upgrade working, once. The lazier parts
// are chunks of this build: <kakao-consult-qr> when a page uses the tag, and the no-code
// launcher (a script tag with `data-channel`) only on pages that have one. Only the
// script-tag file imports this, by a path relative to itself, so this file has one URL and
// its chunks may import it.
import './with-behaviour.js';
import './consult-button.define.js';
import { defineWhenUsed } from '../internal/define-when-used.js';
import { QR_TAG } from '../internal/tags.js';

export { configure } from './configure.js';

defineWhenUsed(QR_TAG, () => import('../consult-qr/consult-qr.define.js'));
// Any element with data-channel: the shortest test; the chunk itself looks for the script tag.
if (document.querySelector('[data-channel]')) void import('./launcher.js');
