import { expect } from '@open-wc/testing';
import type { DropReason } from '../../../src/core/launch/context.js';
import { describeRefusal } from '../../../src/core/i18n/refusals.js';

const REASONS: DropReason[] = ['budget', 'invalid', 'markup', 'too-long', 'url-only', 'phone', 'email', 'resident-number', 'card-number'];

describe('describeRefusal', () => {
  it('words every reason in Korean and English, starting with the field name', () => {
    for (const reason of REASONS) {
      for (const locale of ['ko', 'en'] as const) {
        const message = describeRefusal({ field: 'placement', reason }, locale);
        expect(message.startsWith('placement'), `${reason}/${locale}: ${message}`).to.equal(true);
        expect(message, `${reason}/${locale}`).not.to.match(/undefined|null|\[object/);
      }
      // The two languages really differ: Korean text has Hangul, English has none.
      expect(describeRefusal({ field: 'p', reason }, 'ko')).to.match(/[가-힣]/);
      expect(describeRefusal({ field: 'p', reason }, 'en')).not.to.match(/[가-힣]/);
    }
  });

  it('names what was refused: markup and length are told apart from personal data', () => {
    expect(describeRefusal({ field: 'placement', reason: 'markup' }, 'en')).to.contain('< or >');
    expect(describeRefusal({ field: 'placement', reason: 'too-long' }, 'en')).to.contain('256');
    expect(describeRefusal({ field: 'placement', reason: 'phone' }, 'en')).to.contain('a phone number');
    expect(describeRefusal({ field: 'placement', reason: 'phone' }, 'ko')).to.contain('전화번호');
  });

  it('quotes the value as typed, control characters visible, and uses the name given', () => {
    const message = describeRefusal({ field: 'memberId', reason: 'invalid' }, 'en', { name: 'member-id', value: 'a\nb' });
    expect(message.startsWith('member-id "a\\nb"')).to.equal(true);
  });

  it('tells what a ticket must look like', () => {
    expect(describeRefusal({ field: 'ticket', reason: 'invalid' }, 'en')).to.contain('at most 16 letters, digits');
    expect(describeRefusal({ field: 'ticket', reason: 'invalid' }, 'ko')).to.contain('16자 이하');
  });

  it('gives print advice for printed codes and link advice for launches', () => {
    expect(describeRefusal({ field: 'placement', reason: 'email' }, 'en', { medium: 'print' })).to.contain('photos');
    expect(describeRefusal({ field: 'placement', reason: 'email' }, 'en')).to.contain('launch URLs');
  });
});
