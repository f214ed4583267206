import { expect, html, oneEvent } from '@open-wc/testing';
import '../../../src/elements/consult-button/consult-button.define.js';
import { configure, siteMember } from '../../../src/elements/consult-button/configure.js';
import type { KakaoConsultButton, ConsultLaunchDetail, ConsultProblemDetail } from '../../../src/elements/consult-button/consult-button.js';
import { captureConsole } from '../../support/capture-console.js';
import { spyOnLaunches, type LaunchSpy } from '../../support/launch-spy.js';
import { connectListening, mount } from '../../support/mount.js';

const ENDPOINT = 'https://bizmessage.kakao.com/chat/open';

/** Clicks the button and returns the consult-launch detail it fired. */
async function launch(element: KakaoConsultButton): Promise<ConsultLaunchDetail> {
  const launched = oneEvent(element, 'consult-launch');
  element.shadowRoot!.querySelector('button')!.click();
  return ((await launched) as CustomEvent<ConsultLaunchDetail>).detail;
}

describe('<kakao-consult-button> context in extra', () => {
  let spy: LaunchSpy;
  let testPage: string;
  let referrer: PropertyDescriptor | undefined;

  /** Opens the test page "from" another site, with a query string, as a visitor would arrive. */
  function arrive(path: string, from: string) {
    history.replaceState(null, '', path);
    Object.defineProperty(document, 'referrer', { value: from, configurable: true });
  }

  beforeEach(() => {
    spy = spyOnLaunches();
    testPage = location.href;
    referrer = Object.getOwnPropertyDescriptor(document, 'referrer');
    arrive('/event/spring', '');
  });
  afterEach(() => {
    spy.restore();
    history.replaceState(null, '', testPage);
    if (referrer) Object.defineProperty(document, 'referrer', referrer);
    else delete (document as { referrer?: string }).referrer;
    configure({ member: undefined, ticket: undefined });
  });

  describe('a ticket from configure({ ticket })', () => {
    it('is asked with the button context and rides in the POST and in the PC QR code, where the member does not', async () => {
      const asked: unknown[] = [];
      configure({ member: () => ({ id: 'A1029' }), ticket: (context) => (asked.push(context), 'Tk9f2A') });
      const element = await mount<KakaoConsultButton>(
        html`<kakao-consult-button channel="@brand" placement="cart"></kakao-consult-button>`,
      );
      await element.updateComplete;
      expect(asked).to.deep.equal([{ placement: 'cart', page: '/event/spring' }]);
      const opened = oneEvent(element, 'consult-qr-open');
      element.shadowRoot!.querySelector('button')!.click();
      const { detail } = await opened;
      expect(detail.request.url).to.equal(`${ENDPOINT}/@brand?extra=${encodeURIComponent('p=cart;r=Tk9f2A;k=/event/spring')}`);
      element.shadowRoot!.querySelector<HTMLDialogElement>('dialog#panel')!.close();
      element.setAttribute('pc-mode', 'popup');
      const sent = await launch(element);
      expect(sent.request.fields.extra).to.equal('p=cart;r=Tk9f2A;m=A1029;k=/event/spring');
      expect(spy.submits[0]!.fields.extra).to.equal('p=cart;r=Tk9f2A;m=A1029;k=/event/spring');
    });

    it('a tap before a slow ticket source answers waits for it, then launches once with it', async () => {
      let answer!: (ticket: string) => void;
      configure({ ticket: () => new Promise<string>((resolve) => (answer = resolve)) });
      const element = await mount<KakaoConsultButton>(
        html`<kakao-consult-button pc-mode="popup" channel="@brand" placement="cart"></kakao-consult-button>`,
      );
      const launched = oneEvent(element, 'consult-launch');
      element.shadowRoot!.querySelector('button')!.click();
      element.shadowRoot!.querySelector('button')!.click();
      expect(spy.opens).to.deep.equal([]);
      answer('Tk_late');
      const { detail } = await launched;
      expect(detail.request.fields.extra).to.equal('p=cart;r=Tk_late;k=/event/spring');
      expect(spy.opens).to.have.length(1);
    });

    it('tells a ticket source answer that is no ticket as soon as it arrives, before any click', async () => {
      const output = captureConsole('warn');
      configure({ ticket: async () => 'not a ticket!' });
      const { element, fired } = connectListening('kakao-consult-button', { channel: '@brand', 'pc-mode': 'popup' }, 'consult-warning');
      expect((await fired).detail.field).to.equal('ticket');
      expect(spy.opens).to.deep.equal([]);
      output.restore();
      element.remove();
    });

    it('a failing or odd ticket source is told, and the launch goes on without a ticket', async () => {
      const output = captureConsole('warn');
      configure({ ticket: () => Promise.reject(new Error('session expired')) });
      const { element, fired } = connectListening('kakao-consult-button', { channel: '@brand', 'pc-mode': 'popup' }, 'consult-warning');
      const { detail } = await fired;
      expect([detail.field, detail.message]).to.deep.equal([
        'ticket',
        'configure({ ticket }) failed (Error: session expired); launching without a ticket.',
      ]);
      expect((await launch(element)).request.fields.extra).to.equal('k=/event/spring');
      element.setAttribute('ticket', 'has space');
      await element.updateComplete;
      expect(output.lines.join('\n')).to.contain('ticket is left out of extra: a ticket is at most 16 letters');
      output.restore();
      element.remove();
    });
  });

  it('carries placement, utm campaign and source, and the page, in the detail and the request sent', async () => {
    arrive('/event/spring?utm_source=naver&utm_campaign=spring26', 'https://m.search.naver.com/search.naver?query=x');
    const element = await mount<KakaoConsultButton>(
      html`<kakao-consult-button pc-mode="popup" channel="@brand" placement="main_banner"></kakao-consult-button>`,
    );
    const detail = await launch(element);
    const extra = 'p=main_banner;c=spring26;s=naver;k=/event/spring';
    expect(detail.request.fields.extra).to.equal(extra);
    expect(detail.context!.kept).to.deep.equal(['placement', 'campaign', 'source', 'page']);
    expect(spy.opens[0]!.url).to.equal(`${ENDPOINT}/@brand?extra=${encodeURIComponent(extra)}`);
  });

  it('names the referring site when there is no utm_source', async () => {
    arrive('/event/spring', 'https://www.instagram.com/');
    const element = await mount<KakaoConsultButton>(
      html`<kakao-consult-button pc-mode="popup" channel="@brand" campaign="fall" page-key="evt"></kakao-consult-button>`,
    );
    expect((await launch(element)).request.fields.extra).to.equal('c=fall;s=instagram.com;k=evt');
  });

  it('sends member attributes by POST, so they never appear in a URL', async () => {
    const element = await mount<KakaoConsultButton>(
      html`<kakao-consult-button pc-mode="popup" channel="@brand" placement="mypage" member-id="A1029" member-grade="VIP"></kakao-consult-button>`,
    );
    const detail = await launch(element);
    expect(detail.request.method).to.equal('POST');
    expect(spy.opens).to.deep.equal([{ url: 'about:blank', target: 'kakao-consult', features: 'width=350,height=550' }]);
    expect(spy.submits[0]!.fields).to.deep.equal({ uuid: '@brand', extra: 'p=mypage;m=A1029;g=VIP;k=/event/spring' });
  });

  it('takes the member from the property, and attributes over it', async () => {
    const element = await mount<KakaoConsultButton>(html`<kakao-consult-button pc-mode="popup" channel="@brand"></kakao-consult-button>`);
    element.member = { id: 'P7', grade: 'GOLD' };
    expect((await launch(element)).request.fields.extra).to.equal('m=P7;g=GOLD;k=/event/spring');
    element.memberId = 'A1';
    await element.updateComplete;
    expect((await launch(element)).request.fields.extra).to.equal('m=A1;k=/event/spring');
  });

  it("asks the site's configure({ member }) callback once for every button, async too", async () => {
    let calls = 0;
    configure({
      member: async () => {
        calls += 1;
        return { id: 'S55', grade: 'SILVER' };
      },
    });
    const wrapper = await mount(html`<div>
      <kakao-consult-button pc-mode="popup" channel="@brand" placement="a"></kakao-consult-button>
      <kakao-consult-button pc-mode="popup" channel="@brand" placement="b"></kakao-consult-button>
    </div>`);
    const [first, second] = wrapper.querySelectorAll('kakao-consult-button');
    await siteMember();
    await Promise.all([first!.updateComplete, second!.updateComplete]);
    expect((await launch(first!)).request.fields.extra).to.equal('p=a;m=S55;g=SILVER;k=/event/spring');
    expect((await launch(second!)).request.fields.extra).to.equal('p=b;m=S55;g=SILVER;k=/event/spring');
    expect(calls).to.equal(1);

    configure({ member: () => null });
    await siteMember();
    await Promise.all([first!.updateComplete, second!.updateComplete]);
    expect((await launch(first!)).request.fields.extra).to.equal('p=a;k=/event/spring');
  });

  it('tells when the member is not an object, and launches without it', async () => {
    const warnings = captureConsole('warn');
    try {
      const element = await mount<KakaoConsultButton>(
        html`<kakao-consult-button pc-mode="popup" channel="@brand" placement="a"></kakao-consult-button>`,
      );
      const warned = oneEvent(element, 'consult-warning');
      (element as { member: unknown }).member = 'A1029';
      const { detail } = (await warned) as CustomEvent<ConsultProblemDetail>;
      expect(detail).to.deep.equal({
        field: 'member',
        message:
          'the member property gave string "A1029", not an object such as { id: "A1029", grade: "VIP" }; no member context is sent from it.',
      });
      expect((await launch(element)).request.fields.extra).to.equal('p=a;k=/event/spring');

      // The site's member still applies when the property is unusable.
      configure({ member: () => ({ id: 'S1' }) });
      await siteMember();
      await element.updateComplete;
      expect((await launch(element)).request.fields.extra).to.equal('p=a;m=S1;k=/event/spring');

      const fixed = oneEvent(element, 'consult-warning');
      configure({ member: () => 42 as never });
      await siteMember();
      expect(((await fixed) as CustomEvent<ConsultProblemDetail>).detail.message).to.match(
        /^configure\(\{ member \}\) gave number "42", not an object/,
      );
      expect(warnings.lines).to.have.length(2);
    } finally {
      warnings.restore();
    }
  });

  it('warns and launches without member context when the callback fails', async () => {
    const warnings = captureConsole('warn');
    try {
      configure({
        member: () => {
          throw new Error('session expired');
        },
      });
      const element = document.createElement('kakao-consult-button');
      element.setAttribute('channel', '@brand');
      element.setAttribute('pc-mode', 'popup');
      const warned = oneEvent(element, 'consult-warning');
      document.body.append(element);
      const { detail } = (await warned) as CustomEvent<ConsultProblemDetail>;
      expect(detail.field).to.equal('member');
      expect(detail.message).to.contain('session expired');
      expect(warnings.lines).to.have.length(1);
      expect((await launch(element)).request.fields.extra).to.equal('k=/event/spring');
      element.remove();
    } finally {
      warnings.restore();
    }
  });

  const personal: [string, string, string][] = [
    ['member-id', '010-1234-5678', 'a phone number'],
    ['member-id', 'kim@example.com', 'an e-mail address'],
    ['member-grade', '900101-1234567', 'a resident registration number'],
    ['placement', '4111 1111 1111 1111', 'a card number'],
  ];
  for (const [attribute, value, kind] of personal) {
    it(`refuses ${kind} in ${attribute}: left out, warned about, never sent`, async () => {
      const warnings = captureConsole('warn');
      try {
        const element = document.createElement('kakao-consult-button');
        element.setAttribute('channel', '@brand');
        element.setAttribute('pc-mode', 'popup');
        element.setAttribute(attribute, value);
        const warned = oneEvent(element, 'consult-warning');
        document.body.append(element);
        const { detail } = (await warned) as CustomEvent<ConsultProblemDetail>;
        expect(detail.field).to.equal(attribute);
        expect(detail.message).to.contain(kind);
        expect(warnings.lines).to.have.length(1);
        const sent = await launch(element);
        expect(sent.request.fields.extra).to.equal('k=/event/spring');
        expect(sent.request.method).to.equal('GET');
        expect(JSON.stringify([spy.opens, spy.submits])).not.to.contain(value.slice(0, 6));
        expect(warnings.lines, 'warned once, not on every click').to.have.length(1);
        element.remove();
      } finally {
        warnings.restore();
      }
    });
  }

  // Buttons with the same settings share one preview (plan and checks): each must still tell
  // its own problems, and a new route must get its own context.
  describe('buttons with the same settings', () => {
    /** The consult-warning fields of a new button with these settings, once it works. */
    async function warningsOf(markup: string): Promise<string[]> {
      const holder = document.createElement('div');
      holder.innerHTML = markup;
      const element = holder.firstElementChild as KakaoConsultButton;
      const fields: string[] = [];
      element.addEventListener('consult-warning', (event) => fields.push((event as CustomEvent<ConsultProblemDetail>).detail.field));
      document.body.append(element);
      await element.updateComplete;
      element.remove();
      return fields;
    }
    const SAME = '<kakao-consult-button channel="@brand" placement="list"></kakao-consult-button>';

    it('each tell the problem they share', async () => {
      const warnings = captureConsole('warn');
      try {
        const markup = '<kakao-consult-button channel="@brand" placement="kim@example.com"></kakao-consult-button>';
        expect(await warningsOf(markup)).to.deep.equal(['placement']);
        expect(await warningsOf(markup)).to.deep.equal(['placement']);
      } finally {
        warnings.restore();
      }
    });

    it("take each route's context: a campaign that looks personal is refused on that route only", async () => {
      const warnings = captureConsole('warn');
      try {
        arrive('/event/spring?utm_campaign=kim@example.com', '');
        expect(await warningsOf(SAME)).to.deep.equal(['campaign']);
        history.pushState(null, '', '/event/spring?utm_campaign=spring26');
        expect(await warningsOf(SAME)).to.deep.equal([]);
        history.pushState(null, '', '/event/spring?utm_campaign=kim@example.com');
        expect(await warningsOf(SAME)).to.deep.equal(['campaign']);
      } finally {
        warnings.restore();
      }
    });
  });

  it('sends a pre-signed extra exactly as given, collecting nothing', async () => {
    arrive('/event/spring?utm_source=naver', 'https://www.google.com/');
    const signed = 'p=mypage;m=A1029~q3VZk1xE';
    const element = await mount<KakaoConsultButton>(
      html`<kakao-consult-button pc-mode="popup" channel="@brand" extra=${signed} placement="x"></kakao-consult-button>`,
    );
    const detail = await launch(element);
    expect(detail.request.fields.extra).to.equal(signed);
    expect(detail.request.method, 'member data stays out of the URL').to.equal('POST');
    expect(detail.context).to.equal(undefined);
  });
});
