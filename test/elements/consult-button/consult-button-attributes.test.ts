import { expect, html } from '@open-wc/testing';
import '../../../src/elements/consult-button/consult-button.define.js';
import type { KakaoConsultButton } from '../../../src/elements/consult-button/consult-button.js';
import type { ButtonAttributeValues, ButtonSettings } from '../../../src/elements/consult-button/button-attributes.js';
import type { ConsultButtonAttributes } from '../../../src/elements/internal/jsx.js';
import { mount } from '../../support/mount.js';

// Compile-time: the class fields are exactly the table's settings, and JSX takes every attribute.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type FieldsOf<T> = { [K in keyof ButtonSettings]: K extends keyof T ? T[K] : never };
const fieldsMatchTable: Same<FieldsOf<KakaoConsultButton>, ButtonSettings> = true;
const jsxTakesEveryAttribute: Same<keyof ButtonAttributeValues, Exclude<keyof ConsultButtonAttributes, keyof HTMLAttributesWeTake>> = true;
type HTMLAttributesWeTake = Omit<ConsultButtonAttributes, keyof ButtonAttributeValues>;

describe('<kakao-consult-button> attributes', () => {
  it('are typed from the one table (checked when the tests compile)', () => {
    expect([fieldsMatchTable, jsxTakesEveryAttribute]).to.deep.equal([true, true]);
  });

  it('reflect the look and the channel when set as properties, as React 19 and Vue set them', async () => {
    const element = await mount<KakaoConsultButton>(html`<kakao-consult-button></kakao-consult-button>`);
    expect(element.getAttributeNames(), 'defaults are not written out').to.deep.equal([]);
    Object.assign(element, { channel: '@brand', label: 'long', color: 'mono', size: 'large', shape: 'full' });
    await element.updateComplete;
    expect(element.matches('kakao-consult-button[size=large]')).to.equal(true);
    for (const [name, value] of [
      ['channel', '@brand'],
      ['label', 'long'],
      ['color', 'mono'],
      ['size', 'large'],
      ['shape', 'full'],
    ]) {
      expect(element.getAttribute(name!), name).to.equal(value);
    }
    expect(element.hasAttribute('placement'), 'the rest do not reflect').to.equal(false);
  });

  it('goes back to the default when the attribute is removed', async () => {
    const element = await mount<KakaoConsultButton>(html`<kakao-consult-button channel="@brand" size="large"></kakao-consult-button>`);
    element.removeAttribute('size');
    await element.updateComplete;
    expect(element.size).to.equal('medium');
    expect(element.matches(':state(size-large)'), 'no state of the look it left').to.equal(false);
    expect(element.getBoundingClientRect().height).to.equal(45);
  });
});
