import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseClient, type ClientInfo } from '../../../src/core/launch/client.js';
import { parseExtra } from '../../../src/core/launch/context.js';
import { DEFAULT_ENDPOINT } from '../../../src/core/launch/launch.js';
import { planLaunch, type LaunchPlan, type PcMode, type PlanClient, type PlanInputs } from '../../../src/core/launch/launch-plan.js';
import { USER_AGENTS } from '../../support/user-agents.js';

const CLIENTS: Record<string, ClientInfo> = {
  desktop: parseClient(USER_AGENTS.desktop),
  iphone: parseClient(USER_AGENTS.iphone),
  android: parseClient(USER_AGENTS.android),
  androidWebview: parseClient(USER_AGENTS.androidWebview),
  kakaoTalkIos: parseClient(USER_AGENTS.kakaoTalkIos),
};

const member = { id: 'A1029', grade: 'VIP' };
const plan = (inputs: Partial<PlanInputs> & { client: PlanClient }) =>
  planLaunch({ channel: '@brand', context: { placement: 'cart' }, ...inputs });

/** Every URL a plan makes the kit produce: the GET URL, a GET address, the intent. */
function urlsOf(result: LaunchPlan): string[] {
  const { request, intent } = result;
  if (!request) return [];
  return [request.url, ...(request.method === 'GET' ? [request.action] : []), ...(intent ? [intent, decodeURIComponent(intent)] : [])];
}

describe('planLaunch', () => {
  describe('target and transport, client by client', () => {
    const table: [string, Partial<PlanInputs>, string, 'GET' | 'POST'][] = [
      ['iphone', {}, '_self', 'GET'],
      ['iphone', { member }, '_self', 'POST'],
      ['iphone', { bot: 'true' }, '_self', 'POST'],
      ['android', {}, '_self', 'GET'],
      ['android', { member }, '_self', 'POST'],
      ['kakaoTalkIos', {}, '_self', 'GET'],
      ['androidWebview', {}, 'intent', 'GET'],
      // Only a URL can travel in an intent: the member stays out, and the launch is a GET.
      ['androidWebview', { member }, 'intent', 'GET'],
      ['androidWebview', { bot: 'true', event: 'welcome' }, 'intent', 'GET'],
      ['desktop', {}, 'panel', 'GET'],
      ['desktop', { member }, 'panel', 'POST'],
      ['desktop', { pcMode: 'qr' }, 'panel', 'GET'],
      ['desktop', { pcMode: 'popup' }, 'popup', 'GET'],
      ['desktop', { pcMode: 'popup', member }, 'popup', 'POST'],
      ['iphone', { bridge: true }, 'bridge', 'GET'],
      ['androidWebview', { bridge: true, member }, 'bridge', 'POST'],
      ['desktop', { bridge: true }, 'bridge', 'GET'],
    ];
    for (const [client, inputs, target, method] of table) {
      it(`${client} ${JSON.stringify(inputs)} → ${target} by ${method}`, () => {
        const result = plan({ client: CLIENTS[client]!, ...inputs });
        expect(result.target).to.equal(target);
        expect(result.request!.method).to.equal(method);
      });
    }

    it('a printed code is a GET carrying bot and event in its query, never the member', () => {
      const result = plan({ client: 'print', member, bot: 'true', event: 'welcome' });
      expect(result.target).to.equal('_self');
      expect(result.request!.method).to.equal('GET');
      expect(result.request!.url).to.equal(`${DEFAULT_ENDPOINT}/@brand?extra=p%3Dcart&bot=true&event=welcome`);
      expect(result.refused).to.deep.equal([{ field: 'member', reason: 'url-only' }]);
      expect(result.watch).to.equal(false);
    });

    it('makes the intent from the member-free GET, with that GET as the fallback', () => {
      const result = plan({ client: CLIENTS.androidWebview!, member });
      expect(result.intent).to.equal(
        `intent://bizmessage.kakao.com/chat/open/@brand?extra=p%3Dcart#Intent;scheme=https;package=com.kakao.talk;S.browser_fallback_url=${encodeURIComponent(`${DEFAULT_ENDPOINT}/@brand?extra=p%3Dcart`)};end`,
      );
      expect(result.refused).to.deep.equal([{ field: 'member', reason: 'url-only' }]);
      expect(result.watch).to.equal(true);
    });

    it('sends member fields by POST on a phone, with a member-free GET url beside them', () => {
      const result = plan({ client: CLIENTS.iphone!, member });
      expect(result.request!.fields.extra).to.equal('p=cart;m=A1029;g=VIP');
      expect(result.request!.action).to.equal(DEFAULT_ENDPOINT);
      expect(result.request!.url).to.equal(`${DEFAULT_ENDPOINT}/@brand?extra=p%3Dcart`);
      expect(result.memberPacked).to.equal(true);
      expect(result.context!.kept).to.deep.equal(['placement', 'memberId', 'memberGrade']);
    });

    it("tells once that the PC panel's code leaves the member out, while its PC path keeps it", () => {
      const result = plan({ client: CLIENTS.desktop!, member });
      expect(result.refused).to.deep.equal([{ field: 'member', reason: 'url-only' }]);
      expect(parseExtra(result.request!.fields.extra!).fields.memberId).to.equal('A1029');
      expect(result.request!.url).not.to.contain('A1029');
    });

    it('hands a bridge the POST form, and a url without the member', () => {
      const result = plan({ client: CLIENTS.androidWebview!, bridge: true, member });
      expect(result.request!.fields).to.deep.equal({ uuid: '@brand', extra: 'p=cart;m=A1029;g=VIP' });
      expect(result.request!.url).to.equal(`${DEFAULT_ENDPOINT}/@brand?extra=p%3Dcart`);
      expect(result.refused).to.deep.equal([]);
    });

    it('a ticket rides on every path, URLs included', () => {
      for (const client of [...Object.values(CLIENTS), 'print' as const]) {
        const result = plan({ client, member, ticket: 'Tk9f2A' });
        expect(result.request!.url, JSON.stringify(client)).to.contain('r%3DTk9f2A');
      }
    });

    it('watches for KakaoTalk only where a phone leaves the page', () => {
      expect(plan({ client: CLIENTS.iphone! }).watch).to.equal(true);
      expect(plan({ client: CLIENTS.androidWebview! }).watch).to.equal(true);
      expect(plan({ client: CLIENTS.desktop! }).watch).to.equal(false);
      expect(plan({ client: CLIENTS.iphone!, bridge: true }).watch).to.equal(false);
    });

    it('sends an intent to the tab when the endpoint is no https URL (a local test server)', () => {
      const result = plan({ client: CLIENTS.androidWebview!, endpoint: 'http://localhost:8000/chat/open' });
      expect(result.target).to.equal('_self');
      expect(result.intent).to.equal(undefined);
    });
  });

  describe('operating state, consent and settings', () => {
    it('waits while the remote switch has not answered', () => {
      expect(plan({ client: CLIENTS.iphone!, operating: 'pending' }).target).to.equal('wait');
    });

    it('launches nothing when the site switched the buttons off', () => {
      const result = plan({ client: CLIENTS.iphone!, operating: { enabled: false, open: true } });
      expect([result.target, result.blocked]).to.deep.equal(['disabled', 'switched-off']);
    });

    it('outside the hours the chatbot answers, unless the site chose a mode or disabled the button', () => {
      const closed = { enabled: true, open: false };
      const result = plan({ client: CLIENTS.iphone!, operating: closed });
      expect([result.target, result.offlineBot, result.request!.fields.bot, result.request!.method]).to.deep.equal([
        '_self',
        true,
        'true',
        'POST',
      ]);
      expect(plan({ client: CLIENTS.iphone!, operating: closed, bot: 'false' }).request!.fields.bot).to.equal('false');
      expect(plan({ client: CLIENTS.iphone!, operating: closed, offlineMode: 'disabled' }).blocked).to.equal('closed');
    });

    it('asks for consent first, and packs no member until it is given', () => {
      const asked = plan({ client: CLIENTS.iphone!, member, consent: 'required' });
      expect(asked.target).to.equal('consent');
      expect(asked.request!.fields.extra).to.equal('p=cart');
      const given = plan({ client: CLIENTS.iphone!, member, consent: 'given' });
      expect([given.target, given.request!.fields.extra]).to.deep.equal(['_self', 'p=cart;m=A1029;g=VIP']);
    });

    it('disables the launch on a bad setting and names it', () => {
      const result = plan({ client: CLIENTS.iphone!, channel: 'mybrand' });
      expect([result.target, result.blocked, result.error!.field]).to.deep.equal(['disabled', 'invalid', 'channel']);
      expect(result.request).to.equal(undefined);
    });

    it('reports refused values, never budget cuts', () => {
      const result = plan({ client: CLIENTS.iphone!, context: { placement: '010-1234-5678', campaign: 'x'.repeat(60) } });
      expect(result.refused).to.deep.equal([{ field: 'placement', reason: 'phone' }]);
    });
  });

  describe('a pre-packed extra', () => {
    it('is sent as is, by GET when it carries no member', () => {
      const result = plan({ client: CLIENTS.iphone!, extra: 'p=home~sig' });
      expect([result.request!.method, result.request!.fields.extra, result.context]).to.deep.equal(['GET', 'p=home~sig', undefined]);
    });

    it('with member fields goes by POST, and its URL form drops them and the signature they broke', () => {
      const result = plan({ client: CLIENTS.iphone!, extra: 'p=home;m=A1029;g=VIP~AbCd' });
      expect(result.request!.method).to.equal('POST');
      expect(result.request!.fields.extra).to.equal('p=home;m=A1029;g=VIP~AbCd');
      expect(result.request!.url).to.equal(`${DEFAULT_ENDPOINT}/@brand?extra=p%3Dhome`);
      const intent = plan({ client: CLIENTS.androidWebview!, extra: 'p=home;m=A1029~AbCd' });
      expect(intent.request!.fields.extra).to.equal('p=home');
      expect(intent.refused).to.deep.equal([{ field: 'member', reason: 'url-only' }]);
    });
  });

  describe('invariant: no URL carries member fields', () => {
    const memberValue = fc.stringMatching(/^[A-Za-z0-9_가-힣]{1,12}$/).map((value) => `Zq${value}`);
    const arbitraryInputs = fc.record({
      client: fc.constantFrom<PlanClient>(...Object.values(CLIENTS), 'print'),
      pcMode: fc.constantFrom<PcMode>('choice', 'qr', 'popup'),
      bridge: fc.boolean(),
      bot: fc.constantFrom('', 'true', 'false', 'auto'),
      consent: fc.constantFrom<'none' | 'required' | 'given'>('none', 'required', 'given'),
      operating: fc.constantFrom({ enabled: true, open: true }, { enabled: true, open: false }),
      member: fc.record({ id: memberValue, grade: fc.option(memberValue, { nil: undefined }) }),
      placement: fc.option(fc.stringMatching(/^[a-z_]{1,20}$/), { nil: undefined }),
      prepacked: fc.boolean(),
    });

    it('holds for random members over every client, pc-mode, bridge, consent and hours', () => {
      fc.assert(
        fc.property(arbitraryInputs, ({ member: who, placement, prepacked, ...rest }) => {
          const inputs: PlanInputs = prepacked
            ? { channel: '@brand', extra: `p=x;m=${who.id}${who.grade ? `;g=${who.grade}` : ''}~sig`, ...rest }
            : { channel: '@brand', context: { placement }, member: who, ...rest };
          const result = planLaunch(inputs);
          for (const url of urlsOf(result)) {
            for (const value of [who.id, who.grade].filter((v): v is string => Boolean(v))) {
              expect(url).not.to.contain(value);
              expect(url).not.to.contain(encodeURIComponent(value));
            }
            const extra = new URL(url.replace(/^intent:/, 'https:').split('#')[0]!).searchParams.get('extra') ?? '';
            expect(parseExtra(extra).fields).not.to.have.any.keys('memberId', 'memberGrade');
          }
          // The member is never lost silently: it rides in the POST, or the plan says it was left out.
          const inFields = result.request?.fields.extra?.includes(`m=${who.id}`) ?? false;
          const told = result.refused.some(({ field }) => field === 'member');
          if (result.target !== 'consent' && result.request) expect(inFields || told, JSON.stringify(result)).to.equal(true);
        }),
        { numRuns: 500 },
      );
    });
  });
});
