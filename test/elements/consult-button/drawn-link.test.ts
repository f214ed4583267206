// What the script-tag file draws into bare tags before the element's code has arrived
// (drawn-link.ts): the server renderer's link, built with DOM calls, and the pre-upgrade
// styles adopted once. The element is never defined in this file, so every tag stays a link.
import { expect } from '@open-wc/testing';
import { preUpgradeCss } from '../../../src/core/launch/button-metrics.js';
import { renderConsultButtonContent } from '../../../src/core/launch/consult-markup.js';
import { drawLinks } from '../../../src/elements/consult-button/drawn-link.js';

const TAG = 'kakao-consult-button';

/** `html` in a fresh container; removed, with any sheet drawLinks adopted, after `check`. */
async function withPage(html: string, check: (root: HTMLElement) => void | Promise<void>) {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.append(root);
  const sheets = document.adoptedStyleSheets;
  try {
    await check(root);
  } finally {
    root.remove();
    document.adoptedStyleSheets = sheets;
  }
}

/** The server's drawing for these attributes, read back as the browser serializes it. */
const serverDrawing = (attributes: Record<string, string>) => {
  const template = document.createElement('template');
  template.innerHTML = renderConsultButtonContent(attributes);
  return template.innerHTML;
};

describe('drawLinks', () => {
  it("draws each bare tag as the server renderer's link: the GET launch with its context, the symbol and the label", async () => {
    await withPage(
      `<${TAG} channel="@mybrand" placement="cart" campaign="봄 세일"></${TAG}><${TAG} channel="@mybrand" bot="true" event="hi" page-key="/p"></${TAG}>`,
      (root) => {
        expect(drawLinks()).to.equal(2);
        const [cart, bot] = [...root.querySelectorAll(TAG)];
        expect(cart!.innerHTML).to.equal(serverDrawing({ channel: '@mybrand', placement: 'cart', campaign: '봄 세일', lang: 'ko' }));
        expect(bot!.innerHTML).to.equal(serverDrawing({ channel: '@mybrand', bot: 'true', event: 'hi', 'page-key': '/p', lang: 'ko' }));
        expect(cart!.querySelector('a')!.getAttribute('href')).to.match(/^https:\/\/bizmessage\.kakao\.com\/chat\/open\/@mybrand\?extra=/);
      },
    );
  });

  it('never puts member data, `extra` or the ticket in the link: those stay on the tag for the element', async () => {
    await withPage(
      `<${TAG} channel="@a" placement="cart" member-id="A1029" member-grade="vip" extra="secret" ticket="t-1"></${TAG}>`,
      (root) => {
        drawLinks();
        const href = root.querySelector(`${TAG} > a`)!.getAttribute('href')!;
        expect(decodeURIComponent(href)).to.equal('https://bizmessage.kakao.com/chat/open/@a?extra=p=cart');
      },
    );
  });

  it('labels each tag in its nearest language, its own `lang` first', async () => {
    await withPage(`<div lang="en"><${TAG} channel="@a"></${TAG}><${TAG} channel="@a" lang="ko" label="long"></${TAG}></div>`, (root) => {
      drawLinks();
      expect([...root.querySelectorAll(`${TAG} span`)].map((span) => span.textContent)).to.deep.equal(['Consult', '카톡으로 상담하세요']);
    });
  });

  it('leaves tags that have a link already (a server drew it) as they are, and draws none twice', async () => {
    await withPage(`<${TAG} channel="@a"><a href="https://example.com/own">own</a></${TAG}><${TAG} channel="@a"></${TAG}>`, (root) => {
      const own = root.querySelector('a')!;
      expect(drawLinks()).to.equal(1);
      expect(drawLinks()).to.equal(0);
      expect(root.querySelector(TAG)!.firstElementChild === own).to.equal(true);
      expect(root.querySelectorAll(`${TAG} > a`).length).to.equal(2);
    });
  });

  it('gives tags with the same settings their own link each', async () => {
    await withPage(`<${TAG} channel="@a"></${TAG}><${TAG} channel="@a"></${TAG}>`, (root) => {
      drawLinks();
      const [first, second] = [...root.querySelectorAll(`${TAG} > a`)];
      expect(first !== second && first!.isEqualNode(second!)).to.equal(true);
    });
  });

  it('draws settings that cannot launch without a target, and parses nothing an attribute holds', async () => {
    await withPage(`<${TAG} placement="no-channel"></${TAG}>`, (root) => {
      const host = root.querySelector(TAG)!;
      host.setAttribute('channel', '"><img src=x onerror="window.__owned = 1">');
      host.setAttribute('label', '<b>long</b>');
      drawLinks();
      expect(host.querySelector('a')!.hasAttribute('href')).to.equal(false);
      expect(host.querySelectorAll('img, b').length).to.equal(0);
      expect(host.querySelector('span')!.textContent).to.equal('상담하기');
    });
  });

  it('adopts the pre-upgrade styles once per call that draws, and none when there is nothing to draw', async () => {
    await withPage(`<${TAG} channel="@a" size="large"></${TAG}>`, (root) => {
      const before = document.adoptedStyleSheets.length;
      expect(drawLinks()).to.equal(1);
      expect(document.adoptedStyleSheets.length).to.equal(before + 1);
      const rules = [...document.adoptedStyleSheets.at(-1)!.cssRules].map((rule) => rule.cssText);
      const expected = new CSSStyleSheet();
      expected.replaceSync(preUpgradeCss(TAG));
      expect(rules).to.deep.equal([...expected.cssRules].map((rule) => rule.cssText));
      expect(rules.every((rule) => rule.includes(':not(:defined)'))).to.equal(true);
      drawLinks();
      expect(document.adoptedStyleSheets.length).to.equal(before + 1);
      // Painted as the guide's large button before any element code.
      expect(root.querySelector(TAG)!.getBoundingClientRect().height).to.equal(54);
    });
  });
});
