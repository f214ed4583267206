import { aTimeout, expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setUserAgent } from '@web/test-runner-commands';
import '../../../src/elements/consult-button/consult-button.define.js';
import type { ConsultConsentDetail, KakaoConsultButton } from '../../../src/elements/consult-button/consult-button.js';
import { captureConsole } from '../../support/capture-console.js';
import { spyOnLaunches, type LaunchSpy } from '../../support/launch-spy.js';
import { mount } from '../../support/mount.js';
import { USER_AGENTS } from '../../support/user-agents.js';
import { button, dialog } from '../../support/queries.js';

const IPHONE = USER_AGENTS.iphone;
const DESKTOP = USER_AGENTS.desktop;

const action = (element: KakaoConsultButton, name: RegExp) =>
  [...dialog(element, 'consent').querySelectorAll<HTMLButtonElement>('.dialog-actions button')].find((candidate) =>
    name.test(candidate.textContent!),
  )!;

/** Every request the page tried to send, as one string, to search for member data. */
const everythingSent = (spy: LaunchSpy) => JSON.stringify([spy.opens, spy.submits]);

async function consentButton(attributes = '') {
  const element = await mount<KakaoConsultButton>(html`<div></div>`);
  element.innerHTML = `<kakao-consult-button pc-mode="popup" channel="@brand" placement="mypage" member-id="A1029" member-grade="VIP" consent="required" ${attributes}></kakao-consult-button>`;
  const consult = element.firstElementChild as KakaoConsultButton;
  await consult.updateComplete;
  return consult;
}

describe('<kakao-consult-button consent="required">', () => {
  let spy: LaunchSpy;
  beforeEach(() => {
    spy = spyOnLaunches();
    localStorage.clear();
    sessionStorage.clear();
  });
  afterEach(async () => {
    spy.restore();
    for (const open of document.querySelectorAll('kakao-consult-button')) open.shadowRoot?.querySelector('dialog')?.close();
    await setUserAgent(DESKTOP);
  });

  it('asks first: the dialog opens with focus inside, and nothing is sent', async () => {
    const element = await consentButton();
    button(element).click();
    expect(dialog(element, 'consent').open).to.equal(true);
    expect(dialog(element, 'consent').matches(':modal')).to.equal(true);
    expect(dialog(element, 'consent').contains(element.shadowRoot!.activeElement)).to.equal(true);
    expect(dialog(element, 'consent').textContent).to.contain('개인정보 수집·이용 동의').and.contain('동의하고 상담하기');
    expect(spy.opens).to.deep.equal([]);
    expect(spy.submits).to.deep.equal([]);
  });

  it('launches on agree, with the member fields, and reports the consent', async () => {
    const element = await consentButton('consent-version="2026-11"');
    const answers: boolean[] = [];
    element.addEventListener('consult-consent', (event) => answers.push(event.detail.granted));
    button(element).click();
    const consented = oneEvent(element, 'consult-consent');
    action(element, /동의하고 상담하기/).click();
    const { detail } = (await consented) as CustomEvent<ConsultConsentDetail>;
    await aTimeout(0); // the dialog's close event is a task of its own
    expect(answers, 'one answer, no decline after closing').to.deep.equal([true]);
    expect(detail.granted).to.equal(true);
    expect(detail.version).to.equal('2026-11');
    expect(Date.now() - Date.parse(detail.at)).to.be.within(0, 5000);
    expect(dialog(element, 'consent').open).to.equal(false);
    expect(spy.submits).to.have.length(1);
    expect(spy.submits[0]!.fields.extra).to.match(/^p=mypage;m=A1029;g=VIP/);
  });

  it('launches directly on a second click once agreed', async () => {
    const element = await consentButton();
    button(element).click();
    action(element, /동의하고/).click();
    button(element).click();
    expect(dialog(element, 'consent').open).to.equal(false);
    expect(spy.submits).to.have.length(2);
  });

  it('asks again when the notice version changes', async () => {
    const element = await consentButton('consent-version="1"');
    button(element).click();
    action(element, /동의하고/).click();
    element.consentVersion = '2';
    await element.updateComplete;
    button(element).click();
    expect(dialog(element, 'consent').open).to.equal(true);
    expect(spy.submits).to.have.length(1);
  });

  it('asks every time with consent-remember="none", and stores nothing', async () => {
    const element = await consentButton('consent-remember="none"');
    for (let round = 1; round <= 2; round += 1) {
      button(element).click();
      expect(dialog(element, 'consent').open, `round ${round}`).to.equal(true);
      action(element, /동의하고/).click();
    }
    expect(spy.submits).to.have.length(2);
    expect(localStorage.length + sessionStorage.length).to.equal(0);
  });

  it('keeps consent for the session only with consent-remember="session"', async () => {
    const element = await consentButton('consent-remember="session"');
    button(element).click();
    action(element, /동의하고/).click();
    expect(localStorage.length).to.equal(0);
    expect(JSON.parse(sessionStorage.getItem('kakao-consult-button:consent:@brand')!).version).to.equal('1');
  });

  for (const [how, dismiss] of [
    ['취소', (element: KakaoConsultButton) => action(element, /취소/).click()],
    ['Escape', () => sendKeys({ press: 'Escape' })],
    [
      'a click outside',
      (element: KakaoConsultButton) => dialog(element, 'consent').dispatchEvent(new MouseEvent('click', { bubbles: true })),
    ],
  ] as const) {
    it(`launches nothing when declined by ${how}, and never sends member data`, async () => {
      const element = await consentButton();
      button(element).click();
      const answers: boolean[] = [];
      element.addEventListener('consult-consent', (event) => answers.push(event.detail.granted));
      const answered = oneEvent(element, 'consult-consent');
      await dismiss(element);
      await answered;
      // Any second event would come from the same close handler, before this line.
      expect(answers, 'one event per answer').to.deep.equal([false]);
      expect(dialog(element, 'consent').open).to.equal(false);
      expect(spy.opens).to.deep.equal([]);
      expect(spy.submits).to.deep.equal([]);
      button(element).click();
      expect(dialog(element, 'consent').open, 'asks again').to.equal(true);
      expect(everythingSent(spy)).not.to.contain('A1029');
      expect(localStorage.length).to.equal(0);
    });
  }

  it('works by keyboard alone: Enter opens, Tab reaches agree, focus returns after cancel', async () => {
    const element = await consentButton();
    button(element).focus();
    await sendKeys({ press: 'Enter' });
    expect(dialog(element, 'consent').open).to.equal(true);
    await sendKeys({ press: 'Escape' });
    expect(dialog(element, 'consent').open).to.equal(false);
    expect(element.shadowRoot!.activeElement, 'focus back on the button').to.equal(button(element));

    await sendKeys({ press: 'Enter' });
    const agree = action(element, /동의하고/);
    for (let step = 0; step < 6 && element.shadowRoot!.activeElement !== agree; step += 1) await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement).to.equal(agree);
    await sendKeys({ press: 'Enter' });
    expect(spy.submits).to.have.length(1);
  });

  it('has no accessibility violations with the dialog open', async () => {
    const element = await consentButton('consent-href="/privacy"');
    button(element).click();
    await expect(element).to.be.accessible();
  });

  it('shows a structured notice, the site slot, and only safe policy links', async () => {
    const warnings = captureConsole('warn');
    const element = await consentButton('consent-href="javascript:alert(1)"').finally(warnings.restore);
    expect(dialog(element, 'consent').querySelector('a') === null).to.equal(true);
    expect(warnings.lines).to.deep.equal([
      '<kakao-consult-button> consent-href: consent-href "javascript:alert(1)" is neither https nor a path on this site; the consent dialog shows no policy link.',
    ]);
    element.consent = {
      purpose: '상담 문의 처리',
      items: '회원번호, 회원등급',
      retention: '상담 종료 후 3년',
      processors: '카카오',
      href: 'https://shop.example/privacy',
    };
    await element.updateComplete;
    const terms = [...dialog(element, 'consent').querySelectorAll('dt')].map((term) => term.textContent);
    expect(terms).to.deep.equal(['수집 목적', '수집 항목', '보유 기간', '처리 위탁']);
    expect(dialog(element, 'consent').querySelector('a')!.href).to.equal('https://shop.example/privacy');

    const notice = document.createElement('p');
    notice.slot = 'consent';
    notice.textContent = '사이트가 직접 쓴 안내문';
    element.append(notice);
    const slot = dialog(element, 'consent').querySelector<HTMLSlotElement>('slot[name="consent"]')!;
    expect(slot.assignedElements()).to.deep.equal([notice]);
  });

  it('asks each time when storage throws (private mode), and still launches', async () => {
    const { getItem, setItem } = Storage.prototype;
    Storage.prototype.getItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    Storage.prototype.setItem = Storage.prototype.getItem;
    try {
      const element = await consentButton();
      for (let round = 1; round <= 2; round += 1) {
        button(element).click();
        expect(dialog(element, 'consent').open, `round ${round}`).to.equal(true);
        action(element, /동의하고/).click();
      }
      expect(spy.submits).to.have.length(2);
    } finally {
      Object.assign(Storage.prototype, { getItem, setItem });
    }
  });

  it('launches a phone in the same tab, inside the agree click', async () => {
    await setUserAgent(IPHONE);
    const element = await consentButton();
    button(element).click();
    action(element, /동의하고/).click();
    expect(spy.submits.map(({ target }) => target)).to.deep.equal(['_self']);
  });
});
