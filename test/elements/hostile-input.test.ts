import { expect, waitUntil } from '@open-wc/testing';
import '../../src/elements/consult-button/consult-button.define.js';
import '../../src/elements/consult-qr/consult-qr.define.js';
import { configure } from '../../src/elements/consult-button/configure.js';
import type { KakaoConsultButton } from '../../src/elements/consult-button/consult-button.js';
import type { KakaoConsultQr } from '../../src/elements/consult-qr/consult-qr.js';
import { captureConsole } from '../support/capture-console.js';
import { expectInert, expectSafeLaunches, MARKUP, MEGABYTE, recordProblems, type Problem } from '../support/hostile.js';
import { spyOnLaunches, type LaunchSpy } from '../support/launch-spy.js';
import { button, dialog } from '../support/queries.js';

type Attributes = Record<string, string>;
type Outcome = 'consult-error' | 'consult-warning' | 'text';

const JAVASCRIPT_URLS = [
  'javascript:window.__hostile=1',
  ' JaVaScRiPt:window.__hostile=1',
  'java\tscript:window.__hostile=1',
  '\u0001javascript:window.__hostile=1',
  'data:text/html,<script>window.__hostile=1</script>',
  'vbscript:msgbox(1)',
];

/** What each attribute does with markup, control or bidi characters: refused (and how) or shown as text. */
const TEXT_ATTRIBUTES: [attribute: string, property: keyof KakaoConsultButton, outcome: Outcome][] = [
  ['channel', 'channel', 'consult-error'],
  ['extra', 'extra', 'consult-error'],
  ['event', 'event', 'consult-error'],
  ['placement', 'placement', 'consult-warning'],
  ['campaign', 'campaign', 'consult-warning'],
  ['page-key', 'pageKey', 'consult-warning'],
  ['member-id', 'memberId', 'consult-warning'],
  ['member-grade', 'memberGrade', 'consult-warning'],
  ['bridge', 'bridge', 'consult-warning'],
  ['kakaotalk-version', 'kakaotalkVersion', 'consult-warning'],
  ['consent-text', 'consentText', 'text'],
  ['lang', 'lang', 'text'],
];

const summary = (problems: Problem[]) => problems.map(({ type, field }) => `${type} ${field}`);

describe('<kakao-consult-button> and <kakao-consult-qr> under hostile input', () => {
  let spy: LaunchSpy;
  let output: ReturnType<typeof captureConsole>;
  let container: HTMLElement;
  beforeEach(() => {
    spy = spyOnLaunches();
    output = captureConsole('error', 'warn');
    container = document.body.appendChild(document.createElement('div'));
    localStorage.clear();
  });
  afterEach(() => {
    container.remove();
    output.restore();
    spy.restore();
    configure({ configSrc: '', analytics: '' });
    delete (window as { __hostile?: unknown }).__hostile;
    delete (window as { dataLayer?: unknown }).dataLayer;
  });

  /** Connects a button built from attributes (then properties), recording its problems from the first render. */
  async function render(attributes: Attributes, properties: Partial<KakaoConsultButton> = {}, children: Node[] = []) {
    const element = document.createElement('kakao-consult-button');
    for (const [name, value] of Object.entries({ channel: '@brand', 'pc-mode': 'popup', ...attributes })) element.setAttribute(name, value);
    Object.assign(element, properties);
    const problems = recordProblems(element);
    element.append(...children);
    container.append(element);
    await element.updateComplete;
    return { element, problems };
  }

  /** Clicks the button and checks that nothing left for anything but https or this origin. */
  async function click(element: KakaoConsultButton) {
    button(element).click();
    await element.updateComplete;
    expectSafeLaunches(spy);
  }

  /** The one problem reported, its console line, and a disabled button for an error. */
  async function expectRefused(element: KakaoConsultButton, problems: Problem[], type: Outcome, field: string) {
    expect(summary(problems)).to.deep.equal([`${type} ${field}`]);
    expect(output.lines.length, output.lines.join('\n')).to.equal(1);
    expect(output.lines[0]).to.contain(`${field}:`);
    expect(button(element).getAttribute('aria-disabled')).to.equal(type === 'consult-error' ? 'true' : null);
    await click(element);
    if (type === 'consult-error') expect(spy.opens.length + spy.submits.length).to.equal(0);
    else expect(spy.opens.length + spy.submits.length).to.be.above(0);
    await expectInert(element);
  }

  describe('javascript: and other unsafe URLs', () => {
    for (const url of JAVASCRIPT_URLS) {
      const shown = JSON.stringify(url.slice(0, 24));
      it(`refuses endpoint=${shown}: disabled, consult-error, nothing launched`, async () => {
        const { element, problems } = await render({ endpoint: url });
        await expectRefused(element, problems, 'consult-error', 'endpoint');
      });

      it(`drops consent-href=${shown} from the consent dialog and says so`, async () => {
        const { element, problems } = await render({ consent: 'required', 'consent-href': url });
        expect(summary(problems)).to.deep.equal(['consult-warning consent-href']);
        expect(output.lines.length).to.equal(1);
        expect(output.lines[0]).to.match(/^<kakao-consult-button> consent-href: /);
        button(element).click();
        expect(dialog(element, 'consent').open).to.equal(true);
        expect(dialog(element, 'consent').querySelectorAll('a').length).to.equal(0);
        await expectInert(element);
      });

      it(`refuses config-src=${shown} with a consult-error and a console error, and still launches safely`, async () => {
        const { element, problems } = await render({ 'config-src': url });
        await waitUntil(() => problems.length > 0, 'no problem reported');
        expect(summary(problems)).to.deep.equal(['consult-error config-src']);
        expect(output.lines.length, output.lines.join('\n')).to.equal(1);
        expect(output.lines[0]).to.contain('config-src');
        await click(element);
        expect(spy.opens.length).to.equal(1);
        await expectInert(element);
      });

      it(`refuses endpoint=${shown} on <kakao-consult-qr>: no code, consult-error`, async () => {
        const qr = document.createElement('kakao-consult-qr') as KakaoConsultQr;
        qr.setAttribute('channel', '@brand');
        qr.setAttribute('endpoint', url);
        const problems = recordProblems(qr);
        container.append(qr);
        await qr.updateComplete;
        expect(summary(problems)).to.deep.equal(['consult-error endpoint']);
        expect(qr.shadowRoot!.querySelector('svg') === null).to.equal(true);
        await expectInert(qr);
      });
    }

    it('drops an unsafe href of the consent object too, naming the consent property', async () => {
      const { element, problems } = await render({}, { consent: { purpose: '상담', href: 'javascript:window.__hostile=1' } });
      expect(summary(problems)).to.deep.equal(['consult-warning consent']);
      button(element).click();
      expect(dialog(element, 'consent').querySelectorAll('a').length).to.equal(0);
      await expectInert(element);
    });

    it('keeps a safe consent-href without a warning', async () => {
      const { element, problems } = await render({ consent: 'required', 'consent-href': '/privacy' });
      expect(problems).to.deep.equal([]);
      button(element).click();
      expect(dialog(element, 'consent').querySelector('a')!.href).to.equal(`${location.origin}/privacy`);
    });
  });

  describe('markup in every text attribute and property', () => {
    for (const [attribute, property, outcome] of TEXT_ATTRIBUTES) {
      for (const via of ['attribute', 'property'] as const) {
        it(`${outcome === 'text' ? 'shows as text' : 'refuses'} markup in ${attribute} (as ${via})`, async () => {
          const given: Attributes = attribute === 'event' ? { bot: 'true' } : {};
          const { element, problems } =
            via === 'attribute'
              ? await render({ ...given, [attribute]: MARKUP })
              : await render(given, { [property]: MARKUP } as Partial<KakaoConsultButton>);
          if (outcome !== 'text') {
            await expectRefused(element, problems, outcome, attribute);
            return;
          }
          expect(problems).to.deep.equal([]);
          if (attribute === 'consent-text') {
            element.consent = 'required';
            await element.updateComplete;
            button(element).click();
            expect(dialog(element, 'consent').querySelector('.notice')!.textContent).to.equal(MARKUP);
          } else {
            expect(button(element).textContent!.trim(), 'an unknown lang falls back to Korean').to.equal('상담하기');
            await click(element);
          }
          await expectInert(element);
        });
      }
    }

    it('keeps slotted notice text as text', async () => {
      const notice = document.createElement('p');
      notice.slot = 'consent';
      notice.textContent = MARKUP;
      const { element, problems } = await render({ consent: 'required' }, {}, [notice]);
      button(element).click();
      const slot = dialog(element, 'consent').querySelector<HTMLSlotElement>('slot[name="consent"]')!;
      expect(slot.assignedElements().length).to.equal(1);
      expect(notice.textContent).to.equal(MARKUP);
      expect(problems).to.deep.equal([]);
      await expectInert(element);
    });

    it('sends a markup-laden endpoint path only percent-encoded, to https', async () => {
      const { element } = await render({ endpoint: `https://dealer.example/open/${MARKUP}` });
      await click(element);
      expect(spy.opens.length).to.equal(1);
      expect(spy.opens[0]!.url).to.match(/^https:\/\/dealer\.example\/open\/%22%3E%3Cimg/);
      await expectInert(element);
    });

    /** A config file served by the test server (web-test-runner.config.js), new for every test. */
    const configSrc = (body: string) => `/__config?${new URLSearchParams({ id: `hostile-${Math.random()}`, body })}`;

    it('shows markup from the remote config as text', async () => {
      const { element } = await render({ 'config-src': configSrc(JSON.stringify({ notice: { ko: MARKUP } })) });
      await waitUntil(() => element.shadowRoot!.querySelector('[part="notice"]'), 'the notice never showed', { timeout: 4000 });
      expect(element.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.equal(MARKUP);
      await expectInert(element);
    });

    it('refuses a remote config with __proto__ keys, polluting nothing', async () => {
      const body = '{"__proto__":{"enabled":false,"polluted":1},"notice":{"__proto__":{"ko":"x"}}}';
      const { element, problems } = await render({ 'config-src': configSrc(body) });
      await waitUntil(() => problems.length > 0, 'no problem reported', { timeout: 4000 });
      expect(summary(problems)).to.deep.equal(['consult-error config-src']);
      expect(problems[0]!.message).to.contain('__proto__');
      expect(getComputedStyle(element).display, 'not switched off by the inherited key').not.to.equal('none');
      expect(({} as { polluted?: unknown }).polluted).to.equal(undefined);
    });
  });

  describe('markup on <kakao-consult-qr> and in the PC panel', () => {
    for (const attribute of ['channel', 'extra', 'event']) {
      it(`refuses markup in the QR code's ${attribute}: no code, consult-error`, async () => {
        const qr = document.createElement('kakao-consult-qr') as KakaoConsultQr;
        for (const [name, value] of Object.entries({ channel: '@brand', bot: 'true', caption: '', [attribute]: MARKUP }))
          qr.setAttribute(name, value);
        const problems = recordProblems(qr);
        container.append(qr);
        await qr.updateComplete;
        expect(summary(problems)).to.deep.equal([`consult-error ${attribute}`]);
        expect(qr.shadowRoot!.querySelector('svg') === null).to.equal(true);
        await expectInert(qr);
      });
    }

    it('captions a code whose endpoint holds a broken percent-escape with the URL as it is', async () => {
      const qr = document.createElement('kakao-consult-qr') as KakaoConsultQr;
      for (const [name, value] of Object.entries({ channel: '@brand', caption: '', endpoint: 'https://dealer.example/%E0%A4%A' }))
        qr.setAttribute(name, value);
      container.append(qr);
      await qr.updateComplete;
      expect(qr.shadowRoot!.querySelector('[part="caption"]')!.textContent).to.equal('https://dealer.example/%E0%A4%A/@brand');
    });

    it('draws the panel from the vetted request only: no markup reaches its QR code', async () => {
      const { element } = await render({ 'pc-mode': 'choice', placement: MARKUP, campaign: MARKUP });
      button(element).click();
      // The panel renders on first use, so it may not exist yet.
      await waitUntil(
        () => element.shadowRoot!.querySelector('dialog#panel kakao-consult-qr')?.shadowRoot?.querySelector('svg'),
        'no QR code drawn',
      );
      const qr = dialog(element, 'panel').querySelector('kakao-consult-qr')!;
      expect(
        [...qr.attributes].some(({ value }) => /[<>]/.test(value)),
        'markup in the QR element',
      ).to.equal(false);
      await expectInert(element);
    });
  });

  describe('control characters and bidi overrides', () => {
    const characters: [string, string][] = [
      ['a NUL', '\u0000'],
      ['a bell', '\u0007'],
      ['a line feed', '\n'],
      ['a C1 control', '\u0085'],
      ['a right-to-left override', '\u202E'],
      ['a bidi isolate', '\u2067'],
    ];
    for (const [name, character] of characters) {
      for (const [attribute, , outcome] of TEXT_ATTRIBUTES.filter(([, , outcome]) => outcome !== 'text')) {
        it(`refuses ${name} in ${attribute}`, async () => {
          // Inside the value: a browser trims nothing there, and neither may the kit.
          const value =
            attribute === 'kakaotalk-version' ? `10.5${character}.0` : attribute === 'channel' ? `@br${character}and` : `ab${character}cd`;
          const { element, problems } = await render({ ...(attribute === 'event' ? { bot: 'true' } : {}), [attribute]: value });
          await expectRefused(element, problems, outcome, attribute);
        });
      }
    }
  });

  describe('properties set to something other than text', () => {
    const hostile = { toString: () => 'javascript:window.__hostile=1' };
    const cases: [property: keyof KakaoConsultButton, value: unknown, outcome: Outcome, field: string][] = [
      ['endpoint', hostile, 'consult-error', 'endpoint'],
      ['extra', 42, 'consult-error', 'extra'],
      ['event', hostile, 'consult-error', 'event'],
      ['bot', hostile, 'consult-error', 'bot'],
      ['bridge', hostile, 'consult-warning', 'bridge'],
      ['placement', hostile, 'consult-warning', 'placement'],
      ['consentHref', hostile, 'consult-warning', 'consent-href'],
      ['kakaotalkVersion', 5, 'consult-warning', 'kakaotalk-version'],
    ];
    for (const [property, value, outcome, field] of cases) {
      it(`reports ${String(property)} = ${typeof value} on ${field}, and keeps working`, async () => {
        // render() resolves only if the element's update did not throw.
        const { element, problems } = await render({}, { [property]: value } as Partial<KakaoConsultButton>);
        await expectRefused(element, problems, outcome, field);
      });
    }
  });

  describe('a megabyte in an attribute', () => {
    const cases: [attribute: string, value: string, outcome: Outcome, field: string][] = [
      ['channel', `@${MEGABYTE}`, 'consult-error', 'channel'],
      ['extra', MEGABYTE, 'consult-error', 'extra'],
      ['event', MEGABYTE, 'consult-error', 'event'],
      ['endpoint', `javascript:${MEGABYTE}`, 'consult-error', 'endpoint'],
      ['placement', MEGABYTE, 'consult-warning', 'placement'],
      ['campaign', MEGABYTE, 'consult-warning', 'campaign'],
      ['page-key', MEGABYTE, 'consult-warning', 'page-key'],
      ['member-id', MEGABYTE, 'consult-warning', 'member-id'],
      ['member-grade', MEGABYTE, 'consult-warning', 'member-grade'],
      ['bridge', MEGABYTE, 'consult-warning', 'bridge'],
      ['size', MEGABYTE, 'consult-warning', 'size'],
      ['kakaotalk-version', `1.${MEGABYTE}`, 'consult-warning', 'kakaotalk-version'],
      ['consent-href', `javascript:${MEGABYTE}`, 'consult-warning', 'consent-href'],
    ];
    for (const [attribute, value, outcome, field] of cases) {
      it(`reports ${attribute} without echoing it, and the button still works`, async () => {
        const { element, problems } = await render({ ...(attribute === 'event' ? { bot: 'true' } : {}), [attribute]: value });
        expect(summary(problems)).to.deep.equal([`${outcome} ${field}`]);
        expect(problems[0]!.message.length, 'the message quotes a clip, not the value').to.be.below(400);
        expect(output.lines[0]!.length).to.be.below(400);
        await click(element);
        expect(spy.opens.length, 'launched only when the value was optional').to.equal(outcome === 'consult-error' ? 0 : 1);
        await expectInert(element);
      });
    }

    it('shows a megabyte of consent-text and a megabyte of lang as what they are', async () => {
      const { element, problems } = await render({ consent: 'required', 'consent-text': MEGABYTE, lang: MEGABYTE });
      expect(problems).to.deep.equal([]);
      button(element).click();
      expect(dialog(element, 'consent').querySelector('.notice')!.textContent!.length).to.equal(MEGABYTE.length);
      expect(dialog(element, 'consent').querySelector('h2')!.textContent, 'Korean for an unknown lang').to.equal('개인정보 수집·이용 동의');
    });

    it('refuses a megabyte channel on <kakao-consult-qr>', async () => {
      const qr = document.createElement('kakao-consult-qr') as KakaoConsultQr;
      qr.setAttribute('channel', `@${MEGABYTE}`);
      const problems = recordProblems(qr);
      container.append(qr);
      await qr.updateComplete;
      expect(summary(problems)).to.deep.equal(['consult-error channel']);
      expect(problems[0]!.message.length).to.be.below(400);
    });
  });

  describe('__proto__ and other inherited names', () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      it(`treats lang="${name}" as an unknown language`, async () => {
        const { element, problems } = await render({ lang: name });
        expect(button(element).textContent!.trim()).to.equal('상담하기');
        expect(problems).to.deep.equal([]);
      });

      it(`finds no app bridge named "${name}" on Object.prototype and launches the usual way`, async () => {
        const { element, problems } = await render({ bridge: name });
        expect(summary(problems)).to.deep.equal(name === '__proto__' ? ['consult-warning bridge'] : []);
        await click(element);
        expect(spy.opens.map(({ target }) => target)).to.deep.equal(['kakao-consult']);
      });
    }

    it('sends an extra with __proto__ and constructor keys as is, polluting nothing', async () => {
      const extra = '__proto__=1;constructor=2';
      const { element, problems } = await render({ extra });
      expect(problems).to.deep.equal([]);
      await click(element);
      expect(spy.opens[0]!.url).to.equal(`https://bizmessage.kakao.com/chat/open/@brand?extra=${encodeURIComponent(extra)}`);
      expect(({} as Record<string, unknown>).constructor).to.equal(Object);
    });

    it('takes no member or policy link from a parsed object whose __proto__ key carries them', async () => {
      const member = JSON.parse('{"__proto__":{"id":"ADMIN","grade":"ROOT"}}');
      const consent = JSON.parse('{"purpose":"상담","__proto__":{"href":"javascript:window.__hostile=1"}}');
      const { element, problems } = await render({ placement: 'p' }, { member, consent });
      expect(problems).to.deep.equal([]);
      button(element).click();
      expect(dialog(element, 'consent').querySelectorAll('a').length).to.equal(0);
      dialog(element, 'consent').querySelector<HTMLButtonElement>('.primary')!.click();
      expectSafeLaunches(spy);
      expect(spy.opens[0]!.url).not.to.contain('ADMIN');
      await expectInert(element);
    });
  });

  describe('values the kit would otherwise ignore silently', () => {
    const cases: [attribute: string, value: string][] = [
      ['consent', 'yes'],
      ['consent-remember', 'forever'],
      ['pc-mode', 'popups'],
      ['offline-mode', 'disable'],
      ['analytics', 'dataLayer'],
      ['kakaotalk-version', 'v10.5.0'],
    ];
    for (const [attribute, value] of cases) {
      it(`warns about ${attribute}="${value}" once, naming the attribute`, async () => {
        const { element, problems } = await render({ [attribute]: value });
        expect(summary(problems)).to.deep.equal([`consult-warning ${attribute}`]);
        expect(problems[0]!.message).to.contain(`"${value}"`);
        expect(output.lines).to.have.length(1);
        element.requestUpdate();
        await element.updateComplete;
        expect(output.lines, 'told once, not on every render').to.have.length(1);
      });
    }

    it('asks for consent all the same when the consent value is unknown', async () => {
      const { element } = await render({ consent: 'yes', 'member-id': 'A1029', 'pc-mode': 'popup' });
      button(element).click();
      expect(dialog(element, 'consent').open, 'the consent dialog opens').to.equal(true);
      expect(spy.opens.length + spy.submits.length).to.equal(0);
    });

    it('stops warning once the value is fixed, and removing it is no mistake', async () => {
      const { element, problems } = await render({ 'kakaotalk-version': 'ten', 'pc-mode': 'popups' });
      element.setAttribute('kakaotalk-version', '10.5.0');
      element.removeAttribute('pc-mode');
      await element.updateComplete;
      element.removeAttribute('kakaotalk-version');
      await element.updateComplete;
      expect(summary(problems)).to.deep.equal(['consult-warning kakaotalk-version', 'consult-warning pc-mode']);
    });

    it('keeps refused context values out of analytics, and an invalid channel too', async () => {
      const { element } = await render({ analytics: 'datalayer', placement: MARKUP, campaign: '010-1234-5678' });
      await click(element);
      const layer = (window as unknown as { dataLayer: Record<string, unknown>[] }).dataLayer;
      const sent = JSON.stringify(layer);
      expect(sent).not.to.contain('<img');
      expect(sent).not.to.contain('010-1234-5678');
      expect(layer.some((entry) => entry.event === 'consult_click')).to.equal(true);
      const broken = await render({ analytics: 'datalayer', channel: MARKUP });
      expect(summary(broken.problems)).to.deep.equal(['consult-error channel']);
      expect(JSON.stringify(layer)).not.to.contain('<img');
      await expectInert(element);
    });
  });
});
