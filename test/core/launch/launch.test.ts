import { expect } from '@open-wc/testing';
import { ConsultInputError } from '../../../src/core/errors.js';
import { buildLaunch, DEFAULT_ENDPOINT, type LaunchOptions } from '../../../src/core/launch/launch.js';

/** Runs `buildLaunch` expecting a refusal; returns the error so the test can read it. */
function refusal(options: LaunchOptions): ConsultInputError {
  try {
    buildLaunch(options);
  } catch (error) {
    expect(error).to.be.instanceOf(ConsultInputError);
    return error as ConsultInputError;
  }
  throw new Error(`expected ${JSON.stringify(options)} to be refused`);
}

describe('buildLaunch', () => {
  describe('channel', () => {
    const valid: [string, string, string][] = [
      ['@mybrand', '@mybrand', `${DEFAULT_ENDPOINT}/@mybrand`],
      ['@nze3mzc4mwjlc3r', '@nze3mzc4mwjlc3r', `${DEFAULT_ENDPOINT}/@nze3mzc4mwjlc3r`],
      [
        '@sk렌터카new고객센터',
        '@sk렌터카new고객센터',
        `${DEFAULT_ENDPOINT}/@sk%EB%A0%8C%ED%84%B0%EC%B9%B4new%EA%B3%A0%EA%B0%9D%EC%84%BC%ED%84%B0`,
      ],
      ['  @my_brand.kr-1 ', '@my_brand.kr-1', `${DEFAULT_ENDPOINT}/@my_brand.kr-1`],
      // Decomposed Hangul (as pasted from macOS) becomes the composed form the server knows.
      ['@\u1100\u1161\u11a8', '@각', `${DEFAULT_ENDPOINT}/@%EA%B0%81`],
    ];
    for (const [input, uuid, url] of valid) {
      it(`accepts ${JSON.stringify(input)}`, () => {
        const request = buildLaunch({ channel: input });
        expect(request.fields).to.deep.equal({ uuid });
        expect(request.url).to.equal(url);
        expect(request.method).to.equal('GET');
        expect(request.action).to.equal(url);
      });
    }

    const invalid: [unknown, RegExp][] = [
      [undefined, /missing/],
      ['', /missing/],
      ['   ', /missing/],
      [null, /missing/],
      [42, /^channel is a number, not text: .*"@mybrand"/],
      [{ id: '@brand' }, /^channel is an object, not text/],
      [true, /^channel is a boolean, not text/],
      ['mybrand', /must start with "@": did you mean "@mybrand"\?/],
      ['_xkxkxk', /public ID.*search ID/],
      ['https://pf.kakao.com/_xkxkxk', /public ID/],
      ['@', /not a search ID/],
      ['@my brand', /not a search ID/],
      ['@brand/../../admin', /not a search ID/],
      ['@brand?extra=x', /not a search ID/],
      ['@brand#x', /not a search ID/],
      ['@brand%2F', /not a search ID/],
      ['@<script>', /not a search ID/],
      [`@${'a'.repeat(61)}`, /not a search ID/],
      ['@brand\u202e', /not a search ID/],
    ];
    for (const [input, message] of invalid) {
      it(`refuses ${JSON.stringify(input)}`, () => {
        const error = refusal({ channel: input as string });
        expect(error.field).to.equal('channel');
        expect(error.message).to.match(message);
      });
    }

    it('keeps a megabyte of input out of the message', () => {
      const error = refusal({ channel: `@${'x'.repeat(1_000_000)}` });
      expect(error.message.length).to.be.below(200);
    });
  });

  describe('endpoint', () => {
    const accepted: [string | undefined, string][] = [
      [undefined, DEFAULT_ENDPOINT],
      ['', DEFAULT_ENDPOINT],
      ['https://dealer.example/consult/open', 'https://dealer.example/consult/open'],
      ['https://dealer.example/consult/open/', 'https://dealer.example/consult/open'],
      ['http://localhost:8000/chat/open', 'http://localhost:8000/chat/open'],
      ['http://127.0.0.1:9/x', 'http://127.0.0.1:9/x'],
      ['http://[::1]:9/x', 'http://[::1]:9/x'],
    ];
    for (const [endpoint, base] of accepted) {
      it(`accepts ${JSON.stringify(endpoint)}`, () => {
        expect(buildLaunch({ channel: '@brand', endpoint }).url).to.equal(`${base}/@brand`);
      });
    }

    const refused: [string, RegExp][] = [
      ['bizmessage.kakao.com/chat/open', /not an absolute URL/],
      ['http://bizmessage.kakao.com/chat/open', /must use https/],
      ['http://localhost.evil.example/x', /must use https/],
      ['javascript:alert(1)', /must use https/],
      ['data:text/html,hi', /must use https/],
      ['ftp://localhost/x', /must use https/],
      ['https://user:pass@dealer.example/x', /credentials/],
      ['https://dealer.example/x?y=1', /query/],
      ['https://dealer.example/x#y', /fragment/],
      [`https://dealer.example/${'x'.repeat(500)}`, /at most 500/],
    ];
    for (const [endpoint, message] of refused) {
      it(`refuses ${endpoint}`, () => {
        const error = refusal({ channel: '@brand', endpoint });
        expect(error.field).to.equal('endpoint');
        expect(error.message).to.match(message);
      });
    }

    it('refuses an endpoint that is not a string, on the endpoint field', () => {
      const endpoint = { toString: () => 'javascript:alert(1)' } as unknown as string;
      const error = refusal({ channel: '@brand', endpoint });
      expect(error.field).to.equal('endpoint');
      expect(error.message).to.match(/must be a string/);
    });
  });

  describe('bot and event', () => {
    it('sends a POST with the mode when bot is set', () => {
      for (const bot of ['true', 'false', 'auto'] as const) {
        const request = buildLaunch({ channel: '@brand', bot });
        expect(request.method).to.equal('POST');
        expect(request.action).to.equal(DEFAULT_ENDPOINT);
        expect(request.fields).to.deep.equal({ uuid: '@brand', bot });
        expect(request.url).to.equal(`${DEFAULT_ENDPOINT}/@brand?bot=${bot}`);
      }
    });

    it('takes booleans for bot', () => {
      expect(buildLaunch({ channel: '@brand', bot: true }).fields.bot).to.equal('true');
      expect(buildLaunch({ channel: '@brand', bot: false }).fields.bot).to.equal('false');
    });

    it('treats an empty bot as unset', () => {
      expect(buildLaunch({ channel: '@brand', bot: '' }).method).to.equal('GET');
    });

    for (const bot of ['yes', 'TRUE', '1', ' true']) {
      it(`refuses bot ${JSON.stringify(bot)}`, () => {
        const error = refusal({ channel: '@brand', bot });
        expect(error.field).to.equal('bot');
        expect(error.message).to.contain('"true" (chatbot first), "false" (an agent) or "auto"');
      });
    }

    it('sends an event with the bot, encoded in the URL', () => {
      const request = buildLaunch({ channel: '@brand', bot: 'true', event: '배송 문의&x=1' });
      expect(request.method).to.equal('POST');
      expect(request.fields).to.deep.equal({ uuid: '@brand', bot: 'true', event: '배송 문의&x=1' });
      expect(request.url).to.equal(`${DEFAULT_ENDPOINT}/@brand?bot=true&event=%EB%B0%B0%EC%86%A1%20%EB%AC%B8%EC%9D%98%26x%3D1`);
    });

    it('sends an event alone as a POST (the bot mode is the session default)', () => {
      const request = buildLaunch({ channel: '@brand', event: 'welcome' });
      expect(request.method).to.equal('POST');
      expect(request.fields).to.deep.equal({ uuid: '@brand', event: 'welcome' });
    });

    it('refuses an event when bot is false', () => {
      expect(refusal({ channel: '@brand', bot: 'false', event: 'welcome' }).field).to.equal('event');
    });

    it('takes an event of exactly 100 characters and refuses 101', () => {
      expect(buildLaunch({ channel: '@brand', event: 'e'.repeat(100) }).fields.event).to.have.length(100);
      const error = refusal({ channel: '@brand', event: 'e'.repeat(101) });
      expect(error.field).to.equal('event');
      expect(error.message).to.contain('101 characters').and.contain('at most 100');
    });
  });

  describe('extra', () => {
    it('rides in the GET query, percent-encoded', () => {
      const request = buildLaunch({ channel: '@brand', extra: 'p=홈/배너 1&c=봄+세일' });
      expect(request.method).to.equal('GET');
      expect(request.fields.extra).to.equal('p=홈/배너 1&c=봄+세일');
      const url = new URL(request.url);
      expect(url.searchParams.get('extra')).to.equal('p=홈/배너 1&c=봄+세일');
      expect(request.url).to.contain('extra=p%3D%ED%99%88%2F%EB%B0%B0%EB%84%88%201%26c%3D%EB%B4%84%2B%EC%84%B8%EC%9D%BC');
    });

    it('orders the query extra, bot, event', () => {
      const request = buildLaunch({ channel: '@brand', event: 'e', bot: 'auto', extra: 'x' });
      expect(request.url).to.equal(`${DEFAULT_ENDPOINT}/@brand?extra=x&bot=auto&event=e`);
      expect(request.fields).to.deep.equal({ uuid: '@brand', extra: 'x', bot: 'auto', event: 'e' });
    });

    it('takes 50 characters, Korean included, and refuses 51', () => {
      expect(buildLaunch({ channel: '@brand', extra: '가'.repeat(50) }).fields.extra).to.have.length(50);
      const error = refusal({ channel: '@brand', extra: '가'.repeat(51) });
      expect(error.field).to.equal('extra');
      expect(error.message).to.contain('51 characters').and.contain('at most 50');
    });

    it('counts an emoji as two characters, as a UTF-16 server does', () => {
      expect(() => buildLaunch({ channel: '@brand', extra: `${'a'.repeat(48)}😀` })).not.to.throw();
      expect(refusal({ channel: '@brand', extra: `${'a'.repeat(49)}😀` }).field).to.equal('extra');
    });

    for (const character of ['\n', '\u0000', '\u007f', '\u202e', '\u2066', '\u200b', '\u200e', '\u061c', '\u2028', '\ufeff']) {
      it(`refuses control or bidi character U+${character.codePointAt(0)!.toString(16).padStart(4, '0')}`, () => {
        const error = refusal({ channel: '@brand', extra: `a${character}b` });
        expect(error.field).to.equal('extra');
        expect(error.message).to.match(/control or bidi/);
      });
    }

    it('goes as a POST when asked, with the same GET URL for links', () => {
      const request = buildLaunch({ channel: '@brand', extra: 'm=A1', post: true });
      expect(request.method).to.equal('POST');
      expect(request.action).to.equal(DEFAULT_ENDPOINT);
      expect(request.url).to.equal(`${DEFAULT_ENDPOINT}/@brand?extra=m%3DA1`);
    });

    it('refuses markup characters, which an agent console could render', () => {
      const error = refusal({ channel: '@brand', extra: '<img src=x onerror=alert(1)>' });
      expect(error.field).to.equal('extra');
      expect(error.message).to.contain('< or >');
    });

    it('treats null (a removed attribute) as unset', () => {
      const request = buildLaunch({
        channel: '@brand',
        extra: null as unknown as string,
        bot: null as unknown as string,
        event: null as unknown as string,
        endpoint: null as unknown as string,
      });
      expect(request.fields).to.deep.equal({ uuid: '@brand' });
      expect(request.url).to.equal(`${DEFAULT_ENDPOINT}/@brand`);
    });

    it('treats an empty extra as unset', () => {
      expect(buildLaunch({ channel: '@brand', extra: '' }).fields).to.deep.equal({ uuid: '@brand' });
    });
  });
});
