import { aTimeout, expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setUserAgent } from '@web/test-runner-commands';
import '../../../src/elements/consult-button/consult-button.define.js';
import type { ConsultLaunchDetail, ConsultProblemDetail, KakaoConsultButton } from '../../../src/elements/consult-button/consult-button.js';
import { spyOnLaunches, type LaunchSpy } from '../../support/launch-spy.js';
import { mount } from '../../support/mount.js';
import { captureConsole } from '../../support/capture-console.js';
import { USER_AGENTS, kakaoTalkIos } from '../../support/user-agents.js';
import { button, part } from '../../support/queries.js';

const ENDPOINT = 'https://bizmessage.kakao.com/chat/open';
const DESKTOP = USER_AGENTS.desktop;
const IOS_SAFARI = USER_AGENTS.iphone;
const kakaoIos = kakaoTalkIos;
const KAKAO_ANDROID_BUILD_ONLY = USER_AGENTS.kakaoTalkAndroidBuildOnly;
const ANDROID_WEBVIEW = USER_AGENTS.androidWebview;
const IOS_WEBVIEW = USER_AGENTS.iosWebview;

describe('<kakao-consult-button> and the KakaoTalk client', () => {
  let spy: LaunchSpy;
  let warnings: ReturnType<typeof captureConsole>;
  beforeEach(() => {
    spy = spyOnLaunches();
    warnings = captureConsole('warn');
  });
  afterEach(async () => {
    spy.restore();
    warnings.restore();
    delete (window as { webkit?: unknown }).webkit;
    delete (window as { kakaoConsult?: unknown }).kakaoConsult;
    await setUserAgent(DESKTOP);
  });

  describe('the 5.8.0 warning', () => {
    it('asks users of KakaoTalk 5.7.9 to update, and still launches on a click', async () => {
      await setUserAgent(kakaoIos('5.7.9'));
      const element = document.createElement('kakao-consult-button');
      element.setAttribute('channel', '@brand');
      const warned = oneEvent(element, 'consult-warning');
      document.body.append(element);
      const { detail } = (await warned) as CustomEvent<ConsultProblemDetail>;
      expect(detail.field).to.equal('user-agent');
      expect(detail.message).to.contain('5.7.9').and.contain('5.8.0');
      const notice = part(element, 'update')!;
      expect(notice.textContent).to.contain('카카오톡 5.8.0 이상');
      expect(notice.querySelector('a')!.href).to.equal('https://apps.apple.com/app/id362057947');
      expect(button(element).getAttribute('aria-describedby')).to.contain('update');
      button(element).click();
      expect(spy.opens.map(({ target }) => target)).to.deep.equal(['_self']);
      expect(warnings.lines).to.have.length(1);
      element.remove();
    });

    for (const [name, userAgent] of [
      ['5.8.0', kakaoIos('5.8.0')],
      ['5.10.0', kakaoIos('5.10.0')],
      ['26.3.5 (a calendar version)', kakaoIos('26.3.5')],
      ['an unknown version (Safari)', IOS_SAFARI],
      ['an Android build code alone', KAKAO_ANDROID_BUILD_ONLY],
    ]) {
      it(`does not warn for ${name}`, async () => {
        await setUserAgent(userAgent!);
        const element = await mount<KakaoConsultButton>(html`<kakao-consult-button channel="@brand"></kakao-consult-button>`);
        expect(part(element, 'update') === null).to.equal(true);
        expect(warnings.lines).to.deep.equal([]);
      });
    }

    it('takes the version the host app knows, in English', async () => {
      const element = await mount<KakaoConsultButton>(
        html`<kakao-consult-button channel="@brand" lang="en" kakaotalk-version="5.2.1"></kakao-consult-button>`,
      );
      expect(part(element, 'update')!.textContent).to.contain('Consult needs KakaoTalk 5.8.0 or later');
      element.kakaotalkVersion = '10.4.2';
      await element.updateComplete;
      expect(part(element, 'update') === null).to.equal(true);
    });

    it('blames the user agent, not an unreadable kakaotalk-version, for an old KakaoTalk', async () => {
      await setUserAgent(kakaoIos('5.7.9'));
      const element = document.createElement('kakao-consult-button');
      element.setAttribute('channel', '@brand');
      element.setAttribute('kakaotalk-version', 'latest');
      const fields: string[] = [];
      element.addEventListener('consult-warning', (event) => fields.push(event.detail.field));
      document.body.append(element);
      await element.updateComplete;
      expect(fields).to.deep.equal(['kakaotalk-version', 'user-agent']);
      element.remove();
    });
  });

  describe('app webviews', () => {
    it('opens KakaoTalk through an Android intent in a webview, with the https launch as fallback', async () => {
      await setUserAgent(ANDROID_WEBVIEW);
      const element = await mount<KakaoConsultButton>(
        html`<kakao-consult-button channel="@brand" page-key="app_home"></kakao-consult-button>`,
      );
      const launched = oneEvent(element, 'consult-launch');
      button(element).click();
      expect(((await launched) as CustomEvent<ConsultLaunchDetail>).detail.target).to.equal('intent');
      const fallback = `${ENDPOINT}/@brand?extra=k%3Dapp_home`;
      expect(spy.opens).to.deep.equal([
        {
          url: `intent://bizmessage.kakao.com/chat/open/@brand?extra=k%3Dapp_home#Intent;scheme=https;package=com.kakao.talk;S.browser_fallback_url=${encodeURIComponent(fallback)};end`,
          target: '_self',
          features: undefined,
        },
      ]);
    });

    it("hands the request to an iOS app's message handler", async () => {
      await setUserAgent(IOS_WEBVIEW);
      const messages: unknown[] = [];
      (window as { webkit?: unknown }).webkit = {
        messageHandlers: { kakaoConsult: { postMessage: (message: unknown) => messages.push(message) } },
      };
      const element = await mount<KakaoConsultButton>(
        html`<kakao-consult-button channel="@brand" bridge="kakaoConsult" bot="true"></kakao-consult-button>`,
      );
      const launched = oneEvent(element, 'consult-launch');
      button(element).click();
      const { detail } = (await launched) as CustomEvent<ConsultLaunchDetail>;
      expect(detail.target).to.equal('bridge');
      expect(messages).to.deep.equal([detail.request]);
      expect(spy.opens).to.deep.equal([]);
      expect(spy.submits).to.deep.equal([]);
    });

    it("hands the request to an Android app's JavaScript interface as JSON", async () => {
      await setUserAgent(ANDROID_WEBVIEW);
      const calls: string[] = [];
      (window as { kakaoConsult?: unknown }).kakaoConsult = { openConsult: (json: string) => calls.push(json) };
      const element = await mount<KakaoConsultButton>(
        html`<kakao-consult-button channel="@brand" bridge="kakaoConsult"></kakao-consult-button>`,
      );
      const launched = oneEvent(element, 'consult-launch');
      button(element).click();
      const { detail } = (await launched) as CustomEvent<ConsultLaunchDetail>;
      expect(calls.map((json) => JSON.parse(json))).to.deep.equal([detail.request]);
      expect(spy.opens).to.deep.equal([]);
    });

    it('leaves the member out of an Android intent and its fallback, and says so once', async () => {
      await setUserAgent(ANDROID_WEBVIEW);
      const element = await mount<KakaoConsultButton>(
        html`<kakao-consult-button channel="@brand" placement="app" member-id="A1029" member-grade="VIP"></kakao-consult-button>`,
      );
      const told: string[] = [];
      element.addEventListener('consult-warning', (event) => told.push(event.detail.field));
      const launched = oneEvent(element, 'consult-launch');
      button(element).click();
      const { detail } = (await launched) as CustomEvent<ConsultLaunchDetail>;
      expect([detail.target, detail.request.method]).to.deep.equal(['intent', 'GET']);
      const intent = spy.opens[0]!.url;
      expect(intent).to.match(/^intent:\/\/.*p%3Dapp/);
      for (const leak of ['A1029', 'VIP', 'm%3D', 'g%3D'])
        expect(decodeURIComponent(intent), leak).not.to.contain(leak.replace('%3D', '='));
      button(element).click();
      expect(told).to.deep.equal(['member']);
      expect(warnings.lines).to.have.length(1);
    });

    it('gives a bridge the POST form with the member, and a url without it', async () => {
      await setUserAgent(ANDROID_WEBVIEW);
      const calls: string[] = [];
      (window as { kakaoConsult?: unknown }).kakaoConsult = { openConsult: (json: string) => calls.push(json) };
      const element = await mount<KakaoConsultButton>(
        html`<kakao-consult-button channel="@brand" bridge="kakaoConsult" placement="app" member-id="A1029"></kakao-consult-button>`,
      );
      button(element).click();
      const payload = JSON.parse(calls[0]!);
      expect(payload.method).to.equal('POST');
      expect(payload.action).to.equal(ENDPOINT);
      expect(payload.fields).to.deep.equal({ uuid: '@brand', extra: 'p=app;m=A1029;k=/' });
      expect(payload.url).to.equal(`${ENDPOINT}/@brand?extra=p%3Dapp%3Bk%3D%2F`);
    });

    it('falls back to the intent when the named bridge is missing', async () => {
      await setUserAgent(ANDROID_WEBVIEW);
      const element = await mount<KakaoConsultButton>(
        html`<kakao-consult-button channel="@brand" bridge="kakaoConsult"></kakao-consult-button>`,
      );
      button(element).click();
      expect(spy.opens[0]!.url).to.match(/^intent:\/\//);
    });

    it('refuses a bridge name that is not an identifier', async () => {
      (window as unknown as Record<string, unknown>)['a.b'] = { openConsult: () => expect.fail('must not be called') };
      const element = document.createElement('kakao-consult-button');
      element.setAttribute('channel', '@brand');
      element.setAttribute('bridge', 'a.b');
      element.setAttribute('pc-mode', 'popup');
      const warned = oneEvent(element, 'consult-warning');
      document.body.append(element);
      expect(((await warned) as CustomEvent<ConsultProblemDetail>).detail.field).to.equal('bridge');
      button(element).click();
      expect(spy.opens).to.have.length(1);
      element.remove();
      delete (window as unknown as Record<string, unknown>)['a.b'];
    });

    it('lets the host app take over by cancelling consult-launch', async () => {
      await setUserAgent(ANDROID_WEBVIEW);
      const element = await mount<KakaoConsultButton>(html`<kakao-consult-button channel="@brand"></kakao-consult-button>`);
      element.addEventListener('consult-launch', (event) => event.preventDefault());
      button(element).click();
      expect(spy.opens).to.deep.equal([]);
    });
  });

  describe('when KakaoTalk does not open', () => {
    it('offers the store and a retry if the page is still visible 1.5 s after the launch', async () => {
      await setUserAgent(IOS_SAFARI);
      const element = await mount<KakaoConsultButton>(html`<kakao-consult-button channel="@brand"></kakao-consult-button>`);
      button(element).click();
      await aTimeout(1000);
      expect(part(element, 'fallback') === null, 'not before 1.5 s').to.equal(true);
      await waitUntil(() => part(element, 'fallback'), 'no fallback shown', { timeout: 2000 });
      const fallback = part(element, 'fallback')!;
      expect(fallback.getAttribute('role')).to.equal('status');
      expect(fallback.textContent).to.contain('카카오톡이 열리지 않았나요?');
      expect(fallback.querySelector('a')!.href).to.equal('https://apps.apple.com/app/id362057947');
      fallback.querySelector('button')!.click();
      expect(spy.opens).to.have.length(2);
      await element.updateComplete;
      expect(part(element, 'fallback') === null).to.equal(true);
    });

    it('stays quiet when KakaoTalk took over (the page was hidden)', async () => {
      await setUserAgent(IOS_SAFARI);
      const element = await mount<KakaoConsultButton>(html`<kakao-consult-button channel="@brand"></kakao-consult-button>`);
      button(element).click();
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
      delete (document as { visibilityState?: string }).visibilityState;
      await aTimeout(1700);
      expect(part(element, 'fallback') === null).to.equal(true);
    });

    it('does not watch on a PC, where the popup is the consult', async () => {
      const element = await mount<KakaoConsultButton>(html`<kakao-consult-button channel="@brand" pc-mode="popup"></kakao-consult-button>`);
      button(element).click();
      await aTimeout(1700);
      expect(part(element, 'fallback') === null).to.equal(true);
    });
  });
});
