/** Every string the elements show, one table per locale; `ko` is the default. */
export const ko = {
  labelShort: '상담하기',
  labelLong: '카톡으로 상담하세요',
  unavailable: '카카오톡 상담을 열 수 없어요. 사이트 설정을 확인해 주세요.',
  newWindow: '새 창에서 열림',
  qrLabel: '카카오톡 상담 QR 코드',
  qrUnavailable: 'QR 코드를 만들 수 없어요. 사이트 설정을 확인해 주세요.',
  downloadSvg: 'SVG 다운로드',
  downloadPng: 'PNG 다운로드',
};

export type Messages = typeof ko;

export const en: Messages = {
  labelShort: 'Consult',
  labelLong: 'Ask us on KakaoTalk',
  unavailable: "KakaoTalk consult can't open. Please check the site's settings.",
  newWindow: 'opens in a new window',
  qrLabel: 'KakaoTalk consult QR code',
  qrUnavailable: "The QR code can't be made. Please check the site's settings.",
  downloadSvg: 'Download SVG',
  downloadPng: 'Download PNG',
};

export type Locale = 'ko' | 'en';

const tables: Record<Locale, Messages> = { ko, en };

/** Picks the table for a BCP 47 language tag (`en-US` → en); anything unknown falls back to Korean. */
export function messagesFor(lang: string | null | undefined): Messages {
  const primary = (lang ?? '').trim().toLowerCase().split('-')[0] as Locale;
  return Object.hasOwn(tables, primary) ? tables[primary] : ko;
}
