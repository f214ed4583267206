// Every word the kit shows lives in this folder, one table per locale of one typed shape per
// topic: `TOPIC: Record<Locale, Words>` (labels, MESSAGES, CONTEXT_CARD_WORDS, CARD_TEXT,
// REPORT_CHART_TITLES, studioMessages), so a locale missing a word does not compile. The
// refusals are the one topic split into a module per locale (REFUSALS_EN, REFUSALS_KO, both
// `RefusalWords`): the elements' console messages load the English table alone.

/** A locale the kit speaks; Korean is the default. */
export type Locale = 'ko' | 'en';

export interface Labels {
  labelShort: string;
  labelLong: string;
}

/**
 * The button guide's two labels per locale: all the button needs to paint. They open each
 * locale's message table (messages.ts) and stay apart so the first script carries no more.
 */
export const labels: Record<Locale, Labels> = {
  ko: { labelShort: '상담하기', labelLong: '카톡으로 상담하세요' },
  en: { labelShort: 'Consult', labelLong: 'Ask us on KakaoTalk' },
};

/** The locale for a BCP 47 language tag (`en-US` → en); anything unknown falls back to Korean. */
export function localeFor(lang: string | null | undefined): Locale {
  const primary = (lang ?? '').trim().toLowerCase().split('-')[0] as Locale;
  return Object.hasOwn(labels, primary) ? primary : 'ko';
}

/** The label a button draws: its `label` setting (`long` or the default short one) in the locale of `lang`. */
export function buttonLabel(lang: string | null | undefined, label: unknown): string {
  const { labelShort, labelLong } = labels[localeFor(lang)];
  return label === 'long' ? labelLong : labelShort;
}
