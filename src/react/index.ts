// `kakao-consult-button/react`: the elements as React components. Events become typed
// `onConsult…` props (from the one event map); everything else passes through as properties.
// Each element's code loads when the first one renders, so an app's first chunk carries the
// components alone.
// The button renders on the server too: its attributes and the drawn link to the GET launch
// (see `kakao-consult-button/ssr`), which works before and without JavaScript. Bundlers
// building for browsers take `./browser.js` instead (package.json's `browser` condition),
// which leaves the link's code out. Importing either also types the raw tags in TSX.
import { consultLinkUrl } from '../core/launch/consult-markup.js';
import { consultButtonComponent } from './components.js';

export const KakaoConsultButton = consultButtonComponent(consultLinkUrl);
export { KakaoConsultQr } from './components.js';
