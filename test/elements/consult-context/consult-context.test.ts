import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/context.js';
import type { KakaoConsultContext } from '../../../src/elements/consult-context/consult-context.js';

// Made by the Node `signContext`; its expiry (t=rd6slb) is a minute after NOW.
const SIGNED = 't=rd6slb;p=mypage;m=A1029;g=VIP~61C1t5r3';
const NOW = 1654738690219;
const FULL = 'p=home_banner;c=spring26;s=naver;r=Tk_9-aZ;m=A1029;g=VIP;k=/product/123;color=red';

/** What a reader sees: each row's label and value, and the badge's words. */
function read(element: KakaoConsultContext) {
  const root = element.shadowRoot!;
  const rows = [...root.querySelectorAll('.row')].map((row) => [
    row.querySelector('dt')!.textContent,
    row.querySelector('dd')!.textContent,
  ]);
  return { rows, badge: root.querySelector('[part="badge"]')!.textContent, empty: root.querySelector('[part="empty"]')?.textContent };
}

describe('<kakao-consult-context>', () => {
  it('shows every field, the chatbot event and custom keys, labelled in Korean', async () => {
    const element = await fixture<KakaoConsultContext>(
      html`<kakao-consult-context extra=${FULL} event="order_status"></kakao-consult-context>`,
    );
    expect(read(element)).to.deep.equal({
      rows: [
        ['위치', 'home_banner'],
        ['캠페인', 'spring26'],
        ['유입', 'naver'],
        ['페이지', '/product/123'],
        ['회원', 'A1029'],
        ['등급', 'VIP'],
        ['티켓', 'Tk_9-aZ'],
        ['챗봇 이벤트', 'order_status'],
        ['color', 'red'],
      ],
      badge: '서명 없음: 사용자가 바꿀 수 있는 값이에요',
      empty: undefined,
    });
  });

  it('speaks English under lang="en", and tells how long the signed link has left', async () => {
    const element = await fixture<KakaoConsultContext>(
      html`<div lang="en"><kakao-consult-context extra=${SIGNED} signature="valid" .now=${NOW}></kakao-consult-context></div>`,
    );
    const card = read(element.querySelector('kakao-consult-context')!);
    expect(card.rows).to.deep.equal([
      ['Placement', 'mypage'],
      ['Member', 'A1029'],
      ['Grade', 'VIP'],
      ['Link', 'expires in 1 minute'],
    ]);
    expect(card.badge).to.equal('✓ Verified: sent by the site’s server');
  });

  it('tells each signature state in words, and a signed value nobody checked as not checked', async () => {
    const expected: Record<string, string> = {
      valid: '✓ 서명 확인됨: 사이트 서버가 보낸 값이에요',
      unsigned: '서명 없음: 사용자가 바꿀 수 있는 값이에요',
      'bad-signature': '⚠ 변조됨: 서명이 맞지 않아요. 회원 정보를 믿지 마세요',
      expired: '만료된 서명: 오래된 링크예요',
      'no-secret': '서명 미확인: 서버에서 확인하지 않았어요',
    };
    const element = await fixture<KakaoConsultContext>(
      html`<kakao-consult-context extra=${SIGNED} .now=${NOW + 3 * 86_400_000}></kakao-consult-context>`,
    );
    expect(read(element).badge).to.equal(expected['no-secret']);
    expect(read(element).rows.at(-1)).to.deep.equal(['링크', '3일 전 만료됨']);
    for (const [state, words] of Object.entries(expected)) {
      element.signature = state;
      await element.updateComplete;
      expect(read(element).badge, state).to.equal(words);
      expect(element.shadowRoot!.querySelector('[part="badge"]')!.getAttribute('data-state')).to.equal(state);
    }
    element.signature = 'trust-me';
    await element.updateComplete;
    expect(read(element).badge).to.equal(expected['no-secret']);
  });

  it('shows markup in extra as text, and hand-made pieces as they are', async () => {
    const hostile = 'p=<img src=x onerror=alert(1)>;m=<b>A</b>;<script>alert(2)</script>';
    const element = await fixture<KakaoConsultContext>(html`<kakao-consult-context extra=${hostile}></kakao-consult-context>`);
    expect(read(element).rows).to.deep.equal([
      ['위치', '<img src=x onerror=alert(1)>'],
      ['회원', '<b>A</b>'],
      ['기타', '<script>alert(2)</script>'],
    ]);
    const root = element.shadowRoot!;
    expect(root.querySelectorAll('img, b, script').length).to.equal(0);
  });

  it('says when there is no context', async () => {
    const element = await fixture<KakaoConsultContext>(html`<kakao-consult-context></kakao-consult-context>`);
    expect(read(element)).to.deep.equal({
      rows: [],
      badge: '서명 없음: 사용자가 바꿀 수 있는 값이에요',
      empty: '버튼이 보낸 문맥이 없어요.',
    });
  });

  it('is accessible in every state: a named region, the badge in words', async () => {
    for (const signature of ['valid', 'bad-signature', 'expired']) {
      const element = await fixture<KakaoConsultContext>(
        html`<kakao-consult-context extra=${FULL} signature=${signature}></kakao-consult-context>`,
      );
      await expect(element).to.be.accessible();
      expect(element.shadowRoot!.querySelector('section')!.getAttribute('aria-label')).to.equal('상담 문맥');
    }
  });
});
