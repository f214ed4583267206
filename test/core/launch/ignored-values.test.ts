import { expect } from '@open-wc/testing';
import {
  consentAsked,
  consentNotice,
  unknownAnalytics,
  unknownConsent,
  unreadableVersion,
  unsafePolicyLink,
  unusableMember,
} from '../../../src/core/launch/ignored-values.js';

const BASE = 'https://shop.example/product/1';

describe('ignored values', () => {
  it('tells an unsafe policy link, from the notice or the attribute, and accepts https and site paths', () => {
    expect(unsafePolicyLink({}, 'javascript:alert(1)', BASE)!.field).to.equal('consent-href');
    expect(unsafePolicyLink({ href: 'data:text/html,x' }, '', BASE)!.field).to.equal('consent');
    expect(unsafePolicyLink({}, 'http://tracker.example/p', BASE)!.message).to.contain('neither https nor a path on this site');
    for (const fine of ['', '/privacy', 'https://shop.example/privacy', null, undefined])
      expect(unsafePolicyLink({}, fine, BASE), String(fine)).to.equal(undefined);
  });

  it('tells a kakaotalk-version that is no dotted version', () => {
    expect(unreadableVersion('ten')!.message).to.contain('"ten" is not a dotted version');
    expect(unreadableVersion('10.5.0')).to.equal(undefined);
    expect(unreadableVersion('')).to.equal(undefined);
  });

  it('asks for consent on any non-blank value, and tells the ones it does not know', () => {
    expect(['required', 'yes', { purpose: 'x' }].map(consentAsked)).to.deep.equal([true, true, true]);
    expect(['', '  ', null].map(consentAsked)).to.deep.equal([false, false, false]);
    expect(unknownConsent('yes')!.message).to.contain('consent is asked all the same');
    expect(unknownConsent('required')).to.equal(undefined);
    expect(consentNotice({ purpose: 'p' })).to.deep.equal({ purpose: 'p' });
    expect(consentNotice('required')).to.deep.equal({});
  });

  it('tells an analytics value other than datalayer', () => {
    expect(unknownAnalytics('ga4')!.field).to.equal('analytics');
    expect(unknownAnalytics('datalayer')).to.equal(undefined);
  });

  it('tells a member that is no object, naming where it came from', () => {
    expect(unusableMember('A1029', 'member')!.message).to.match(/^the member property gave string "A1029", not an object/);
    expect(unusableMember(['A1029'], 'configure')!.message).to.match(/^configure\(\{ member \}\) gave an array/);
    expect(unusableMember({ id: 'A1029' }, 'member')).to.equal(undefined);
    expect(unusableMember(null, 'configure')).to.equal(undefined);
  });
});
