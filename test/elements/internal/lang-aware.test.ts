import { expect, html } from '@open-wc/testing';
import '../../../src/elements/consult-button/consult-button.define.js';
import '../../../src/elements/consult-context/consult-context.define.js';
import type { KakaoConsultButton } from '../../../src/elements/consult-button/consult-button.js';
import { mount } from '../../support/mount.js';

const label = (element: Element) => element.shadowRoot!.querySelector('[part=label]')!.textContent;
/** Lets the page's MutationObserver run and the elements re-render. */
const settle = async (element: KakaoConsultButton) => {
  await Promise.resolve();
  await element.updateComplete;
};

describe("the elements' language", () => {
  const pageLang = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = pageLang;
  });

  it('follows a later change of <html lang>', async () => {
    document.documentElement.lang = 'ko';
    const element = await mount<KakaoConsultButton>(html`<kakao-consult-button channel="@brand"></kakao-consult-button>`);
    expect(label(element)).to.equal('상담하기');
    document.documentElement.lang = 'en';
    await settle(element);
    expect(label(element)).to.equal('Consult');
  });

  it("follows a later change of the nearest ancestor's lang, and of its own", async () => {
    const wrapper = await mount<HTMLElement>(
      html`<section lang="en"><div><kakao-consult-button channel="@brand"></kakao-consult-button></div></section>`,
    );
    const element = wrapper.querySelector<KakaoConsultButton>('kakao-consult-button')!;
    await element.updateComplete;
    expect(label(element)).to.equal('Consult');
    wrapper.lang = 'ko';
    await settle(element);
    expect(label(element)).to.equal('상담하기');
    wrapper.querySelector('div')!.lang = 'en';
    await settle(element);
    expect(label(element), 'a nearer lang added').to.equal('Consult');
    element.lang = 'ko';
    await settle(element);
    expect(label(element)).to.equal('상담하기');
  });

  it('leaves elements outside the changed subtree alone', async () => {
    const wrapper = await mount<HTMLElement>(
      html`<div><section lang="en"></section><kakao-consult-button channel="@brand" lang="en"></kakao-consult-button></div>`,
    );
    const element = wrapper.querySelector<KakaoConsultButton>('kakao-consult-button')!;
    await element.updateComplete;
    let updates = 0;
    const update = element.requestUpdate.bind(element);
    element.requestUpdate = (...args: Parameters<typeof update>) => {
      updates += 1;
      update(...args);
    };
    wrapper.querySelector('section')!.lang = 'ko';
    await settle(element);
    expect(updates).to.equal(0);
  });
});
