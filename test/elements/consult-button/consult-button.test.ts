import { aTimeout, expect, html, oneEvent } from '@open-wc/testing';
import { a11ySnapshot, emulateMedia, findAccessibilityNode, sendKeys, setUserAgent } from '@web/test-runner-commands';
import '../../../src/elements/consult-button/consult-button.define.js';
import { KakaoConsultButton } from '../../../src/elements/consult-button/consult-button.js';
import type { ConsultLaunchDetail, ConsultProblemDetail } from '../../../src/elements/consult-button/consult-button.js';
import { KAKAO_SYMBOL_PATH } from '../../../src/core/kakao-symbol.js';
import { preUpgradeCss } from '../../../src/core/launch/button-metrics.js';
import { spyOnLaunches, type LaunchSpy } from '../../support/launch-spy.js';
import { mount } from '../../support/mount.js';
import { captureConsole } from '../../support/capture-console.js';
import { USER_AGENTS } from '../../support/user-agents.js';

const ENDPOINT = 'https://bizmessage.kakao.com/chat/open';
const IPHONE = USER_AGENTS.iphone;
const ANDROID = USER_AGENTS.android;
const DESKTOP = USER_AGENTS.desktop;

const innerButton = (element: KakaoConsultButton) => element.shadowRoot!.querySelector('button')!;
const box = (element: Element) => element.getBoundingClientRect();

/** The accessible node of the element's button, as the browser exposes it to screen readers. */
async function accessibleButton(name: string) {
  type Node = { role: string; name: string; disabled?: boolean; description?: string };
  // The command's typings say void; it resolves to the page's accessibility tree.
  const snapshot = (await a11ySnapshot({})) as unknown as Node & { children: Node[] };
  return findAccessibilityNode<Node>(snapshot, (node) => node.role === 'button' && node.name === name);
}

/** The page key every launch carries: the tests run on this path (see beforeEach). */
const PAGE = '/shop/item';
const PAGE_EXTRA = 'k%3D%2Fshop%2Fitem';

describe('<kakao-consult-button>', () => {
  let spy: LaunchSpy;
  let testPage: string;
  beforeEach(() => {
    spy = spyOnLaunches();
    testPage = location.href;
    history.replaceState(null, '', PAGE);
  });
  afterEach(async () => {
    spy.restore();
    history.replaceState(null, '', testPage);
    await setUserAgent(DESKTOP);
  });

  describe('rendering', () => {
    it('is a button named 상담하기 with the Kakao symbol, in Kakao yellow', async () => {
      const element = await mount<KakaoConsultButton>(html`<kakao-consult-button pc-mode="popup" channel="@brand"></kakao-consult-button>`);
      const button = innerButton(element);
      expect(button.textContent!.trim()).to.equal('상담하기');
      expect(getComputedStyle(button).backgroundColor).to.equal('rgb(254, 229, 0)');
      expect(getComputedStyle(button).color).to.equal('rgba(0, 0, 0, 0.85)');
      const symbol = element.shadowRoot!.querySelector('svg')!;
      expect(symbol.getAttribute('aria-hidden')).to.equal('true');
      expect(symbol.querySelector('path')!.getAttribute('d'), "core's symbol, as the server draws it").to.equal(KAKAO_SYMBOL_PATH);
      expect(box(symbol).width).to.equal(18);
      expect(getComputedStyle(symbol).fill).to.equal('rgb(0, 0, 0)');
      expect((await accessibleButton('상담하기'))?.role).to.equal('button');
    });

    it('off screen, waits to be drawn in a box held at its size; on screen it is the same box', async () => {
      const wrapper = await mount(
        html`<div><div style="height: 300vh"></div><kakao-consult-button pc-mode="popup" channel="@brand"></kakao-consult-button></div>`,
      );
      const element = wrapper.querySelector<KakaoConsultButton>('kakao-consult-button')!;
      await element.updateComplete;
      expect(getComputedStyle(element).contentVisibility).to.equal('auto');
      const held = box(element);
      expect([held.width, held.height]).to.deep.equal([128, 45]);
      element.scrollIntoView();
      await new Promise(requestAnimationFrame);
      await new Promise(requestAnimationFrame);
      const drawn = box(element);
      expect([drawn.width, drawn.height], 'no shift when it is drawn').to.deep.equal([held.width, held.height]);
      expect(box(innerButton(element)).width).to.equal(drawn.width);
      scrollTo(0, 0);
    });

    it('is always drawn when round (on screen, its shadow outside its box) or noted (the notes set its height)', async () => {
      const round = await mount<KakaoConsultButton>(html`<kakao-consult-button shape="round" channel="@brand"></kakao-consult-button>`);
      expect(getComputedStyle(round).contentVisibility).to.equal('visible');
      round.remove();
      const errors = captureConsole('error');
      try {
        const noted = await mount<KakaoConsultButton>(html`<kakao-consult-button channel="brand"></kakao-consult-button>`);
        expect(getComputedStyle(noted).contentVisibility).to.equal('visible');
      } finally {
        errors.restore();
      }
    });

    it('shows the long label 카톡으로 상담하세요', async () => {
      const element = await mount<KakaoConsultButton>(
        html`<kakao-consult-button pc-mode="popup" channel="@brand" label="long"></kakao-consult-button>`,
      );
      expect(innerButton(element).textContent!.trim()).to.equal('카톡으로 상담하세요');
    });

    it('speaks English under lang="en", from the element or the page', async () => {
      const own = await mount<KakaoConsultButton>(
        html`<kakao-consult-button pc-mode="popup" channel="@brand" lang="en"></kakao-consult-button>`,
      );
      expect(innerButton(own).textContent!.trim()).to.equal('Consult');
      const inherited = await mount<KakaoConsultButton>(
        html`<div lang="en-US"><kakao-consult-button pc-mode="popup" channel="@brand" label="long"></kakao-consult-button></div>`,
      );
      expect(innerButton(inherited.querySelector('kakao-consult-button')!).textContent!.trim()).to.equal('Ask us on KakaoTalk');
    });

    it('follows a change of lang', async () => {
      const element = await mount<KakaoConsultButton>(html`<kakao-consult-button pc-mode="popup" channel="@brand"></kakao-consult-button>`);
      element.setAttribute('lang', 'en');
      await element.updateComplete;
      expect(innerButton(element).textContent!.trim()).to.equal('Consult');
    });

    it('falls back to Korean for a language it has no table for', async () => {
      const element = await mount<KakaoConsultButton>(
        html`<kakao-consult-button pc-mode="popup" channel="@brand" lang="constructor"></kakao-consult-button>`,
      );
      expect(innerButton(element).textContent!.trim()).to.equal('상담하기');
    });

    it('draws the mono variant white with a black symbol', async () => {
      const element = await mount<KakaoConsultButton>(
        html`<kakao-consult-button pc-mode="popup" channel="@brand" color="mono"></kakao-consult-button>`,
      );
      expect(getComputedStyle(innerButton(element)).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(getComputedStyle(element.shadowRoot!.querySelector('svg')!).fill).to.equal('rgb(0, 0, 0)');
    });

    const heights = { small: 36, medium: 45, large: 54 };
    for (const [size, height] of Object.entries(heights)) {
      it(`is ${height} px high at size ${size}, with Kakao's rounded corners`, async () => {
        const element = await mount<KakaoConsultButton>(
          html`<kakao-consult-button pc-mode="popup" channel="@brand" size=${size}></kakao-consult-button>`,
        );
        expect(box(element).height).to.equal(height);
        expect(box(innerButton(element)).height).to.equal(height);
        expect(parseFloat(getComputedStyle(innerButton(element)).borderTopLeftRadius)).to.be.within(10, 14);
      });
    }

    it('never clips the label, in either language, at any size', async () => {
      for (const lang of ['ko', 'en']) {
        for (const size of Object.keys(heights)) {
          for (const label of ['short', 'long']) {
            const element = await mount<KakaoConsultButton>(
              html`<kakao-consult-button pc-mode="popup" channel="@brand" lang=${lang} size=${size} label=${label}></kakao-consult-button>`,
            );
            const text = element.shadowRoot!.querySelector('.label')!;
            expect(text.scrollWidth, `${lang} ${size} ${label}`).to.be.at.most(text.clientWidth);
            expect(box(text).height, 'one line').to.be.below(box(element).height);
          }
        }
      }
    });

    it('spans its container in the full shape', async () => {
      const wrapper = await mount(
        html`<div style="width: 333px"><kakao-consult-button pc-mode="popup" channel="@brand" shape="full"></kakao-consult-button></div>`,
      );
      const element = wrapper.querySelector('kakao-consult-button')!;
      expect(box(element).width).to.equal(333);
      expect(box(innerButton(element as KakaoConsultButton)).width).to.equal(333);
    });

    it('floats as a round launcher at the bottom right, still named 상담하기', async () => {
      const element = await mount<KakaoConsultButton>(
        html`<kakao-consult-button pc-mode="popup" channel="@brand" shape="round"></kakao-consult-button>`,
      );
      const rect = box(innerButton(element));
      expect(getComputedStyle(element).position).to.equal('fixed');
      expect(rect.width).to.equal(56);
      expect(rect.height).to.equal(56);
      expect(getComputedStyle(innerButton(element)).borderTopLeftRadius).to.equal('50%');
      expect(window.innerWidth - rect.right).to.equal(24);
      expect(window.innerHeight - rect.bottom).to.equal(24);
      const label = element.shadowRoot!.querySelector('[part=label]')!;
      expect(box(label).width, 'the label is there for assistive technology only').to.equal(1);
      expect((await accessibleButton('상담하기'))?.role).to.equal('button');
    });

    it('warns about an unknown cosmetic value and uses the default', async () => {
      const warnings = captureConsole('warn');
      try {
        const element = document.createElement('kakao-consult-button');
        element.setAttribute('channel', '@brand');
        element.setAttribute('pc-mode', 'popup');
        element.setAttribute('size', 'huge');
        const warned = oneEvent(element, 'consult-warning');
        document.body.append(element);
        const { detail } = (await warned) as CustomEvent<ConsultProblemDetail>;
        expect(detail.field).to.equal('size');
        expect(detail.message).to.contain('"huge"');
        expect(box(element).height).to.equal(45);
        expect(warnings.lines).to.have.length(1);
        expect(warnings.lines[0]).to.contain('size');
        element.remove();
      } finally {
        warnings.restore();
      }
    });
  });

  describe('no layout shift on upgrade', () => {
    // A fresh tag name lets the test see the element before and after its definition.
    const tag = 'late-consult-button';
    const variants = [
      '',
      'size="small"',
      'size="large"',
      'label="long"',
      'size="small" label="long"',
      'size="large" label="long"',
      'shape="full"',
      'shape="full" size="large"',
      'shape="round"',
      'shape="round" size="small"',
    ];

    it('takes the same box before and after its script loads, with the pre-upgrade stylesheet', async () => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(preUpgradeCss(tag));
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      const container = document.createElement('div');
      container.style.width = '400px';
      for (const attributes of variants) {
        const line = document.createElement('div');
        line.innerHTML = `before <${tag} channel="@brand" ${attributes}></${tag}> after`;
        container.append(line);
      }
      document.body.append(container);
      const elements = [...container.querySelectorAll(tag)];
      const before = elements.map((element) => box(element).toJSON());

      customElements.define(tag, class extends KakaoConsultButton {});
      await Promise.all(elements.map((element) => (element as KakaoConsultButton).updateComplete));
      elements.forEach((element, index) => {
        expect(box(element).toJSON(), variants[index]).to.deep.equal(before[index]);
        expect(box(innerButton(element as KakaoConsultButton)).height, variants[index]).to.equal(before[index].height);
      });
      container.remove();
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    });
  });

  describe('keyboard and focus', () => {
    it('is reached by Tab and shows a visible focus ring', async () => {
      const wrapper = await mount(
        html`<div><input id="before" /><kakao-consult-button pc-mode="popup" channel="@brand"></kakao-consult-button></div>`,
      );
      const element = wrapper.querySelector('kakao-consult-button')!;
      wrapper.querySelector<HTMLInputElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(element.shadowRoot!.activeElement).to.equal(innerButton(element));
      const style = getComputedStyle(innerButton(element));
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      // The ring is drawn outside the button: no paint containment (content-visibility: auto) clips it.
      expect(getComputedStyle(element).contentVisibility).to.equal('visible');
    });

    for (const key of ['Enter', 'Space']) {
      it(`launches on ${key}`, async () => {
        const element = await mount<KakaoConsultButton>(
          html`<kakao-consult-button pc-mode="popup" channel="@brand"></kakao-consult-button>`,
        );
        innerButton(element).focus();
        const clicked = oneEvent(element, 'consult-click');
        await sendKeys({ press: key });
        await clicked;
        expect(spy.opens).to.have.length(1);
      });
    }

    it('drops the press animation when the user asks for reduced motion', async () => {
      const element = await mount<KakaoConsultButton>(html`<kakao-consult-button pc-mode="popup" channel="@brand"></kakao-consult-button>`);
      expect(getComputedStyle(innerButton(element)).transitionDuration).not.to.equal('0s');
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        expect(getComputedStyle(innerButton(element)).transitionDuration).to.equal('0s');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });
  });

  describe('events', () => {
    it('fires consult-click then a cancelable consult-launch carrying the request', async () => {
      const element = await mount<KakaoConsultButton>(
        html`<kakao-consult-button pc-mode="popup" channel="@brand" extra="p=home"></kakao-consult-button>`,
      );
      const order: string[] = [];
      let launch: CustomEvent<ConsultLaunchDetail> | undefined;
      // Listening on the document proves the events bubble out of the element.
      const onClick = (event: Event) => order.push(`${event.type}:${(event as CustomEvent).detail.platform}`);
      const onLaunch = (event: Event) => {
        order.push(event.type);
        launch = event as CustomEvent<ConsultLaunchDetail>;
      };
      document.addEventListener('consult-click', onClick);
      document.addEventListener('consult-launch', onLaunch);
      innerButton(element).click();
      document.removeEventListener('consult-click', onClick);
      document.removeEventListener('consult-launch', onLaunch);

      expect(order).to.deep.equal(['consult-click:desktop', 'consult-launch']);
      expect(launch!.cancelable).to.equal(true);
      expect(launch!.composed).to.equal(true);
      expect(launch!.detail).to.deep.equal({
        platform: 'desktop',
        target: 'popup',
        request: {
          method: 'GET',
          action: `${ENDPOINT}/@brand?extra=p%3Dhome`,
          url: `${ENDPOINT}/@brand?extra=p%3Dhome`,
          fields: { uuid: '@brand', extra: 'p=home' },
        },
      });
    });

    it('sends nothing when a listener cancels consult-launch', async () => {
      const element = await mount<KakaoConsultButton>(html`<kakao-consult-button pc-mode="popup" channel="@brand"></kakao-consult-button>`);
      element.addEventListener('consult-launch', (event) => event.preventDefault());
      innerButton(element).click();
      expect(spy.opens).to.deep.equal([]);
      expect(spy.submits).to.deep.equal([]);
    });
  });

  describe('launch on PC', () => {
    it('opens the GET launch in a 350×550 popup', async () => {
      const element = await mount<KakaoConsultButton>(html`<kakao-consult-button pc-mode="popup" channel="@brand"></kakao-consult-button>`);
      const popup = spy.popup!;
      innerButton(element).click();
      expect(spy.opens).to.deep.equal([
        { url: `${ENDPOINT}/@brand?extra=${PAGE_EXTRA}`, target: 'kakao-consult', features: 'width=350,height=550' },
      ]);
      expect(popup.opener, 'the consult page gets no handle on the site').to.equal(null);
    });

    it('posts the form into the popup when a chatbot is asked for', async () => {
      const element = await mount<KakaoConsultButton>(
        html`<kakao-consult-button pc-mode="popup" channel="@sk렌터카new고객센터" bot="true" event="배송문의" extra="p=홈"></kakao-consult-button>`,
      );
      innerButton(element).click();
      expect(spy.opens).to.deep.equal([{ url: 'about:blank', target: 'kakao-consult', features: 'width=350,height=550' }]);
      expect(spy.submits).to.deep.equal([
        {
          method: 'post',
          action: ENDPOINT,
          target: 'kakao-consult',
          acceptCharset: 'UTF-8',
          fields: { uuid: '@sk렌터카new고객센터', extra: 'p=홈', bot: 'true', event: '배송문의' },
          inputs: 4,
        },
      ]);
      expect(document.querySelector('form') === null, 'the throw-away form is gone').to.equal(true);
    });

    it('falls back to a new tab when a popup blocker refuses the popup', async () => {
      const element = await mount<KakaoConsultButton>(html`<kakao-consult-button pc-mode="popup" channel="@brand"></kakao-consult-button>`);
      spy.popup = null;
      innerButton(element).click();
      expect(spy.opens.map((call) => call.target)).to.deep.equal(['kakao-consult', '_blank']);
      expect(spy.opens[1]).to.deep.equal({ url: `${ENDPOINT}/@brand?extra=${PAGE_EXTRA}`, target: '_blank', features: 'noopener' });
    });
  });

  describe('launch on a phone', () => {
    for (const [name, userAgent, platform] of [
      ['iPhone', IPHONE, 'ios'],
      ['Android', ANDROID, 'android'],
    ]) {
      it(`navigates this tab to the GET launch on ${name}`, async () => {
        await setUserAgent(userAgent);
        const element = await mount<KakaoConsultButton>(
          html`<kakao-consult-button pc-mode="popup" channel="@brand" extra="c=spring"></kakao-consult-button>`,
        );
        const launched = oneEvent(element, 'consult-launch');
        innerButton(element).click();
        const { detail } = (await launched) as CustomEvent<ConsultLaunchDetail>;
        expect(detail.platform).to.equal(platform);
        expect(detail.target).to.equal('_self');
        expect(spy.opens).to.deep.equal([{ url: `${ENDPOINT}/@brand?extra=c%3Dspring`, target: '_self', features: undefined }]);
        expect(spy.submits).to.deep.equal([]);
      });
    }

    it('posts the form to this tab when bot or event is set', async () => {
      await setUserAgent(IPHONE);
      const element = await mount<KakaoConsultButton>(
        html`<kakao-consult-button pc-mode="popup" channel="@brand" bot="auto"></kakao-consult-button>`,
      );
      innerButton(element).click();
      expect(spy.opens).to.deep.equal([]);
      expect(spy.submits).to.deep.equal([
        {
          method: 'post',
          action: ENDPOINT,
          target: '_self',
          acceptCharset: 'UTF-8',
          fields: { uuid: '@brand', extra: `k=${PAGE}`, bot: 'auto' },
          inputs: 3,
        },
      ]);
    });
  });

  describe('bad attributes', () => {
    const cases: [string, Record<string, string>, string, RegExp][] = [
      ['missing channel', {}, 'channel', /channel is missing/],
      ['channel without @', { channel: 'brand' }, 'channel', /did you mean "@brand"/],
      ['public ID as channel', { channel: '_xkxkxk' }, 'channel', /public ID/],
      ['http endpoint', { channel: '@brand', endpoint: 'http://dealer.example/open' }, 'endpoint', /https/],
      ['javascript: endpoint', { channel: '@brand', endpoint: 'javascript:alert(1)' }, 'endpoint', /https/],
      ['bot value', { channel: '@brand', bot: 'yes' }, 'bot', /"true" \(chatbot first\)/],
      ['extra over 50', { channel: '@brand', extra: 'x'.repeat(51) }, 'extra', /at most 50/],
      ['event over 100', { channel: '@brand', bot: 'true', event: 'e'.repeat(101) }, 'event', /at most 100/],
    ];
    for (const [name, attributes, field, message] of cases) {
      it(`disables the button and explains it: ${name}`, async () => {
        const errors = captureConsole('error');
        try {
          const element = document.createElement('kakao-consult-button');
          for (const [attribute, value] of Object.entries(attributes)) element.setAttribute(attribute, value);
          const failed = oneEvent(element, 'consult-error');
          document.body.append(element);
          const { detail } = (await failed) as CustomEvent<ConsultProblemDetail>;
          expect(detail.field).to.equal(field);
          expect(detail.message).to.match(message);
          expect(errors.lines).to.have.length(1);
          expect(errors.lines[0]).to.contain(`${field}:`).and.match(message);

          const button = innerButton(element);
          expect(button.getAttribute('aria-disabled')).to.equal('true');
          const explanation = element.shadowRoot!.getElementById(button.getAttribute('aria-describedby')!)!;
          expect(explanation.textContent).to.contain('카카오톡 상담을 열 수 없어요');
          expect(box(explanation).height, 'the explanation is visible').to.be.above(0);
          expect(button.compareDocumentPosition(explanation) & Node.DOCUMENT_POSITION_FOLLOWING, 'under the button').to.not.equal(0);
          const node = await accessibleButton('상담하기');
          expect(node?.disabled).to.equal(true);
          expect(node?.description).to.contain('카카오톡 상담을 열 수 없어요');

          button.click();
          await element.updateComplete;
          expect(spy.opens).to.deep.equal([]);
          expect(spy.submits).to.deep.equal([]);
          expect(errors.lines, 'reported once, not on every render').to.have.length(1);
          element.remove();
        } finally {
          errors.restore();
        }
      });
    }

    it('recovers when the attribute is fixed, and reports a new mistake again', async () => {
      const errors = captureConsole('error');
      try {
        const element = await mount<KakaoConsultButton>(
          html`<kakao-consult-button pc-mode="popup" channel="brand"></kakao-consult-button>`,
        );
        element.channel = '@brand';
        await element.updateComplete;
        expect(innerButton(element).hasAttribute('aria-disabled')).to.equal(false);
        expect(element.shadowRoot!.querySelector('.message') === null).to.equal(true);
        innerButton(element).click();
        expect(spy.opens).to.have.length(1);
        element.channel = 'brand';
        await element.updateComplete;
        await aTimeout(0);
        expect(errors.lines).to.have.length(2);
      } finally {
        errors.restore();
      }
    });
  });
});
