import { compareVersions, isValidVersion, MIN_KAKAOTALK_VERSION } from './version.js';

/** Where a launch happens: phones and tablets open KakaoTalk directly, desktops go through PC flows. */
export type Platform = 'ios' | 'android' | 'desktop';

/**
 * The in-app browser a page runs in: a named app, or `webview` for another app's embedded
 * browser (Android's `; wv)` marker, or an iOS WKWebView, see {@link parseClient}).
 */
export type InAppBrowser = 'kakaotalk' | 'naver' | 'daum' | 'instagram' | 'facebook' | 'line' | 'webview';

/** What the page knows beyond the user agent. */
export interface ClientHints {
  /** `navigator.maxTouchPoints`: tells iPadOS Safari in desktop mode (a Mac user agent) from a Mac. */
  maxTouchPoints?: number;
  /**
   * The installed KakaoTalk version, when a host app knows it (a page outside KakaoTalk's own
   * browser cannot see it). Overrides the user agent's; ignored unless a dotted version.
   */
  kakaoTalkVersion?: string;
}

/** The client as far as the consult launch cares. */
export interface ClientInfo {
  /** Phone or tablet OS, or desktop; iPadOS in desktop mode counts as `ios` given touch points. */
  platform: Platform;
  /** The in-app browser, or null for a regular browser. */
  inApp: InAppBrowser | null;
  /** The KakaoTalk version from the hint or KakaoTalk's user agent; null when unknown. */
  kakaoTalkVersion: string | null;
  /** True only when the version is known and older than {@link MIN_KAKAOTALK_VERSION}. */
  needsUpdate: boolean;
}

// In-app browsers append their token at the end and the OS sits at the start, so a huge
// user agent keeps its head and tail: every pattern below then scans a few KB at most.
const WINDOW = 2048;

const IOS_DEVICE = /iPhone|iPad|iPod/;

// KakaoTalk writes `KAKAOTALK 10.5.0`, `Kakaotalk 9.5.1`, `;KAKAOTALK 10.5.5`,
// `KAKAOTALK/26.3.5 (INAPP)`, and on some Android builds a build code first
// (`;KAKAOTALK 2610420;KAKAOTALK 10.4.2`). No letter, `-` or `_` may touch the name, which
// keeps out KAKAOSTORY and Kakao's link-preview crawler (`kakaotalk-scrap`).
// No lookbehind (Safari before 16.4 cannot parse it): the character before the name is matched
// instead, and a separator is taken only with a version, so it can still lead the next match.
const KAKAOTALK = /(?:^|[^a-z_-])kakaotalk(?![a-z_-])(?:[ /]?(\d[\d.]{0,39}))?/gi;

// First match wins, so apps whose user agents also carry a webview marker come first.
const IN_APP_MARKERS: readonly (readonly [InAppBrowser, RegExp])[] = [
  ['naver', /\bNAVER\(inapp;/i],
  ['daum', /\bDaumApps\//i],
  ['instagram', /\bInstagram \d/i],
  ['facebook', /\bFB(?:AN|AV)\//],
  ['line', /\bLine\/\d/],
  ['webview', /; wv\)/],
];

function bounded(userAgent: unknown): string {
  if (typeof userAgent !== 'string') return '';
  if (userAgent.length <= 2 * WINDOW) return userAgent;
  return `${userAgent.slice(0, WINDOW)} ${userAgent.slice(-WINDOW)}`;
}

function readPlatform(ua: string, maxTouchPoints: unknown): Platform {
  if (/Android/i.test(ua)) return 'android';
  if (IOS_DEVICE.test(ua)) return 'ios';
  if (/Macintosh/i.test(ua) && typeof maxTouchPoints === 'number' && maxTouchPoints > 1) return 'ios';
  return 'desktop';
}

/**
 * Reads the platform from a user agent. `maxTouchPoints` tells iPadOS Safari in desktop mode
 * (it sends a Mac user agent) from a real Mac, which has no touch screen.
 */
export function platformOf(userAgent: string, maxTouchPoints = 0): Platform {
  return readPlatform(bounded(userAgent), maxTouchPoints);
}

/** Null when the user agent is not KakaoTalk's; else its dotted version, or null for a build code alone. */
function readKakaoTalk(ua: string): { version: string | null } | null {
  let found = false;
  for (const match of ua.matchAll(KAKAOTALK)) {
    found = true;
    if (isValidVersion(match[1])) return { version: match[1] };
  }
  return found ? { version: null } : null;
}

// WKWebView's default user agent ends at `Mobile/…`; Safari, SFSafariViewController and the
// iOS browsers built on WebKit (Chrome, Firefox, Edge) all add a `Safari/` token. Only user
// agents naming the device count: a Mac one without Safari is as likely a Mac app.
function isIosWebView(ua: string): boolean {
  return IOS_DEVICE.test(ua) && ua.includes('AppleWebKit/') && !ua.includes('Safari/');
}

function inAppOf(ua: string): InAppBrowser | null {
  for (const [name, marker] of IN_APP_MARKERS) {
    if (marker.test(ua)) return name;
  }
  return isIosWebView(ua) ? 'webview' : null;
}

/** The version a `kakaoTalkVersion` hint gives: a dotted version, surrounding spaces allowed; else null. */
export function versionHint(hint: unknown): string | null {
  // The length check comes first so a megabyte of whitespace is not trimmed.
  if (typeof hint !== 'string' || hint.length > 64) return null;
  const version = hint.trim();
  return isValidVersion(version) ? version : null;
}

/**
 * Reads platform, in-app browser and KakaoTalk version from a user agent and optional hints.
 * Never throws: anything that is not a readable user agent yields a desktop, regular browser.
 *
 * - KakaoTalk's version is its first dotted version; a build code alone (old Android,
 *   `;KAKAOTALK 1600297`) cannot be read as a version, so the version is null.
 * - `webview` is Android's `; wv)` marker, or an iPhone, iPad or iPod user agent with
 *   `AppleWebKit/` but no `Safari/` token (WKWebView's default). Apps that set a custom user
 *   agent with a Safari token, and iPads in desktop mode, read as regular browsers.
 * - A user agent over 4,096 characters is read from its first and last 2,048.
 */
export function parseClient(userAgent: string, hints?: ClientHints): ClientInfo {
  const ua = bounded(userAgent);
  const kakaoTalk = readKakaoTalk(ua);
  const version = versionHint(hints?.kakaoTalkVersion) ?? kakaoTalk?.version ?? null;
  return {
    platform: readPlatform(ua, hints?.maxTouchPoints),
    inApp: kakaoTalk ? 'kakaotalk' : inAppOf(ua),
    kakaoTalkVersion: version,
    needsUpdate: version !== null && compareVersions(version, MIN_KAKAOTALK_VERSION) < 0,
  };
}
