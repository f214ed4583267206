import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseClient, platformOf, type ClientInfo, type InAppBrowser, type Platform } from '../../../src/core/launch/client.js';
import { compareVersions, MIN_KAKAOTALK_VERSION } from '../../../src/core/launch/version.js';

// Shared prefixes: the OS and engine part real user agents start with.
const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko)';
const IPAD = 'Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko)';
const ANDROID_WV =
  'Mozilla/5.0 (Linux; Android 13; SM-S908N Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0.6099.144 Mobile Safari/537.36';
const MAC = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)';
const MAC_SAFARI = `${MAC} Version/17.4 Safari/605.1.15`;

type Row = [
  name: string,
  userAgent: string,
  platform: Platform,
  inApp: InAppBrowser | null,
  version: string | null,
  needsUpdate: boolean,
  maxTouchPoints?: number,
];

const rows: Row[] = [
  // KakaoTalk on iOS
  ['iOS KakaoTalk, space separator', `${IPHONE} Mobile/15E148 KAKAOTALK 10.5.0`, 'ios', 'kakaotalk', '10.5.0', false],
  [
    'iOS KakaoTalk, lower case',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 13_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Kakaotalk 9.5.1',
    'ios',
    'kakaotalk',
    '9.5.1',
    false,
  ],
  [
    'iOS KakaoTalk 5.7.9 (too old)',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 9_3_5 like Mac OS X) AppleWebKit/601.1.46 (KHTML, like Gecko) Mobile/13G36 KAKAOTALK 5.7.9',
    'ios',
    'kakaotalk',
    '5.7.9',
    true,
  ],
  [
    'iOS KakaoTalk 5.8.0 (the minimum)',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 10_2 like Mac OS X) AppleWebKit/602.3.12 (KHTML, like Gecko) Mobile/14C92 KAKAOTALK 5.8.0',
    'ios',
    'kakaotalk',
    '5.8.0',
    false,
  ],
  [
    'iOS KakaoTalk 5.10.0 (numeric, not lexical)',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 10_3_3 like Mac OS X) AppleWebKit/603.3.8 (KHTML, like Gecko) Mobile/14G60 KAKAOTALK 5.10.0',
    'ios',
    'kakaotalk',
    '5.10.0',
    false,
  ],
  ['iPad KakaoTalk', `${IPAD} Mobile/15E148 KAKAOTALK 10.3.1`, 'ios', 'kakaotalk', '10.3.1', false],
  ['iOS KakaoTalk, slash and (INAPP)', `${IPHONE} Mobile/15E148 KAKAOTALK/10.8.0 (INAPP)`, 'ios', 'kakaotalk', '10.8.0', false],
  ['iOS KakaoTalk, calendar version', `${IPHONE} Mobile/15E148 KAKAOTALK/26.3.5 (INAPP)`, 'ios', 'kakaotalk', '26.3.5', false],
  ['iPad desktop mode KakaoTalk', `${MAC} KAKAOTALK 10.5.0`, 'ios', 'kakaotalk', '10.5.0', false, 5],
  // KakaoTalk on Android
  ['Android KakaoTalk, semicolon separator', `${ANDROID_WV};KAKAOTALK 10.5.5`, 'android', 'kakaotalk', '10.5.5', false],
  [
    'Android KakaoTalk, build code then version',
    `${ANDROID_WV};KAKAOTALK 2610420;KAKAOTALK 10.4.2`,
    'android',
    'kakaotalk',
    '10.4.2',
    false,
  ],
  [
    'Android KakaoTalk, build code alone',
    'Mozilla/5.0 (Linux; Android 5.1.1; SM-G925S Build/LMY47X) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/43.0.2357.121 Mobile Safari/537.36;KAKAOTALK 1600297',
    'android',
    'kakaotalk',
    null,
    false,
  ],
  [
    'Android KakaoTalk, slash and (INAPP)',
    'Mozilla/5.0 (Linux; Android 14; SM-S918N Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/128.0.6613.146 Mobile Safari/537.36 KAKAOTALK/10.8.0 (INAPP)',
    'android',
    'kakaotalk',
    '10.8.0',
    false,
  ],
  ['Android KakaoTalk, calendar version', `${ANDROID_WV} KAKAOTALK/25.4.3 (INAPP)`, 'android', 'kakaotalk', '25.4.3', false],
  [
    'Android KakaoTalk 5.7.9 (too old)',
    'Mozilla/5.0 (Linux; Android 6.0.1; SM-G920S Build/MMB29K; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/49.0.2623.105 Mobile Safari/537.36;KAKAOTALK 5.7.9',
    'android',
    'kakaotalk',
    '5.7.9',
    true,
  ],
  [
    'Android KakaoTalk glued to the Safari token (defensive)',
    `${ANDROID_WV.replace(' Mobile Safari/537.36', ' Mobile Safari/537.36KAKAOTALK 10.2.1')}`,
    'android',
    'kakaotalk',
    '10.2.1',
    false,
  ],
  // Not KakaoTalk
  [
    'Android KakaoStory',
    'Mozilla/5.0 (Linux; Android 10; SM-G973N Build/QP1A.190711.020; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/83.0.4103.106 Mobile Safari/537.36 KAKAOSTORY/1.0',
    'android',
    'webview',
    null,
    false,
  ],
  ['iOS KakaoStory', `${IPHONE} Mobile/15E148 KAKAOSTORY/1.0`, 'ios', 'webview', null, false],
  [
    "Kakao's link-preview crawler",
    'facebookexternalhit/1.1; kakaotalk-scrap/1.0; +https://devtalk.kakao.com/t/scrap/33984',
    'desktop',
    null,
    null,
    false,
  ],
  ['Android Naver', `${ANDROID_WV} NAVER(inapp; search; 2000; 12.0.21)`, 'android', 'naver', null, false],
  ['iOS Naver', `${IPHONE} Mobile/15E148 Safari/605.1 NAVER(inapp; search; 1010; 12.1.4; 14PRO)`, 'ios', 'naver', null, false],
  ['Android Daum', `${ANDROID_WV} DaumApps/8.2.2 DaumDevice/mobile`, 'android', 'daum', null, false],
  ['iOS Daum', `${IPHONE} Mobile/15E148 DaumApps/7.7.4 DaumDevice/mobile`, 'ios', 'daum', null, false],
  [
    'iOS Instagram',
    `${IPHONE} Mobile/15E148 Instagram 302.0.0.23.114 (iPhone14,5; iOS 17_4; ko_KR; ko; scale=3.00; 1170x2532; 522046374)`,
    'ios',
    'instagram',
    null,
    false,
  ],
  [
    'Android Instagram',
    `${ANDROID_WV} Instagram 298.0.0.31.110 Android (33/13; 480dpi; 1080x2340; samsung; SM-S908N; b0q; qcom; ko_KR; 509947611)`,
    'android',
    'instagram',
    null,
    false,
  ],
  [
    'iOS Facebook',
    `${IPHONE} Mobile/15E148 [FBAN/FBIOS;FBDV/iPhone14,5;FBMD/iPhone;FBSN/iOS;FBSV/17.4;FBSS/3;FBID/phone;FBLC/ko_KR;FBOP/5;FBRV/0]`,
    'ios',
    'facebook',
    null,
    false,
  ],
  ['Android Facebook', `${ANDROID_WV} [FB_IAB/FB4A;FBAV/431.0.0.38.108;]`, 'android', 'facebook', null, false],
  ['iOS Line', `${IPHONE} Mobile/15E148 Safari Line/13.10.0`, 'ios', 'line', null, false],
  ['Android Line', `${ANDROID_WV} Line/13.10.1/IAB`, 'android', 'line', null, false],
  [
    'Android webview',
    'Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/UQ1A.240205.004; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/121.0.6167.178 Mobile Safari/537.36',
    'android',
    'webview',
    null,
    false,
  ],
  ['iOS WKWebView (no Safari token)', `${IPHONE} Mobile/15E148`, 'ios', 'webview', null, false],
  // Regular mobile browsers
  ['iOS Safari', `${IPHONE} Version/17.4 Mobile/15E148 Safari/604.1`, 'ios', null, null, false],
  ['iOS Chrome', `${IPHONE} CriOS/123.0.6312.52 Mobile/15E148 Safari/604.1`, 'ios', null, null, false],
  ['iPad Safari', `${IPAD} Version/16.6 Mobile/15E148 Safari/604.1`, 'ios', null, null, false],
  [
    'Android Chrome',
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36',
    'android',
    null,
    null,
    false,
  ],
  [
    'Samsung Internet',
    'Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-S928N) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/24.0 Chrome/117.0.0.0 Mobile Safari/537.36',
    'android',
    null,
    null,
    false,
  ],
  // Desktops
  [
    'Chrome on Windows',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
    'desktop',
    null,
    null,
    false,
  ],
  [
    'Chrome on Mac',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
    'desktop',
    null,
    null,
    false,
  ],
  [
    'Chrome on Linux',
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
    'desktop',
    null,
    null,
    false,
  ],
  ['Safari on Mac', MAC_SAFARI, 'desktop', null, null, false, 0],
  [
    'Edge on Windows',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.51',
    'desktop',
    null,
    null,
    false,
  ],
  [
    'Edge on Mac',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.51',
    'desktop',
    null,
    null,
    false,
  ],
  ['Firefox on Windows', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0', 'desktop', null, null, false],
  ['Firefox on Mac', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.4; rv:125.0) Gecko/20100101 Firefox/125.0', 'desktop', null, null, false],
  ['iPad Safari in desktop mode (Mac UA, touch screen)', MAC_SAFARI, 'ios', null, null, false, 5],
  ['Mac app webview (no Safari token, no touch)', MAC, 'desktop', null, null, false, 0],
  // Nothing to read
  ['empty', '', 'desktop', null, null, false],
  ['garbage', '🙂 ))(( not/a user-agent ;;; wv', 'desktop', null, null, false],
  ['a bare KakaoTalk token', 'KAKAOTALK', 'desktop', 'kakaotalk', null, false],
  ['an unreadable KakaoTalk version', 'KAKAOTALK 12345678901.2', 'desktop', 'kakaotalk', null, false],
];

describe('parseClient', () => {
  describe('user agents', () => {
    for (const [name, userAgent, platform, inApp, kakaoTalkVersion, needsUpdate, maxTouchPoints] of rows) {
      it(name, () => {
        const expected: ClientInfo = { platform, inApp, kakaoTalkVersion, needsUpdate };
        expect(parseClient(userAgent, { maxTouchPoints })).to.deep.equal(expected);
      });
    }

    it('reads a Mac user agent as a desktop without touch hints', () => {
      expect(parseClient(MAC_SAFARI).platform).to.equal('desktop');
      expect(parseClient(MAC_SAFARI, { maxTouchPoints: 1 }).platform).to.equal('desktop');
    });
  });

  describe('kakaoTalkVersion hint', () => {
    const kakaoTalk = `${IPHONE} Mobile/15E148 KAKAOTALK 10.5.0`;
    const chrome = 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36';

    const overrides: [string, string, string, ClientInfo][] = [
      [
        'an older install than the UA says',
        kakaoTalk,
        '5.7.9',
        { platform: 'ios', inApp: 'kakaotalk', kakaoTalkVersion: '5.7.9', needsUpdate: true },
      ],
      [
        'a newer install than the UA says',
        `${ANDROID_WV};KAKAOTALK 5.7.9`,
        '10.5.0',
        { platform: 'android', inApp: 'kakaotalk', kakaoTalkVersion: '10.5.0', needsUpdate: false },
      ],
      [
        'a version where the UA has a build code only',
        `${ANDROID_WV};KAKAOTALK 1600297`,
        '5.8.0',
        { platform: 'android', inApp: 'kakaotalk', kakaoTalkVersion: '5.8.0', needsUpdate: false },
      ],
      [
        'a version outside KakaoTalk (the in-app browser stays as read)',
        chrome,
        '5.10.0',
        { platform: 'android', inApp: null, kakaoTalkVersion: '5.10.0', needsUpdate: false },
      ],
      [
        'an old version outside KakaoTalk',
        chrome,
        '5.7.9',
        { platform: 'android', inApp: null, kakaoTalkVersion: '5.7.9', needsUpdate: true },
      ],
      [
        'a calendar version with surrounding whitespace',
        chrome,
        ' 26.3.5\n',
        { platform: 'android', inApp: null, kakaoTalkVersion: '26.3.5', needsUpdate: false },
      ],
    ];
    for (const [name, userAgent, hint, expected] of overrides) {
      it(`takes ${name}`, () => {
        expect(parseClient(userAgent, { kakaoTalkVersion: hint })).to.deep.equal(expected);
      });
    }

    const ignored: unknown[] = [
      '',
      '   ',
      'abc',
      '10',
      '2610420',
      'v10.5.0',
      '10.5.0-beta',
      '1.2.3.4.5',
      ` ${'9'.repeat(1_000_000)}.0`,
      10.5,
      null,
      {},
    ];
    for (const hint of ignored) {
      it(`ignores ${typeof hint === 'string' && hint.length > 40 ? 'a megabyte' : JSON.stringify(hint)}`, () => {
        const hints = { kakaoTalkVersion: hint as string };
        expect(parseClient(kakaoTalk, hints)).to.deep.equal({
          platform: 'ios',
          inApp: 'kakaotalk',
          kakaoTalkVersion: '10.5.0',
          needsUpdate: false,
        });
        expect(parseClient(chrome, hints)).to.deep.equal({ platform: 'android', inApp: null, kakaoTalkVersion: null, needsUpdate: false });
      });
    }

    it('ignores hints that are not an object', () => {
      expect(parseClient(kakaoTalk, null as never).kakaoTalkVersion).to.equal('10.5.0');
      expect(parseClient(MAC_SAFARI, { maxTouchPoints: '5' as never }).platform).to.equal('desktop');
    });
  });

  describe('hostile input', () => {
    for (const input of [undefined, null, 42, {}, [], Symbol('ua'), new String('KAKAOTALK 10.5.0')]) {
      it(`reads ${String(input)} (${typeof input}) as a plain desktop`, () => {
        expect(parseClient(input as unknown as string)).to.deep.equal({
          platform: 'desktop',
          inApp: null,
          kakaoTalkVersion: null,
          needsUpdate: false,
        });
        expect(platformOf(input as unknown as string)).to.equal('desktop');
      });
    }

    const megabyte = 1_000_000;
    const huge: [string, string][] = [
      ['letters', 'a'.repeat(megabyte)],
      ['repeated KakaoTalk tokens', 'KAKAOTALK '.repeat(megabyte / 10)],
      ['repeated glued tokens', 'kakaotalkkakaotalk1.'.repeat(megabyte / 20)],
      ['digits and dots', `KAKAOTALK ${'1.'.repeat(megabyte / 2)}`],
      ['webview markers', '; wv'.repeat(megabyte / 4)],
      ['parentheses', `Mozilla/5.0 (${'('.repeat(megabyte)}`],
      ['NAVER openings', 'NAVER(inap'.repeat(megabyte / 10)],
      ['Line tokens', 'Line/'.repeat(megabyte / 5)],
    ];
    for (const [name, userAgent] of huge) {
      it(`reads a megabyte of ${name} quickly`, () => {
        const start = performance.now();
        const client = parseClient(userAgent, { kakaoTalkVersion: userAgent, maxTouchPoints: 5 });
        platformOf(userAgent, 5);
        expect(performance.now() - start).to.be.below(100);
        expect(client.needsUpdate).to.equal(false);
      });
    }

    it('finds the in-app token after a megabyte of padding, and the OS before it', () => {
      const padded = `${IPHONE} ${'x'.repeat(megabyte)} Mobile/15E148 KAKAOTALK/10.8.0 (INAPP)`;
      expect(parseClient(padded)).to.deep.equal({ platform: 'ios', inApp: 'kakaotalk', kakaoTalkVersion: '10.8.0', needsUpdate: false });
    });

    it('never throws and always answers in shape (property)', () => {
      const platforms = ['ios', 'android', 'desktop'];
      const inApps = [null, 'kakaotalk', 'naver', 'daum', 'instagram', 'facebook', 'line', 'webview'];
      const pieces = fc.constantFrom(
        'KAKAOTALK',
        'Kakaotalk',
        ' ',
        ';',
        '/',
        '.',
        '5',
        '8',
        '10',
        '(INAPP)',
        '; wv)',
        'iPhone',
        'Android',
        'Macintosh',
        'Safari/',
        'AppleWebKit/',
        'NAVER(inapp;',
        'Line/1',
        'kakaotalk-scrap',
      );
      const userAgent = fc.oneof(
        fc.string({ unit: 'binary' }),
        fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join('')),
      );
      fc.assert(
        fc.property(userAgent, fc.option(fc.string()), fc.option(fc.integer()), (ua, hint, touch) => {
          const client = parseClient(ua, { kakaoTalkVersion: hint ?? undefined, maxTouchPoints: touch ?? undefined });
          expect(Object.keys(client)).to.deep.equal(['platform', 'inApp', 'kakaoTalkVersion', 'needsUpdate']);
          expect(platforms).to.include(client.platform);
          expect(inApps).to.include(client.inApp);
          const version = client.kakaoTalkVersion;
          expect(client.needsUpdate).to.equal(version !== null && compareVersions(version, MIN_KAKAOTALK_VERSION) < 0);
          expect(client.platform).to.equal(platformOf(ua, touch ?? 0));
        }),
        { numRuns: 500 },
      );
    });
  });
});

describe('platformOf', () => {
  const table: [string, number, Platform][] = [
    [`${IPHONE} Mobile/15E148 Safari/604.1`, 0, 'ios'],
    [`${ANDROID_WV};KAKAOTALK 10.5.5`, 0, 'android'],
    [MAC_SAFARI, 0, 'desktop'],
    [MAC_SAFARI, 5, 'ios'],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', 10, 'desktop'],
  ];
  for (const [userAgent, maxTouchPoints, platform] of table) {
    it(`reads ${platform} from ${userAgent.slice(13, 40)}… with ${maxTouchPoints} touch points`, () => {
      expect(platformOf(userAgent, maxTouchPoints)).to.equal(platform);
    });
  }
});
