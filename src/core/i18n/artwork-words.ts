import type { Locale } from './labels.js';

/** The card's heading and instruction. */
export const CARD_TEXT: Record<Locale, { title: string; instruction: string; label: string }> = {
  ko: { title: '카카오톡으로 상담하기', instruction: '휴대폰 카메라로 QR 코드를 찍어 주세요', label: '카카오톡 상담' },
  en: { title: 'Chat with us on KakaoTalk', instruction: 'Scan the QR code with your phone camera', label: 'KakaoTalk chat' },
};
