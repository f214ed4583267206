import type { DroppedField } from '../launch/context.js';
import type { Locale } from './labels.js';
import { REFUSALS_EN } from './refusals.en.js';
import { REFUSALS_KO } from './refusals.ko.js';
import type { RefusalOptions, RefusalWords } from './refusal-words.js';
import { clip } from '../text.js';

export type { RefusalMedium, RefusalOptions, RefusalSubject, RefusalWords } from './refusal-words.js';

const WORDS: Record<Locale, RefusalWords> = { en: REFUSALS_EN, ko: REFUSALS_KO };

/** The words for a value the kit left out of `extra`, from one language's table. */
export function describeRefusalWith(words: RefusalWords, { field, reason }: DroppedField, options: RefusalOptions = {}): string {
  // JSON quoting shows a line break or tab for what it is.
  const shown = options.value === undefined ? '' : ` ${JSON.stringify(clip(options.value))}`;
  return words[reason]({ subject: `${options.name ?? field}${shown}`, field, medium: options.medium ?? 'link' });
}

/**
 * The words for a value the kit left out of `extra`, in the reader's language: the one
 * table the element, the CLI and the studio use. (The element's console messages load the
 * English table alone, through {@link describeRefusalWith}.)
 */
export function describeRefusal(dropped: DroppedField, locale: Locale = 'en', options: RefusalOptions = {}): string {
  return describeRefusalWith(WORDS[locale], dropped, options);
}
