import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/consult-button/consult-button.define.js';
import { buildLaunch } from '../../../src/core/launch/launch.js';
import type { ConsultLaunchDetail, ConsultQrOpenDetail, KakaoConsultButton } from '../../../src/elements/consult-button/consult-button.js';
import { decodeQrElement } from '../../support/decode-qr.js';
import { spyOnLaunches, type LaunchSpy } from '../../support/launch-spy.js';
import { mount } from '../../support/mount.js';
import { captureConsole } from '../../support/capture-console.js';
import { button } from '../../support/queries.js';

const panel = (element: KakaoConsultButton) => element.shadowRoot!.querySelector<HTMLDialogElement>('dialog#panel')!;
/** The panel is rendered on first use only, so "not open" includes "not there". */
const panelOpen = (element: KakaoConsultButton) => element.shadowRoot!.querySelector<HTMLDialogElement>('dialog#panel')?.open ?? false;
const panelButton = (element: KakaoConsultButton, name: RegExp) =>
  [...panel(element).querySelectorAll<HTMLButtonElement>('.dialog-actions button')].find((candidate) => name.test(candidate.textContent!));
const qrOf = (element: KakaoConsultButton) => panel(element).querySelector('kakao-consult-qr');

/** Clicks the button and waits until the panel's QR code is drawn. */
async function openPanel(element: KakaoConsultButton): Promise<ConsultQrOpenDetail> {
  const opened = oneEvent(element, 'consult-qr-open');
  button(element).click();
  const { detail } = (await opened) as CustomEvent<ConsultQrOpenDetail>;
  await waitUntil(() => qrOf(element)?.shadowRoot?.querySelector('svg'), 'the QR code was not drawn', { timeout: 4000 });
  return detail;
}

describe('<kakao-consult-button> on a PC: the login-or-QR panel', () => {
  let spy: LaunchSpy;
  let testPage: string;
  beforeEach(() => {
    spy = spyOnLaunches();
    testPage = location.href;
    history.replaceState(null, '', '/product/77');
    localStorage.clear();
  });
  afterEach(() => {
    spy.restore();
    history.replaceState(null, '', testPage);
    for (const element of document.querySelectorAll('kakao-consult-button'))
      element.shadowRoot?.querySelector<HTMLDialogElement>('dialog[open]')?.close();
  });

  it('opens a modal panel with a QR code of the GET launch, and sends nothing yet', async () => {
    const element = await mount<KakaoConsultButton>(
      html`<kakao-consult-button channel="@brand" placement="detail"></kakao-consult-button>`,
    );
    const detail = await openPanel(element);
    expect(panel(element).matches(':modal')).to.equal(true);
    expect(detail.platform).to.equal('desktop');
    expect(detail.request.url).to.equal(buildLaunch({ channel: '@brand', extra: 'p=detail;k=/product/77' }).url);
    expect(await decodeQrElement(qrOf(element)!)).to.equal(detail.request.url);
    expect(panel(element).textContent).to.contain('휴대폰 카메라로 QR 코드를 찍으면');
    expect(spy.opens).to.deep.equal([]);
    expect(spy.submits).to.deep.equal([]);
  });

  for (const [name, markup, extra] of [
    [
      'a Korean channel ID',
      html`<kakao-consult-button channel="@sk렌터카new고객센터" placement="렌터카_메인"></kakao-consult-button>`,
      'p=렌터카_메인;k=/product/77',
    ],
    [
      'a chatbot launch',
      html`<kakao-consult-button channel="@brand" bot="true" event="order_status" campaign="fall"></kakao-consult-button>`,
      'c=fall;k=/product/77',
    ],
    ['a pre-signed extra', html`<kakao-consult-button channel="@brand" extra="p=x~AbCdEf12"></kakao-consult-button>`, 'p=x~AbCdEf12'],
  ] as const) {
    it(`encodes exactly the launch URL for ${name}`, async () => {
      const element = await mount<KakaoConsultButton>(markup);
      const { request } = await openPanel(element);
      expect(request.fields.extra).to.equal(extra);
      expect(await decodeQrElement(qrOf(element)!)).to.equal(request.url);
    });
  }

  it('opens the consult popup from "PC에서 카카오계정으로 열기", with the same request', async () => {
    const element = await mount<KakaoConsultButton>(
      html`<kakao-consult-button channel="@brand" placement="detail"></kakao-consult-button>`,
    );
    const { request } = await openPanel(element);
    const launched = oneEvent(element, 'consult-launch');
    panelButton(element, /PC에서 카카오계정으로 열기/)!.click();
    const { detail } = (await launched) as CustomEvent<ConsultLaunchDetail>;
    expect(detail.target).to.equal('popup');
    expect(detail.request).to.deep.equal(request);
    expect(spy.opens).to.deep.equal([{ url: request.url, target: 'kakao-consult', features: 'width=350,height=550' }]);
    expect(panel(element).open).to.equal(false);
  });

  it('offers only the QR code with pc-mode="qr", and the popup directly with pc-mode="popup"', async () => {
    const qrOnly = await mount<KakaoConsultButton>(html`<kakao-consult-button channel="@brand" pc-mode="qr"></kakao-consult-button>`);
    await openPanel(qrOnly);
    expect(panelButton(qrOnly, /PC/)).to.equal(undefined);
    const popup = await mount<KakaoConsultButton>(html`<kakao-consult-button channel="@brand" pc-mode="popup"></kakao-consult-button>`);
    button(popup).click();
    expect(panelOpen(popup), 'no panel').to.equal(false);
    expect(spy.opens).to.have.length(1);
  });

  it('works by keyboard alone: focus moves in, Tab reaches both actions, Escape closes and focus returns', async () => {
    const element = await mount<KakaoConsultButton>(html`<kakao-consult-button channel="@brand"></kakao-consult-button>`);
    button(element).focus();
    const opened = oneEvent(element, 'consult-qr-open');
    await sendKeys({ press: 'Enter' });
    await opened;
    const focusedInside = () => panel(element).contains(element.shadowRoot!.activeElement);
    expect(focusedInside(), 'focus moved into the panel').to.equal(true);
    const reached = new Set<string>();
    for (let step = 0; step < 6; step += 1) {
      reached.add(element.shadowRoot!.activeElement?.textContent?.trim() ?? '');
      await sendKeys({ press: 'Tab' });
    }
    expect([...reached]).to.include.members(['닫기', 'PC에서 카카오계정으로 열기']);
    await sendKeys({ press: 'Escape' });
    expect(panel(element).open).to.equal(false);
    expect(element.shadowRoot!.activeElement === button(element), 'focus back on the button').to.equal(true);
  });

  it('closes on a click outside and on 닫기, launching nothing', async () => {
    const element = await mount<KakaoConsultButton>(html`<kakao-consult-button channel="@brand"></kakao-consult-button>`);
    await openPanel(element);
    panel(element).dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(panel(element).open).to.equal(false);
    await openPanel(element);
    panelButton(element, /닫기/)!.click();
    expect(panel(element).open).to.equal(false);
    expect(spy.opens).to.deep.equal([]);
  });

  it('has no accessibility violations with the panel open', async () => {
    const element = await mount<KakaoConsultButton>(html`<kakao-consult-button channel="@brand" lang="en"></kakao-consult-button>`);
    await openPanel(element);
    await expect(element).to.be.accessible();
  });

  it('asks for consent first; the QR code then leaves the member out (said once), the PC path carries it by POST', async () => {
    const element = await mount<KakaoConsultButton>(
      html`<kakao-consult-button channel="@brand" member-id="A1029" consent="required" consent-remember="none"></kakao-consult-button>`,
    );
    const warnings = captureConsole('warn');
    const told: string[] = [];
    element.addEventListener('consult-warning', (event) => told.push(event.detail.field));
    button(element).click();
    const consent = element.shadowRoot!.querySelector<HTMLDialogElement>('dialog#consent')!;
    expect(consent.open).to.equal(true);
    expect(panelOpen(element)).to.equal(false);
    const opened = oneEvent(element, 'consult-qr-open');
    [...consent.querySelectorAll('button')].find((candidate) => /동의하고/.test(candidate.textContent!))!.click();
    const { detail } = (await opened) as CustomEvent<ConsultQrOpenDetail>;
    expect(detail.request.fields.extra).to.equal('k=/product/77');
    expect(detail.request.method).to.equal('GET');
    await waitUntil(() => qrOf(element)?.shadowRoot?.querySelector('svg'), 'the QR code was not drawn', { timeout: 4000 });
    const decoded = await decodeQrElement(qrOf(element)!);
    expect(decoded).to.equal(detail.request.url);
    expect(decoded).not.to.contain('A1029');
    expect(told).to.deep.equal(['member']);
    expect(warnings.lines.join('\n')).to.contain('only a URL travels here');
    warnings.restore();
    panelButton(element, /PC에서 카카오계정으로 열기/)!.click();
    expect(spy.submits.map(({ fields }) => fields.extra)).to.deep.equal(['m=A1029;k=/product/77']);
    expect(spy.opens.map(({ url }) => url)).to.deep.equal(['about:blank']);
  });

  it('never shows a panel, or a QR code with member data, when consent is declined', async () => {
    const element = await mount<KakaoConsultButton>(
      html`<kakao-consult-button channel="@brand" member-id="A1029" consent="required"></kakao-consult-button>`,
    );
    button(element).click();
    element.shadowRoot!.querySelector<HTMLDialogElement>('dialog#consent')!.close('cancel');
    expect(panelOpen(element)).to.equal(false);
    expect(element.shadowRoot!.querySelector('kakao-consult-qr') === null, 'no QR code').to.equal(true);
  });
});
