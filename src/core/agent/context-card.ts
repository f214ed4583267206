import { parseExtra } from '../launch/context.js';
import type { Locale } from '../i18n/labels.js';
import type { SignatureState } from './signature.js';

/** What an agent's console shows for one consult's context: labelled rows and the signature's badge. */
export interface ContextCard {
  /** The card's accessible name: `상담 문맥`, `Consult context`. */
  title: string;
  /** The fields present, in the order an agent reads them. */
  rows: ContextRow[];
  badge: { state: SignatureState; text: string };
  /** The words to show when `extra` held nothing; undefined when there are rows. */
  empty?: string;
}

export interface ContextRow {
  /** `placement`, …, `expiry`, `other`, or `custom.<key>`. */
  field: string;
  label: string;
  value: string;
}

const WORDS = {
  ko: {
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
  },
  en: {
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
  },
} as const satisfies Record<Locale, Record<string, string>>;

const FIELDS = ['placement', 'campaign', 'source', 'page', 'memberId', 'memberGrade', 'ticket'] as const;
const SIGNATURE_STATES: readonly SignatureState[] = ['valid', 'unsigned', 'bad-signature', 'expired', 'no-secret'];

/** How long until (or since) `at`, in the reader's words: `3시간 후`, `2 days ago`. */
function relative(at: number, now: number, locale: Locale): string {
  const seconds = (at - now) / 1000;
  const units: [Intl.RelativeTimeFormatUnit, number][] = [['day', 86_400], ['hour', 3600], ['minute', 60]];
  const [unit, size] = units.find(([, length]) => Math.abs(seconds) >= length) ?? ['minute', 60];
  return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(Math.round(seconds / size), unit);
}

/**
 * The card for an `extra` as it arrived: every field the kit knows, custom keys, pieces in no
 * known form (`other`), the chatbot event and the link's expiry, and the signature as words
 * (never a colour alone). `signature` is what the server's `readReference` said; without it, a
 * signed value is `no-secret` (not checked) and an unsigned one `unsigned`.
 */
export function contextCard(extra: string, options: { signature?: string; event?: string; now?: number; locale?: Locale } = {}): ContextCard {
  const locale = options.locale ?? 'ko';
  const words = WORDS[locale];
  const parsed = parseExtra(extra);
  const rows: ContextRow[] = [];
  for (const field of FIELDS) {
    const value = parsed.fields[field];
    if (value !== undefined && value !== '') rows.push({ field, label: words[field], value });
  }
  if (options.event) rows.push({ field: 'event', label: words.event, value: options.event });
  if (parsed.expiresAt !== undefined) {
    const now = options.now ?? Date.now();
    const when = relative(parsed.expiresAt, now, locale);
    rows.push({ field: 'expiry', label: words.expiry, value: (parsed.expiresAt > now ? words.expiresIn : words.expiredAgo).replace('{when}', when) });
  }
  for (const [key, value] of Object.entries(parsed.fields.custom ?? {})) rows.push({ field: `custom.${key}`, label: key, value });
  if (parsed.unknown.length > 0) rows.push({ field: 'other', label: words.other, value: parsed.unknown.join(';') });

  const given = SIGNATURE_STATES.find((state) => state === options.signature);
  const state = given ?? (parsed.signature === undefined ? 'unsigned' : 'no-secret');
  const card: ContextCard = { title: words.title, rows, badge: { state, text: words[state] } };
  if (rows.length === 0) card.empty = words.empty;
  return card;
}
