import type { Platform } from './client.js';
import { ConsultInputError } from '../errors.js';
import { clip } from '../text.js';

/** KakaoTalk's Android package name. */
export const KAKAOTALK_PACKAGE = 'com.kakao.talk';

const APP_STORE_URL = 'https://apps.apple.com/app/id362057947';
const PLAY_STORE_URL = `https://play.google.com/store/apps/details?id=${KAKAOTALK_PACKAGE}`;
const KAKAOTALK_PAGE_URL = 'https://www.kakaocorp.com/page/service/service/KakaoTalk';

/**
 * Where to get or update KakaoTalk: the App Store on iOS, Google Play on Android. On a
 * desktop it is Kakao's KakaoTalk service page, which links every download (the PC app, and
 * the phone app the PC flow's QR code needs) rather than assuming which one the user wants.
 */
export function kakaoTalkStoreUrl(platform: Platform): string {
  if (platform === 'ios') return APP_STORE_URL;
  if (platform === 'android') return PLAY_STORE_URL;
  return KAKAOTALK_PAGE_URL;
}

/**
 * Turns an https launch URL into an Android `intent://` URL that opens it in KakaoTalk, or in
 * the browser when KakaoTalk is missing:
 * `intent://HOST/PATH?QUERY#Intent;scheme=https;package=com.kakao.talk;S.browser_fallback_url=…;end`.
 *
 * @throws ConsultInputError (field `url`) unless the URL is https without credentials or a
 *   fragment (the intent's own `#Intent;…` is the only fragment it may carry).
 */
export function androidIntentUrl(httpsUrl: string): string {
  const url = parseHttps(httpsUrl);
  // Android splits the intent at its last `#` and its extras at `;`; the URL parser has
  // already moved any `#` out of the query, and the fallback is fully percent-encoded.
  // The data part is the href itself (`//HOST/PATH?QUERY`), so even an empty `?` survives.
  const data = url.href.slice('https:'.length);
  const fallback = encodeURIComponent(url.href);
  return `intent:${data}#Intent;scheme=https;package=${KAKAOTALK_PACKAGE};S.browser_fallback_url=${fallback};end`;
}

function parseHttps(input: unknown): URL {
  if (typeof input !== 'string') {
    throw new ConsultInputError('url', `url must be a string holding the https launch URL, not ${typeof input}.`);
  }
  const shown = clip(input);
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new ConsultInputError('url', `url "${shown}" is not an absolute URL; pass the https launch URL.`);
  }
  if (url.protocol !== 'https:') {
    throw new ConsultInputError('url', `url "${shown}" must use https.`);
  }
  // `href` keeps even an empty fragment (`…/#`), which `hash` reports as ''.
  if (url.username || url.password || url.href.includes('#')) {
    throw new ConsultInputError('url', `url "${shown}" must not carry credentials or a fragment.`);
  }
  return url;
}
