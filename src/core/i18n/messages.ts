import { labels, localeFor, type Locale } from './labels.js';

/** Seven names, Monday first; a tuple so a table with six fails to compile. */
type WeekNames = readonly [string, string, string, string, string, string, string];

/** Every string the elements show, one table per locale; `ko` is the default. */
const ko = {
  ...labels.ko,
  unavailable: '카카오톡 상담을 열 수 없어요. 사이트 설정을 확인해 주세요.',
  close: '닫기',
  consentTitle: '개인정보 수집·이용 동의',
  consentIntro: '카카오톡 상담을 시작하기 전에 아래 내용을 확인해 주세요.',
  consentPurpose: '수집 목적',
  consentItems: '수집 항목',
  consentRetention: '보유 기간',
  consentProcessors: '처리 위탁',
  consentDefault:
    '상담 문의를 처리하기 위해 회원 정보(회원번호, 등급)를 상담사에게 전달하며, 상담 내용은 관련 법령에 따라 일정 기간 보관됩니다.',
  consentPolicy: '개인정보 처리방침 전문 보기',
  consentAgree: '동의하고 상담하기',
  consentCancel: '취소',
  updateNeeded: '상담하기는 카카오톡 5.8.0 이상에서 쓸 수 있어요. 카카오톡을 업데이트해 주세요.',
  updateLink: '카카오톡 업데이트',
  notOpened: '카카오톡이 열리지 않았나요?',
  installLink: '카카오톡 설치·업데이트',
  retry: '다시 열기',
  /** The offline state's hours line; `{hours}` is the day groups and their times. */
  hoursSummary: '상담시간 {hours}',
  /** Shown instead when the timetable has no entries at all. */
  hoursNone: '상담 운영 시간이 없어요.',
  hoursEveryDay: '매일',
  hoursWeekdays: '평일',
  hoursWeekends: '주말',
  /** Short day names, Monday first. */
  hoursDays: ['월', '화', '수', '목', '금', '토', '일'] satisfies WeekNames,
  panelTitle: '카카오톡으로 상담하기',
  panelScan: '휴대폰 카메라로 QR 코드를 찍으면 카카오톡 상담 채팅방이 열려요.',
  panelPc: 'PC에서 카카오계정으로 열기',
  qrFailed: 'QR 코드를 불러오지 못했어요.',
  openLink: '링크로 열기',
  newWindow: '새 창에서 열림',
  qrLabel: '카카오톡 상담 QR 코드',
  qrUnavailable: 'QR 코드를 만들 수 없어요. 사이트 설정을 확인해 주세요.',
  downloadSvg: 'SVG 다운로드',
  downloadPng: 'PNG 다운로드',
};

export type Messages = typeof ko;

const en: Messages = {
  ...labels.en,
  unavailable: "KakaoTalk consult can't open. Please check the site's settings.",
  close: 'Close',
  consentTitle: 'Consent to the use of personal data',
  consentIntro: 'Before your KakaoTalk consult starts, please review the following.',
  consentPurpose: 'Purpose',
  consentItems: 'Data collected',
  consentRetention: 'Kept for',
  consentProcessors: 'Processed by',
  consentDefault:
    'To handle your enquiry we pass your member details (member number, grade) to our agent, and keep the consult for the period the law requires.',
  consentPolicy: 'Read the full privacy policy',
  consentAgree: 'Agree and consult',
  consentCancel: 'Cancel',
  updateNeeded: 'Consult needs KakaoTalk 5.8.0 or later. Please update KakaoTalk.',
  updateLink: 'Update KakaoTalk',
  notOpened: "KakaoTalk didn't open?",
  installLink: 'Install or update KakaoTalk',
  retry: 'Try again',
  // Visitors abroad read this, so the zone is spelled out.
  hoursSummary: 'Hours: {hours} (KST)',
  hoursNone: 'No consultation hours are set.',
  hoursEveryDay: 'every day',
  hoursWeekdays: 'weekdays',
  hoursWeekends: 'weekends',
  hoursDays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  panelTitle: 'Consult on KakaoTalk',
  panelScan: "Scan the code with your phone's camera to open the consult chat in KakaoTalk.",
  panelPc: 'Open on this PC (Kakao account)',
  qrFailed: "The QR code couldn't load.",
  openLink: 'Open the link',
  newWindow: 'opens in a new window',
  qrLabel: 'KakaoTalk consult QR code',
  qrUnavailable: "The QR code can't be made. Please check the site's settings.",
  downloadSvg: 'Download SVG',
  downloadPng: 'Download PNG',
};

export const MESSAGES: Record<Locale, Messages> = { ko, en };

/** The message table for a BCP 47 language tag. */
export function messagesFor(lang: string | null | undefined): Messages {
  return MESSAGES[localeFor(lang)];
}
