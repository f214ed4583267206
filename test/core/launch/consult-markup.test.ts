import { expect } from '@open-wc/testing';
import { consultLinkUrl, renderConsultButton, renderConsultButtonContent } from '../../../src/core/launch/consult-markup.js';
import { MARKUP } from '../../support/hostile.js';

const HOSTILE = [MARKUP, `'"&<>`, '</kakao-consult-button><script>alert(1)</script>'];

describe('renderConsultButton (server rendering)', () => {
  it('draws the tag with its attributes and a link to the member-free GET launch', () => {
    const html = renderConsultButton({
      channel: '@mybrand',
      placement: 'cart',
      'member-id': 'A1029',
      'member-grade': 'VIP',
      size: 'small',
      hidden: false,
      disabled: true,
    });
    expect(html).to.match(
      /^<kakao-consult-button channel="@mybrand" placement="cart" member-id="A1029" member-grade="VIP" size="small" disabled><a href="https:\/\/bizmessage\.kakao\.com\/chat\/open\/@mybrand\?extra=p%3Dcart"><svg /,
    );
    expect(html).to.contain('<span>상담하기</span></a></kakao-consult-button>');
    expect(consultLinkUrl({ channel: '@mybrand', 'member-id': 'A1029', extra: 'm=A1029', ticket: 'tk_1' })).to.equal(
      'https://bizmessage.kakao.com/chat/open/@mybrand',
    );
  });

  it('takes the label and language from the attributes, and draws no href for settings that cannot launch', () => {
    expect(renderConsultButtonContent({ channel: '@x', lang: 'en-US', label: 'long' })).to.contain('<span>Ask us on KakaoTalk</span>');
    expect(renderConsultButtonContent({ channel: 'no-at-sign' })).to.match(/^<a><svg/);
  });

  it('escapes hostile values and drops event handlers and names it cannot write', () => {
    for (const value of HOSTILE) {
      const html = renderConsultButton({
        channel: '@x',
        placement: value,
        campaign: value,
        class: value,
        onclick: 'alert(1)',
        'a"b': 'x',
        'x onload': 'y',
      });
      const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
      const host = parsed.body.firstElementChild!;
      expect(parsed.body.children.length, value).to.equal(1);
      expect(host.getAttribute('placement'), value).to.equal(value);
      expect(host.getAttributeNames(), value).to.deep.equal(['channel', 'placement', 'campaign', 'class']);
      expect(
        [...parsed.querySelectorAll('*')].map((element) => element.localName),
        value,
      ).to.deep.equal(['html', 'head', 'body', 'kakao-consult-button', 'a', 'svg', 'path', 'span']);
    }
  });
});
