import { expect } from '@open-wc/testing';
import { androidIntentUrl, KAKAOTALK_PACKAGE, kakaoTalkStoreUrl } from '../../../src/core/launch/app-links.js';
import { ConsultInputError } from '../../../src/core/errors.js';

/**
 * Reads an intent URL the way Android's `Intent.parseUri` does: the data ends at the last `#`,
 * which must open `#Intent;`, then `name=value;` pairs up to `end`, values percent-decoded.
 */
function androidRead(intent: string): { data: string; extras: Record<string, string>; rest: string } {
  const hash = intent.lastIndexOf('#');
  expect(intent.startsWith('#Intent;', hash), 'fragment opens with #Intent;').to.equal(true);
  const extras: Record<string, string> = {};
  let i = hash + '#Intent;'.length;
  while (!intent.startsWith('end', i)) {
    const semi = intent.indexOf(';', i);
    expect(semi, 'every pair ends with ;').to.be.above(i);
    const pair = intent.slice(i, semi);
    const eq = pair.indexOf('=');
    extras[pair.slice(0, eq)] = decodeURIComponent(pair.slice(eq + 1));
    i = semi + 1;
  }
  return { data: intent.slice(0, hash), extras, rest: intent.slice(i + 'end'.length) };
}

describe('kakaoTalkStoreUrl', () => {
  it('sends iOS to the App Store, Android to Google Play, desktops to the KakaoTalk page', () => {
    expect(kakaoTalkStoreUrl('ios')).to.equal('https://apps.apple.com/app/id362057947');
    expect(kakaoTalkStoreUrl('android')).to.equal('https://play.google.com/store/apps/details?id=com.kakao.talk');
    expect(kakaoTalkStoreUrl('desktop')).to.equal('https://www.kakaocorp.com/page/service/service/KakaoTalk');
  });
});

describe('androidIntentUrl', () => {
  const table: [string, string][] = [
    [
      'https://bizmessage.kakao.com/chat/open/@mybrand',
      'intent://bizmessage.kakao.com/chat/open/@mybrand#Intent;scheme=https;package=com.kakao.talk;S.browser_fallback_url=https%3A%2F%2Fbizmessage.kakao.com%2Fchat%2Fopen%2F%40mybrand;end',
    ],
    [
      'https://bizmessage.kakao.com/chat/open/@brand?extra=p%3D1%26c%3D2&bot=true&event=welcome',
      'intent://bizmessage.kakao.com/chat/open/@brand?extra=p%3D1%26c%3D2&bot=true&event=welcome#Intent;scheme=https;package=com.kakao.talk;S.browser_fallback_url=https%3A%2F%2Fbizmessage.kakao.com%2Fchat%2Fopen%2F%40brand%3Fextra%3Dp%253D1%2526c%253D2%26bot%3Dtrue%26event%3Dwelcome;end',
    ],
    [
      'https://dealer.example:8443/open',
      'intent://dealer.example:8443/open#Intent;scheme=https;package=com.kakao.talk;S.browser_fallback_url=https%3A%2F%2Fdealer.example%3A8443%2Fopen;end',
    ],
  ];
  for (const [input, expected] of table) {
    it(`wraps ${input}`, () => {
      expect(androidIntentUrl(input)).to.equal(expected);
    });
  }

  const roundTrips = [
    'https://bizmessage.kakao.com/chat/open/@brand?extra=a;b%23c;end&bot=true',
    'https://bizmessage.kakao.com/chat/open/@sk렌터카new고객센터?extra=홈/배너 1&bot=auto',
    'https://bizmessage.kakao.com/chat/open/@brand?extra=x%3Bpackage%3Devil',
    'https://bizmessage.kakao.com/chat/open/@brand;x=1?',
  ];
  for (const input of roundTrips) {
    it(`keeps the Intent fragment intact for ${JSON.stringify(input)}`, () => {
      const intent = androidIntentUrl(input);
      const href = new URL(input).href;
      const read = androidRead(intent);
      expect(read.rest).to.equal('');
      expect(read.extras).to.deep.equal({ scheme: 'https', package: KAKAOTALK_PACKAGE, 'S.browser_fallback_url': href });
      expect(read.data.replace(/^intent:/, 'https:')).to.equal(href);
      expect(intent.split('#')).to.have.length(2);
    });
  }

  const refused: [unknown, RegExp][] = [
    ['http://bizmessage.kakao.com/chat/open/@brand', /must use https/],
    ['javascript:alert(1)', /must use https/],
    ['intent://bizmessage.kakao.com/chat/open/@brand#Intent;end', /must use https/],
    ['kakaotalk://plusfriend/chat/@brand', /must use https/],
    ['/chat/open/@brand', /not an absolute URL/],
    ['', /not an absolute URL/],
    [`http://${'x'.repeat(1_000_000)}`, /must use https/],
    ['https://user:secret@bizmessage.kakao.com/chat/open/@brand', /credentials or a fragment/],
    ['https://bizmessage.kakao.com/chat/open/@brand#top', /credentials or a fragment/],
    ['https://bizmessage.kakao.com/chat/open/@brand#', /credentials or a fragment/],
    // A raw `#` ends the query, so an injected intent fragment is a fragment, refused, not split.
    ['https://bizmessage.kakao.com/chat/open/@brand?extra=#Intent;package=evil;end', /credentials or a fragment/],
    [undefined, /must be a string/],
    [42, /must be a string/],
  ];
  for (const [input, message] of refused) {
    it(`refuses ${typeof input === 'string' ? JSON.stringify(input.slice(0, 60)) : String(input)}`, () => {
      let error: unknown;
      try {
        androidIntentUrl(input as string);
      } catch (caught) {
        error = caught;
      }
      expect(error).to.be.instanceOf(ConsultInputError);
      expect((error as ConsultInputError).field).to.equal('url');
      expect((error as ConsultInputError).message).to.match(message);
      expect((error as ConsultInputError).message.length).to.be.below(200);
    });
  }
});
