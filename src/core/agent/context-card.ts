import { parseExtra } from '../launch/context.js';
import type { Locale } from '../i18n/labels.js';
import { CONTEXT_CARD_WORDS as WORDS } from '../i18n/context-card-words.js';
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

const FIELDS = ['placement', 'campaign', 'source', 'page', 'memberId', 'memberGrade', 'ticket'] as const;
const SIGNATURE_STATES: readonly SignatureState[] = ['valid', 'unsigned', 'bad-signature', 'expired', 'no-secret'];

/** How long until (or since) `at`, in the reader's words: `3시간 후`, `2 days ago`. */
function relative(at: number, now: number, locale: Locale): string {
  const seconds = (at - now) / 1000;
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['day', 86_400],
    ['hour', 3600],
    ['minute', 60],
  ];
  const [unit, size] = units.find(([, length]) => Math.abs(seconds) >= length) ?? ['minute', 60];
  return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(Math.round(seconds / size), unit);
}

/**
 * The card for an `extra` as it arrived: every field the kit knows, custom keys, pieces in no
 * known form (`other`), the chatbot event and the link's expiry, and the signature as words
 * (never a colour alone). `signature` is what the server's `readReference` said; without it, a
 * signed value is `no-secret` (not checked) and an unsigned one `unsigned`.
 */
export function contextCard(
  extra: string,
  options: { signature?: string; event?: string; now?: number; locale?: Locale } = {},
): ContextCard {
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
    rows.push({
      field: 'expiry',
      label: words.expiry,
      value: (parsed.expiresAt > now ? words.expiresIn : words.expiredAgo).replace('{when}', when),
    });
  }
  for (const [key, value] of Object.entries(parsed.fields.custom ?? {})) rows.push({ field: `custom.${key}`, label: key, value });
  if (parsed.unknown.length > 0) rows.push({ field: 'other', label: words.other, value: parsed.unknown.join(';') });

  const given = SIGNATURE_STATES.find((state) => state === options.signature);
  const state = given ?? (parsed.signature === undefined ? 'unsigned' : 'no-secret');
  const card: ContextCard = { title: words.title, rows, badge: { state, text: words[state] } };
  if (rows.length === 0) card.empty = words.empty;
  return card;
}
