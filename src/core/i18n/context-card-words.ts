import type { Locale } from './labels.js';

/** The agent's context card (`<kakao-consult-context>`, `contextCard`): field labels, badges and the empty line. */
const ko = {
  placement: '위치',
  campaign: '캠페인',
  source: '유입',
  page: '페이지',
  memberId: '회원',
  memberGrade: '등급',
  ticket: '티켓',
  event: '챗봇 이벤트',
  expiry: '링크',
  other: '기타',
  title: '상담 문맥',
  empty: '버튼이 보낸 문맥이 없어요.',
  expiresIn: '{when} 만료',
  expiredAgo: '{when} 만료됨',
  valid: '✓ 서명 확인됨: 사이트 서버가 보낸 값이에요',
  unsigned: '서명 없음: 사용자가 바꿀 수 있는 값이에요',
  'bad-signature': '⚠ 변조됨: 서명이 맞지 않아요. 회원 정보를 믿지 마세요',
  expired: '만료된 서명: 오래된 링크예요',
  'no-secret': '서명 미확인: 서버에서 확인하지 않았어요',
};

export type ContextCardWords = { readonly [Key in keyof typeof ko]: string };

const en: ContextCardWords = {
  placement: 'Placement',
  campaign: 'Campaign',
  source: 'Source',
  page: 'Page',
  memberId: 'Member',
  memberGrade: 'Grade',
  ticket: 'Ticket',
  event: 'Chatbot event',
  expiry: 'Link',
  other: 'Other',
  title: 'Consult context',
  empty: 'The button sent no context.',
  expiresIn: 'expires {when}',
  expiredAgo: 'expired {when}',
  valid: '✓ Verified: sent by the site’s server',
  unsigned: 'Unsigned: the user could have changed it',
  'bad-signature': '⚠ Tampered: the signature does not match; do not trust the member fields',
  expired: 'Expired signature: an old link',
  'no-secret': 'Signature not checked by the server',
};

export const CONTEXT_CARD_WORDS: Record<Locale, ContextCardWords> = { ko, en };
