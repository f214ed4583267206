import { MAX_VALUE_LENGTH, type DropReason, type DroppedField } from './context.js';
import { EXTRA_MAX_LENGTH } from './launch.js';
import type { Locale } from './labels.js';
import { clip } from './text.js';

/**
 * Where the refused value would have gone: a launch from a page (`link`: the button, a
 * link, an intent) or a printed code (`print`: the CLI, the studio), whose URL ends up in
 * photos as well as logs.
 */
export type RefusalMedium = 'link' | 'print';

export interface RefusalOptions {
  /** The name to show for the field, e.g. the attribute `member-id` for `memberId`. */
  name?: string;
  /** The value as the user typed it, quoted in the message so they can find it. */
  value?: string;
  medium?: RefusalMedium;
}

/** Personal data kinds, as a reader names them. */
const PERSONAL: Record<Locale, Record<'phone' | 'email' | 'resident-number' | 'card-number', string>> = {
  ko: { phone: '전화번호', email: '이메일 주소', 'resident-number': '주민등록번호', 'card-number': '카드 번호' },
  en: { phone: 'a phone number', email: 'an e-mail address', 'resident-number': 'a resident registration number', 'card-number': 'a card number' },
};

/** Why it matters, per medium: the advice that follows a personal-data refusal. */
const WHY_PERSONAL: Record<Locale, Record<RefusalMedium, string>> = {
  ko: {
    link: '개인정보는 상담 주소에 담지 않아요 (로그와 리퍼러에 남습니다).',
    print: '개인정보는 인쇄되는 주소에 담을 수 없어요 (로그와 사진에 남습니다). 대신 코드를 쓰세요.',
  },
  en: {
    link: 'personal data must not travel in launch URLs (they end up in logs and referrers).',
    print: 'personal data must not ride in a printed URL (it lands in logs and photos); use a code instead.',
  },
};

/**
 * The words for a value the kit left out of `extra`, in the reader's language. Every
 * {@link DropReason} has a case, so a new reason does not compile until it is described here.
 * The message starts with the field's name, so a reader knows what to change.
 */
export function describeRefusal({ field, reason }: DroppedField, locale: Locale = 'en', options: RefusalOptions = {}): string {
  const name = options.name ?? field;
  // JSON quoting shows a line break or tab for what it is.
  const shown = options.value === undefined ? '' : ` ${JSON.stringify(clip(options.value))}`;
  const subject = `${name}${shown}`;
  const medium = options.medium ?? 'link';
  const ko = locale === 'ko';
  switch (reason) {
    case 'budget':
      return ko
        ? `${subject}: 앞의 값들이 extra의 ${EXTRA_MAX_LENGTH}자를 채워 빠졌어요.`
        : `${subject} is left out of extra: the fields before it fill its ${EXTRA_MAX_LENGTH} characters.`;
    case 'invalid':
      if (field === 'ticket') {
        return ko
          ? `${subject}: 티켓은 영문·숫자·_·- 16자 이하여야 해서 빠졌어요. 서버가 발급한 값을 그대로 넣어 주세요.`
          : `${subject} is left out of extra: a ticket is at most 16 letters, digits, "_" or "-"; pass the value your server issued.`;
      }
      return ko
        ? `${subject}: 제어 문자(줄바꿈 등)나 보이지 않는 방향 문자가 있어 빠졌어요. 지워 주세요.`
        : `${subject} is not plain text (control characters such as a line break, bidi marks, or an invalid key) and is left out of extra; remove them.`;
    case 'markup':
      return ko
        ? `${subject}: < 나 > 는 상담 화면에서 마크업으로 보일 수 있어 빠졌어요. 지워 주세요.`
        : `${subject} contains < or >, which an agent's console could take for markup, and is left out of extra; remove them.`;
    case 'too-long':
      return ko
        ? `${subject}: ${MAX_VALUE_LENGTH}자가 넘어 문맥으로 쓸 수 없어 빠졌어요.`
        : `${subject} is longer than ${MAX_VALUE_LENGTH} characters, far too long to be context, and is left out of extra.`;
    case 'url-only':
      return ko
        ? `${subject}: 이 경로로는 주소만 전달되어 회원 정보를 뺐어요 (위치·캠페인은 그대로). 회원은 ticket으로 알릴 수 있어요.`
        : `${subject} is left out: only a URL can travel this way (QR code, intent, link) and member data never rides in one; placement and campaign stay. A ticket can identify the member instead.`;
    case 'phone':
    case 'email':
    case 'resident-number':
    case 'card-number':
      return ko
        ? `${subject}: ${PERSONAL.ko[reason]}처럼 보여 빠졌어요. ${WHY_PERSONAL.ko[medium]}`
        : `${subject} looks like ${PERSONAL.en[reason]} and is left out of extra: ${WHY_PERSONAL.en[medium]}`;
    default:
      return unreachable(reason);
  }
}

function unreachable(reason: never): never {
  throw new TypeError(`no words for refusal reason ${String(reason as DropReason)}`);
}
