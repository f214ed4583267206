import { expect } from '@open-wc/testing';
import { findPersonalData, type PersonalDataKind } from '../../../src/core/launch/privacy.js';

describe('findPersonalData', () => {
  const personal: [string, PersonalDataKind][] = [
    // Korean mobile numbers, every way people type them.
    ['010-1234-5678', 'phone'],
    ['01012345678', 'phone'],
    ['010 1234 5678', 'phone'],
    ['010.1234.5678', 'phone'],
    ['011-234-5678', 'phone'],
    ['016-9876-5432', 'phone'],
    ['+82 10-1234-5678', 'phone'],
    ['+821012345678', 'phone'],
    ['82-10-1234-5678', 'phone'],
    ['(010) 1234-5678', 'phone'],
    ['tel:010-1234-5678', 'phone'],
    ['회원010-1234-5678님', 'phone'],
    // Land lines and internet phones.
    ['02-123-4567', 'phone'],
    ['02-1234-5678', 'phone'],
    ['031-123-4567', 'phone'],
    ['064-712-3456', 'phone'],
    ['070-1234-5678', 'phone'],
    // E-mail.
    ['user@example.com', 'email'],
    ['kim.minsu+cs@naver.com', 'email'],
    ['홍길동@회사.kr', 'email'],
    ['id=a.b@daum.net', 'email'],
    // 주민등록번호 and 외국인등록번호, plain, hyphenated, masked.
    ['900101-1234567', 'resident-number'],
    ['9001011234567', 'resident-number'],
    ['021231-4123456', 'resident-number'],
    ['900101-5123456', 'resident-number'],
    ['900101-1******', 'resident-number'],
    ['주민번호 850315 2345678', 'resident-number'],
    // Card numbers (Luhn-valid test numbers of the major networks).
    ['4111 1111 1111 1111', 'card-number'],
    ['4111-1111-1111-1111', 'card-number'],
    ['5555555555554444', 'card-number'],
    ['378282246310005', 'card-number'],
    ['6011111111111117', 'card-number'],
    ['9410-1234-5678-9010', 'card-number'],
  ];
  for (const [value, kind] of personal) {
    it(`finds ${kind} in ${JSON.stringify(value)}`, () => {
      expect(findPersonalData(value)).to.equal(kind);
    });
  }

  const harmless = [
    'home_banner',
    'spring26',
    'naver',
    'A1029',
    'VIP',
    '/product/123',
    '20261125',
    '1588-1234',
    '12345678',
    'order-2026-11-25',
    'v5.8.0',
    '4111 1111 1111 1112',
    '1234 5678 9012 3456',
    '991331-1234567',
    '@mybrand',
    '카톡으로 상담하세요',
    '',
  ];
  for (const value of harmless) {
    it(`lets ${JSON.stringify(value)} through`, () => {
      expect(findPersonalData(value)).to.equal(null);
    });
  }

  it('scans a megabyte of digits without hanging', () => {
    expect(findPersonalData('7'.repeat(1_000_000))).to.equal(null);
    expect(findPersonalData(`${'x'.repeat(500_000)}010-1234-5678`)).to.equal('phone');
  });
});
