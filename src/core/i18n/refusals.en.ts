import { MAX_VALUE_LENGTH } from '../launch/context.js';
import { EXTRA_MAX_LENGTH } from '../launch/launch.js';
import type { RefusalMedium, RefusalSubject, RefusalWords } from './refusal-words.js';

const WHY_PERSONAL: Record<RefusalMedium, string> = {
  link: 'personal data must not travel in launch URLs (they end up in logs and referrers).',
  print: 'personal data must not ride in a printed URL (it lands in logs and photos); use a code instead.',
};

const personal =
  (kind: string) =>
  ({ subject, medium }: RefusalSubject) =>
    `${subject} looks like ${kind} and is left out of extra: ${WHY_PERSONAL[medium]}`;

/** Refusals in English: the developer's console and English pages and terminals. */
export const REFUSALS_EN: RefusalWords = {
  budget: ({ subject }) => `${subject} is left out of extra: the fields before it fill its ${EXTRA_MAX_LENGTH} characters.`,
  invalid: ({ subject, field }) =>
    field === 'ticket'
      ? `${subject} is left out of extra: a ticket is at most 16 letters, digits, "_" or "-"; pass the value your server issued.`
      : `${subject} has control characters (a line break?), bidi marks or a bad key, and is left out of extra; remove them.`,
  broken: ({ subject }) =>
    `${subject} holds a character that did not decode (U+FFFD or a lone surrogate) and is left out of extra; retype it.`,
  markup: ({ subject }) => `${subject} contains < or > (markup to an agent's console) and is left out of extra; remove them.`,
  'too-long': ({ subject }) => `${subject} is over ${MAX_VALUE_LENGTH} characters, too long for context, and is left out of extra.`,
  'url-only': ({ subject }) =>
    `${subject} is left out: only a URL travels here (QR code, intent) and member data never rides in one; a ticket can name the member instead.`,
  phone: personal('a phone number'),
  email: personal('an e-mail address'),
  'resident-number': personal('a resident registration number'),
  'card-number': personal('a card number'),
};
