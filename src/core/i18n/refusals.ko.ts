import { MAX_VALUE_LENGTH } from '../launch/context.js';
import { EXTRA_MAX_LENGTH } from '../launch/launch.js';
import type { RefusalMedium, RefusalSubject, RefusalWords } from './refusal-words.js';

const WHY_PERSONAL: Record<RefusalMedium, string> = {
  link: '개인정보는 상담 주소에 담지 않아요 (로그와 리퍼러에 남습니다).',
  print: '개인정보는 인쇄되는 주소에 담을 수 없어요 (로그와 사진에 남습니다). 대신 코드를 쓰세요.',
};

const personal =
  (kind: string) =>
  ({ subject, medium }: RefusalSubject) =>
    `${subject}: ${kind}처럼 보여 빠졌어요. ${WHY_PERSONAL[medium]}`;

/** Refusals in Korean: marketers' pages and terminals, and Korean agent tools. */
export const REFUSALS_KO: RefusalWords = {
  budget: ({ subject }) => `${subject}: 앞의 값들이 extra의 ${EXTRA_MAX_LENGTH}자를 채워 빠졌어요.`,
  invalid: ({ subject, field }) =>
    field === 'ticket'
      ? `${subject}: 티켓은 영문·숫자·_·- 16자 이하여야 해서 빠졌어요. 서버가 발급한 값을 그대로 넣어 주세요.`
      : `${subject}: 제어 문자(줄바꿈 등)나 보이지 않는 방향 문자가 있어 빠졌어요. 지워 주세요.`,
  broken: ({ subject }) =>
    `${subject}: 읽지 못한 글자(U+FFFD나 반쪽 서로게이트)가 있어 입력한 그대로의 글자가 아니에요. 그래서 빠졌어요. 원본을 맞는 인코딩으로 읽거나(예: --encoding cp949) 다시 입력해 주세요.`,
  markup: ({ subject }) => `${subject}: < 나 > 는 상담 화면에서 마크업으로 보일 수 있어 빠졌어요. 지워 주세요.`,
  'too-long': ({ subject }) => `${subject}: ${MAX_VALUE_LENGTH}자가 넘어 문맥으로 쓸 수 없어 빠졌어요.`,
  'url-only': ({ subject }) =>
    `${subject}: 이 경로로는 주소만 전달되어 회원 정보를 뺐어요 (위치·캠페인은 그대로). 회원은 ticket으로 알릴 수 있어요.`,
  phone: personal('전화번호'),
  email: personal('이메일 주소'),
  'resident-number': personal('주민등록번호'),
  'card-number': personal('카드 번호'),
};
