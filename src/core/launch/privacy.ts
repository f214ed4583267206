/**
 * Recognises personal data that must never ride in `extra`: it travels in URLs, lands in
 * server logs and referrers, and is shown to agents before the user has consented to anything.
 */
export type PersonalDataKind = 'phone' | 'email' | 'resident-number' | 'card-number';

const EMAIL = /[^\s@;=]+@[^\s@;=]+\.[A-Za-z]{2,}/;

// 주민등록번호 / 외국인등록번호: YYMMDD, then a 1–8 gender/century digit and six more digits
// (or the six digits masked, which still tells birth date and gender). No lookbehind in these
// patterns: Safari before 16.4 cannot parse it, so the character before is matched instead.
const RESIDENT_NUMBER = /(?:^|\D)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[\s.-]?[1-8](?:\d{6}|\*{6})(?!\d)/;

// Digit runs with the separators people type in phone and card numbers.
const DIGIT_RUN = /(?:^|[^\d+])(\+?\d(?:[\s.()-]{0,2}\d){6,22})(?!\d)/g;

// Korean numbers once separators are gone: mobile 010/011/016–019, 070 internet phones,
// Seoul 02 and the regional 031–064 codes; with 82 in place of the leading 0 when international.
const KOREAN_PHONE = /^(?:0|82)(?:1[016789]\d{7,8}|70\d{7,8}|2\d{7,8}|[3-6][1-5]\d{7,8})$/;

/** Card numbers: 13–19 digits from the major networks' ranges (and Korean domestic 9…), Luhn-valid. */
function isCardNumber(digits: string): boolean {
  if (digits.length < 13 || digits.length > 19 || !/^[3-69]/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** The kind of personal data the value contains, or null. */
export function findPersonalData(value: string): PersonalDataKind | null {
  if (EMAIL.test(value)) return 'email';
  if (RESIDENT_NUMBER.test(value)) return 'resident-number';
  for (const [, run] of value.matchAll(DIGIT_RUN)) {
    const digits = run!.replace(/\D/g, '');
    if (KOREAN_PHONE.test(digits)) return 'phone';
    if (isCardNumber(digits)) return 'card-number';
  }
  return null;
}
