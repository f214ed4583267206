import { aTimeout, expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/elements/consult-button/consult-button.define.js';
import { configure } from '../../../src/elements/consult-button/configure.js';
import type { ConsultLaunchDetail, ConsultProblemDetail, KakaoConsultButton } from '../../../src/elements/consult-button/consult-button.js';
import { spyOnLaunches, type LaunchSpy } from '../../support/launch-spy.js';
import { connectListening, mount } from '../../support/mount.js';
import { captureConsole } from '../../support/capture-console.js';
import { button } from '../../support/queries.js';

/** Today's date in Korea, where the desk is. */
const todayInKorea = () => new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);
const WEEK = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const ALWAYS_OPEN = { hours: { week_timetable: WEEK.map((day) => ({ day, start_at: '0000', end_at: '2400' })) } };
const WEEKDAYS_9_TO_6 = { week_timetable: WEEK.slice(0, 5).map((day) => ({ day, start_at: '0900', end_at: '1800' })) };
const CLOSED_TODAY = { hours: WEEKDAYS_9_TO_6, holidays: [todayInKorea()] };

let unique = 0;
/** A config URL served by the test server (see web-test-runner.config.js), new for every test. */
function configUrl(body: unknown, options: { status?: number; delay?: number } = {}): { url: string; id: string } {
  const id = `t${Date.now()}-${(unique += 1)}`;
  const query = new URLSearchParams({ id, body: typeof body === 'string' ? body : JSON.stringify(body) });
  if (options.status) query.set('status', String(options.status));
  if (options.delay) query.set('delay', String(options.delay));
  return { url: `/__config?${query}`, id };
}

const requestsFor = async (id: string) => Number(await (await fetch(`/__config-count?id=${id}`)).text());
const visible = (element: Element) => getComputedStyle(element).display !== 'none';

/** Waits until the element has applied what the config server answered. */
async function settled(element: KakaoConsultButton, check: () => boolean) {
  await waitUntil(check, 'the config was not applied', { timeout: 4000 });
  await element.updateComplete;
}

/** Puts a button using `url` as its config on the page, listening for its first `event` from the start. */
const connectWithConfig = (url: string, event: 'consult-error' | 'consult-warning') =>
  connectListening('kakao-consult-button', { channel: '@brand', 'pc-mode': 'popup', 'config-src': url }, event);

describe('<kakao-consult-button config-src>', () => {
  let spy: LaunchSpy;
  let output: ReturnType<typeof captureConsole>;
  beforeEach(() => {
    spy = spyOnLaunches();
    output = captureConsole('error', 'warn');
  });
  afterEach(() => {
    spy.restore();
    output.restore();
    configure({ configSrc: '', analytics: '' });
    delete (window as { dataLayer?: unknown }).dataLayer;
  });

  it('hides every button when the site switches them off', async () => {
    // Answered late enough that the buttons are seen before it, on a busy machine too.
    const { url } = configUrl({ enabled: false }, { delay: 1000 });
    const wrapper = await mount(html`<div>
      <kakao-consult-button pc-mode="popup" channel="@brand" config-src=${url}></kakao-consult-button>
      <kakao-consult-button pc-mode="popup" channel="@brand" config-src=${url} shape="round"></kakao-consult-button>
    </div>`);
    const buttons = [...wrapper.querySelectorAll<KakaoConsultButton>('kakao-consult-button')];
    expect(buttons.every(visible), 'shown until the config says otherwise').to.equal(true);
    await settled(buttons[0]!, () => !buttons.some(visible));
    expect(buttons.map((element) => element.matches(':state(off)'))).to.deep.equal([true, true]);
  });

  describe('a tap before the config has answered', () => {
    const busy = (element: KakaoConsultButton) => button(element).getAttribute('aria-busy') === 'true';

    it('waits, busy, and launches nothing when the answer is enabled: false', async () => {
      const { url } = configUrl({ enabled: false }, { delay: 800 });
      const { element } = connectWithConfig(url, 'consult-warning');
      await element.updateComplete;
      button(element).click();
      await waitUntil(() => busy(element), 'the button did not show it is waiting');
      button(element).click();
      await settled(element, () => !visible(element));
      expect(busy(element)).to.equal(false);
      expect(spy.opens).to.deep.equal([]);
      expect(spy.submits).to.deep.equal([]);
      element.remove();
    });

    it('launches exactly once, however often it was tapped, when the answer is enabled: true', async () => {
      const { url } = configUrl(ALWAYS_OPEN, { delay: 800 });
      const { element } = connectWithConfig(url, 'consult-warning');
      await element.updateComplete;
      let clicks = 0;
      element.addEventListener('consult-click', () => (clicks += 1));
      button(element).click();
      button(element).click();
      expect(spy.opens, 'nothing before the answer').to.deep.equal([]);
      await waitUntil(() => spy.opens.length > 0, 'no launch after the config answered', { timeout: 4000 });
      await aTimeout(50);
      expect(spy.opens).to.have.length(1);
      expect(clicks).to.equal(1);
      expect(busy(element)).to.equal(false);
      element.remove();
    });

    it('launches as set on the page when the config does not answer within 2 s', async function () {
      this.timeout(8000);
      const { url } = configUrl({ enabled: false }, { delay: 3500 });
      const { element, fired } = connectWithConfig(url, 'consult-warning');
      await element.updateComplete;
      button(element).click();
      await waitUntil(() => spy.opens.length > 0, 'no launch after the wait ran out', { timeout: 3000 });
      expect(spy.opens).to.have.length(1);
      expect(((await fired) as CustomEvent<ConsultProblemDetail>).detail.message).to.contain('no answer within 2 s');
      element.remove();
    });
  });

  it('makes exactly one request for 100 buttons', async () => {
    const { url, id } = configUrl(ALWAYS_OPEN);
    const wrapper = await mount(html`<div></div>`);
    for (let i = 0; i < 100; i += 1) {
      const element = document.createElement('kakao-consult-button');
      element.setAttribute('channel', '@brand');
      element.setAttribute('pc-mode', 'popup');
      element.setAttribute('config-src', url);
      wrapper.append(element);
    }
    // Every button has asked for the config once its first update is done; the one request then
    // reaches the server (no fixed wait: a busy machine takes longer than any).
    await Promise.all([...wrapper.querySelectorAll('kakao-consult-button')].map((element) => element.updateComplete));
    await waitUntil(async () => (await requestsFor(id)) > 0, 'the config was never asked for', { timeout: 5000 });
    expect(await requestsFor(id)).to.equal(1);
    expect(wrapper.querySelectorAll('kakao-consult-button')).to.have.length(100);
  });

  it('shows the hours when closed, and still launches to the chatbot', async () => {
    const { url } = configUrl(CLOSED_TODAY);
    const element = await mount<KakaoConsultButton>(
      html`<kakao-consult-button pc-mode="popup" channel="@brand" config-src=${url}></kakao-consult-button>`,
    );
    await settled(element, () => element.matches(':state(offline)'));
    const hours = element.shadowRoot!.querySelector('[part="hours"]')!;
    expect(hours.textContent).to.equal('상담시간 평일 09:00–18:00');
    const range = hours.querySelector('.nowrap')!;
    expect(range.textContent).to.equal('09:00–18:00');
    expect(range.getClientRects().length, 'the time range stays on one line').to.equal(1);
    expect(button(element).getAttribute('aria-describedby')).to.equal('hours');
    expect(button(element).hasAttribute('aria-disabled')).to.equal(false);
    const launched = oneEvent(element, 'consult-launch');
    button(element).click();
    const { detail } = (await launched) as CustomEvent<ConsultLaunchDetail>;
    expect(detail.request.fields.bot).to.equal('true');
    expect(spy.submits).to.have.length(1);
  });

  it('disables the button outside the hours with offline-mode="disabled", in English too', async () => {
    const { url } = configUrl(CLOSED_TODAY);
    const element = await mount<KakaoConsultButton>(
      html`<kakao-consult-button pc-mode="popup" channel="@brand" lang="en" offline-mode="disabled" config-src=${url}></kakao-consult-button>`,
    );
    await settled(element, () => element.matches(':state(offline)'));
    expect(element.shadowRoot!.querySelector('[part="hours"]')!.textContent).to.equal('Hours: weekdays 09:00–18:00 (KST)');
    expect(button(element).getAttribute('aria-disabled')).to.equal('true');
    button(element).click();
    expect(spy.opens).to.deep.equal([]);
    expect(spy.submits).to.deep.equal([]);
  });

  it('launches normally during the hours and shows the notice in the page language', async () => {
    const { url } = configUrl({ ...ALWAYS_OPEN, notice: { ko: '연휴에는 답변이 늦어요.', en: 'Replies are slower over the holidays.' } });
    const element = await mount<KakaoConsultButton>(
      html`<kakao-consult-button pc-mode="popup" channel="@brand" config-src=${url}></kakao-consult-button>`,
    );
    await settled(element, () => Boolean(element.shadowRoot!.querySelector('[part="notice"]')));
    expect(element.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.equal('연휴에는 답변이 늦어요.');
    expect(element.matches(':state(offline)')).to.equal(false);
    const launched = oneEvent(element, 'consult-launch');
    button(element).click();
    expect(((await launched) as CustomEvent<ConsultLaunchDetail>).detail.request.fields.bot).to.equal(undefined);
  });

  it('reports an invalid file and applies none of it', async () => {
    const { url } = configUrl({ enabled: false, enabeld: true });
    const { element, fired: failed } = connectWithConfig(url, 'consult-error');
    const { detail } = (await failed) as CustomEvent<ConsultProblemDetail>;
    expect(detail.field).to.equal('config-src');
    expect(detail.message).to.contain('enabeld');
    expect(visible(element), 'enabled: false was not half-applied').to.equal(true);
    expect(output.lines.filter((line) => line.includes('enabeld'))).to.have.length(1);
    element.remove();
  });

  it('reports a file that is not JSON', async () => {
    const { url } = configUrl('{ enabled: false');
    const { element, fired: failed } = connectWithConfig(url, 'consult-error');
    expect(((await failed) as CustomEvent<ConsultProblemDetail>).detail.message).to.equal('not valid JSON');
    element.remove();
  });

  for (const [how, options] of [
    ['fails', { status: 503 }],
    ['takes over 2 s', { delay: 3000 }],
  ] as const) {
    it(`keeps the cached config when the fetch ${how}`, async () => {
      const { url } = configUrl({ enabled: true }, options);
      const key = `kakao-consult-button:config:${new URL(url, location.href).href}`;
      sessionStorage.setItem(
        key,
        JSON.stringify({ config: { enabled: false, holidays: [], notice: {} }, storedAt: Date.now() - 3_600_000 }),
      );
      const { element, fired: warned } = connectWithConfig(url, 'consult-warning');
      // The cached config applies as soon as the config code has loaded, before the fetch ends.
      await settled(element, () => !visible(element));
      const { detail } = (await warned) as CustomEvent<ConsultProblemDetail>;
      expect(detail.field).to.equal('config-src');
      await element.updateComplete;
      expect(visible(element), 'and still holds after the failure').to.equal(false);
      element.remove();
      sessionStorage.removeItem(key);
    });
  }

  it('shows the button as configured locally when the fetch fails and nothing is cached', async () => {
    const { url } = configUrl({ enabled: false }, { status: 500 });
    const { element, fired: warned } = connectWithConfig(url, 'consult-warning');
    await warned;
    await element.updateComplete;
    expect(visible(element)).to.equal(true);
    expect(element.matches(':state(noted)')).to.equal(false);
    element.remove();
  });

  it('takes the config from configure({ configSrc }) for every button', async () => {
    const { url } = configUrl({ enabled: false });
    const element = await mount<KakaoConsultButton>(html`<kakao-consult-button pc-mode="popup" channel="@brand"></kakao-consult-button>`);
    configure({ configSrc: url });
    await settled(element, () => !visible(element));
  });
});

describe('<kakao-consult-button analytics="datalayer">', () => {
  let spy: LaunchSpy;
  beforeEach(() => {
    spy = spyOnLaunches();
  });
  afterEach(() => {
    spy.restore();
    configure({ analytics: '' });
    delete (window as { dataLayer?: unknown }).dataLayer;
  });

  it('pushes every consult event with placement and campaign, never member data', async () => {
    const existing = { event: 'gtm.js' };
    (window as { dataLayer?: unknown[] }).dataLayer = [existing];
    const element = await mount<KakaoConsultButton>(
      html`<kakao-consult-button pc-mode="popup" channel="@brand" analytics="datalayer" placement="cart" campaign="fall" member-id="A1029" member-grade="VIP"></kakao-consult-button>`,
    );
    button(element).click();
    const layer = (window as unknown as { dataLayer: Record<string, unknown>[] }).dataLayer;
    expect(layer[0]).to.equal(existing);
    expect(layer.slice(1)).to.deep.equal([
      {
        event: 'consult_click',
        consult_channel: '@brand',
        consult_placement: 'cart',
        consult_campaign: 'fall',
        consult_platform: 'desktop',
      },
      {
        event: 'consult_launch',
        consult_channel: '@brand',
        consult_placement: 'cart',
        consult_campaign: 'fall',
        consult_platform: 'desktop',
      },
    ]);
    expect(JSON.stringify(layer)).not.to.contain('A1029').and.not.to.contain('VIP');
  });

  it('pushes problems too, and follows configure({ analytics })', async () => {
    configure({ analytics: 'datalayer' });
    const warnings = captureConsole('warn');
    try {
      const element = await mount<KakaoConsultButton>(
        html`<kakao-consult-button pc-mode="popup" channel="@brand" size="huge"></kakao-consult-button>`,
      );
      await element.updateComplete;
      const layer = (window as unknown as { dataLayer: Record<string, unknown>[] }).dataLayer;
      expect(layer).to.deep.include({
        event: 'consult_warning',
        consult_channel: '@brand',
        consult_placement: '',
        consult_campaign: '',
        consult_field: 'size',
      });
    } finally {
      warnings.restore();
    }
  });

  it('pushes nothing without analytics', async () => {
    const element = await mount<KakaoConsultButton>(html`<kakao-consult-button pc-mode="popup" channel="@brand"></kakao-consult-button>`);
    button(element).click();
    expect((window as { dataLayer?: unknown }).dataLayer).to.equal(undefined);
  });
});
