// `bridge="name"` in app frameworks' webviews, with stand-ins for what each injects into the
// page: React Native's `window.ReactNativeWebView`, a webview_flutter JavaScript channel
// (`window[name]`) and flutter_inappwebview's `window.flutter_inappwebview`. Each gets the
// same request as the native bridges: the POST form with member data, else the member-free URL.
import { expect, html, oneEvent } from '@open-wc/testing';
import { setUserAgent } from '@web/test-runner-commands';
import '../../../src/elements/consult-button/consult-button.define.js';
import type { ConsultLaunchDetail, KakaoConsultButton } from '../../../src/elements/consult-button/consult-button.js';
import { spyOnLaunches, type LaunchSpy } from '../../support/launch-spy.js';
import { mount } from '../../support/mount.js';
import { USER_AGENTS } from '../../support/user-agents.js';
import { button } from '../../support/queries.js';

const ENDPOINT = 'https://bizmessage.kakao.com/chat/open';
const page = window as unknown as Record<string, unknown>;

/** Clicks a button with these attributes and returns the launch it reported. */
async function launch(element: KakaoConsultButton): Promise<ConsultLaunchDetail> {
  const launched = oneEvent(element, 'consult-launch');
  button(element).click();
  return ((await launched) as CustomEvent<ConsultLaunchDetail>).detail;
}

describe("<kakao-consult-button> in app frameworks' webviews", () => {
  let spy: LaunchSpy;
  beforeEach(async () => {
    spy = spyOnLaunches();
    await setUserAgent(USER_AGENTS.androidWebview);
  });
  afterEach(async () => {
    spy.restore();
    for (const name of ['ReactNativeWebView', 'KakaoConsult', 'flutter_inappwebview']) delete page[name];
    await setUserAgent(USER_AGENTS.desktop);
  });

  it('React Native: posts the POST form with the member to window.ReactNativeWebView as JSON', async () => {
    const messages: string[] = [];
    page.ReactNativeWebView = { postMessage: (json: string) => messages.push(json) };
    const element = await mount<KakaoConsultButton>(
      html`<kakao-consult-button channel="@brand" bridge="ReactNativeWebView" placement="app" member-id="A1029"></kakao-consult-button>`,
    );
    const detail = await launch(element);
    expect(detail.target).to.equal('bridge');
    expect(messages.map((json) => JSON.parse(json))).to.deep.equal([detail.request]);
    expect(detail.request.method).to.equal('POST');
    expect(detail.request.fields).to.deep.equal({ uuid: '@brand', extra: 'p=app;m=A1029;k=/' });
    expect([spy.opens, spy.submits]).to.deep.equal([[], []]);
  });

  it('webview_flutter: posts the member-free request to the JavaScript channel named by bridge', async () => {
    const messages: string[] = [];
    page.KakaoConsult = { postMessage: (json: string) => messages.push(json) };
    const element = await mount<KakaoConsultButton>(
      html`<kakao-consult-button channel="@brand" bridge="KakaoConsult" placement="app"></kakao-consult-button>`,
    );
    const detail = await launch(element);
    const [request] = messages.map((json) => JSON.parse(json));
    expect(request).to.deep.equal(detail.request);
    expect([request.method, request.url]).to.deep.equal(['GET', `${ENDPOINT}/@brand?extra=p%3Dapp%3Bk%3D%2F`]);
    expect(spy.opens).to.deep.equal([]);
  });

  it("flutter_inappwebview: calls the app's handler named by bridge with the request", async () => {
    const calls: unknown[][] = [];
    page.flutter_inappwebview = { callHandler: (...args: unknown[]) => (calls.push(args), Promise.resolve(null)) };
    const element = await mount<KakaoConsultButton>(
      html`<kakao-consult-button channel="@brand" bridge="kakaoConsult" placement="app" member-id="A1029"></kakao-consult-button>`,
    );
    const detail = await launch(element);
    expect(calls).to.deep.equal([['kakaoConsult', detail.request]]);
    expect(spy.opens).to.deep.equal([]);
  });

  it('never takes a window (bridge="self") for a channel: the page\'s own postMessage is no app', async () => {
    const element = await mount<KakaoConsultButton>(html`<kakao-consult-button channel="@brand" bridge="self"></kakao-consult-button>`);
    const detail = await launch(element);
    expect(detail.target).to.equal('intent');
    expect(spy.opens[0]!.url).to.match(/^intent:\/\//);
  });
});
