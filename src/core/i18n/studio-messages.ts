import type { ConsultInputError } from '../errors.js';
import type { Locale } from './labels.js';
import { clip, hasBrokenText } from '../text.js';

/**
 * The words of the printed-code tools (the `kakao-consult` CLI and the studio page), Korean
 * and English, in one table: both tools say the same thing the same way. Refused context
 * values have their own table (`describeRefusal`); this one holds everything else.
 */

/** The fields a printed code (a CLI option, a CSV column, a studio field) can be given. */
export type StudioField =
  | 'name'
  | 'channel'
  | 'placement'
  | 'campaign'
  | 'source'
  | 'page'
  | 'bot'
  | 'event'
  | 'endpoint'
  | 'format'
  | 'template'
  | 'size'
  | 'dpi'
  | 'px'
  | 'ecc'
  | 'margin'
  | 'dark'
  | 'light'
  | 'bleed'
  | 'caption'
  | 'label'
  | 'logo';

/** Korean names of the fields, as the studio labels them and Korean CSV headers name them. */
export const FIELD_NAMES_KO: Record<StudioField, string> = {
  name: '이름',
  channel: '채널',
  placement: '위치',
  campaign: '캠페인',
  source: '매체',
  page: '페이지',
  bot: '챗봇',
  event: '이벤트',
  endpoint: '주소',
  format: '형식',
  template: '템플릿',
  size: '크기',
  dpi: 'dpi',
  px: '픽셀',
  ecc: '오류 복원',
  margin: '여백',
  dark: '코드 색',
  light: '바탕 색',
  bleed: '재단 여유',
  caption: '설명',
  label: '문구',
  logo: '로고',
};

/** What each field must be, in plain Korean: the Korean message for a refused value. */
const RULES_KO: Record<StudioField, string> = {
  name: '파일 이름이 되는 값이에요. 글자나 숫자로 시작하고 글자·숫자·공백·_-.()+ 만 쓸 수 있어요 (경로나 ".."은 안 돼요, 120자까지).',
  channel:
    '채널 검색용 아이디를 "@"로 시작해 적어 주세요 (예: @mybrand, @카카오상담). 글자·숫자·_ . - 만 쓸 수 있어요. pf.kakao.com/_xxxx 형식의 공개 ID는 쓸 수 없어요.',
  placement: '어느 인쇄물인지 알려 주는 짧은 글자예요 (예: poster_a).',
  campaign: '캠페인 이름이에요 (예: spring26).',
  source: '매체 이름이에요 (예: flyer).',
  page: '페이지나 매장 키예요 (예: gangnam_store).',
  bot: '"true"(챗봇 먼저), "false"(상담사), "auto"(현재 모드) 중 하나여야 해요.',
  event: '챗봇 블록 이벤트 이름이에요. 제어 문자나 < > 없이 짧게 적고, 챗봇이 "false"(상담사)일 때는 쓸 수 없어요.',
  endpoint: 'https로 시작하는 상담 주소여야 해요 (비워 두면 기본 주소). 계정 정보·쿼리·# 은 넣을 수 없어요.',
  format: '"png", "svg", "pdf" 중 하나여야 해요.',
  template: '"code"(코드만), "sticker"(스티커), "card"(카드) 중 하나여야 해요.',
  size: '인쇄 크기를 단위와 함께 적어 주세요 (예: 30mm, 3cm, 1.2in).',
  dpi: '인쇄 해상도(1인치에 찍는 점 수)예요. 1~2400 사이 숫자로 적어 주세요 (보통 300).',
  px: 'PNG의 픽셀 크기예요. 정수로 적고, 크기(size)와 함께 쓰지 마세요. 한 모듈이 1px 이상, 전체 4096px 이하여야 해요.',
  ecc: '오류 복원 단계는 L, M, Q, H 중 하나예요 (코드가 가려져도 읽히는 비율 7·15·25·30%).',
  margin: '코드 둘레 여백(모듈 수)은 0~16 사이 정수예요. 표준은 4예요.',
  dark: '"#000" 또는 "#000000" 같은 색 코드로 적고, 바탕보다 3배 이상 진해야 읽혀요.',
  light: '"#fff" 또는 "#ffffff" 같은 색 코드로 적고, 코드 색보다 3배 이상 밝아야 읽혀요.',
  bleed: '재단 여유는 "3mm"처럼 길이로 적거나 비워 두세요.',
  caption: '카드 아래에 들어갈 짧은 설명이에요. 한 줄, 40자까지 적어 주세요.',
  label: '스티커에 들어갈 짧은 문구예요. 한 줄, 20자까지 적어 주세요.',
  logo: '로고는 PNG 파일이어야 하고, H 단계에서 코드 면적의 9 %를 넘지 않아야 해요.',
};

/** An input error's message, starting with its field's name so a reader knows what to change. */
export function describeInputError(error: ConsultInputError, locale: Locale, value?: string): string {
  if (locale === 'en') return error.message.startsWith(error.field) ? error.message : `${error.field}: ${error.message}`;
  const field = error.field as StudioField;
  const name = Object.hasOwn(FIELD_NAMES_KO, field) ? `${FIELD_NAMES_KO[field]}(${field})` : error.field;
  const shown = value === undefined || value === '' ? '' : ` ${JSON.stringify(clip(value))}`;
  const rule =
    value !== undefined && hasBrokenText(value)
      ? '읽지 못한 글자(U+FFFD나 반쪽 서로게이트)가 있어 입력한 그대로의 글자가 아니에요. 원본을 맞는 인코딩으로 읽거나 다시 입력해 주세요.'
      : Object.hasOwn(RULES_KO, field)
        ? RULES_KO[field]
        : error.message;
  const suggestion = error.suggestion === undefined ? '' : ` "${error.suggestion}"을(를) 쓰려던 건가요?`;
  return `${name}${shown}: ${rule}${suggestion}`;
}

const lines = (values: readonly number[]) => values.join(', ');
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
const quoted = (names: readonly string[]) => names.map((name) => `"${name}"`).join(', ');

/** One locale's words; functions take what the message quotes. */
export interface StudioMessages {
  emptyFile: string;
  missingColumns(missing: readonly string[], header: string, channelOptional: boolean): string;
  duplicateColumn(column: string, first: string, second: string): string;
  ignoredColumns(names: readonly string[]): string;
  noRows: string;
  tooManyFields(fields: number, columns: number): string;
  unnamedColumn(index: number): string;
  duplicateName(text: string, firstLine: number, firstText: string): string;
  sameUrl(name: string, twin: string, twinLine: number): string;
  sameScanId(name: string, twin: string, twinLine: number): string;
  invalidRows(invalid: number, total: number): string;
  noValidRows: string;
  wrote(count: number, directory: string, manifest: string): string;
  skippedInvalid(invalidLines: readonly number[]): string;
  skippedEmpty(emptyLines: readonly number[]): string;
  shortened(field: string, extra: string): string;
  eccRaised(ecc: string): string;
  smallModules(moduleMm: string, minimum: number): string;
  smallArtwork(template: string, mm: string, minimum: number): string;
  logoTooLarge(percent: number): string;
  csvAfterQuote(character: string): string;
  csvUnclosed: string;
  /** The launch URL does not fit the code; `field` says what to change (`logo`, `ecc`, `url`). */
  urlTooLong(field: string, detail: string): string;
  warning: string;
  /** A manifest read back would give another code than it lists (a cell changed since). */
  reprintDiffers(listed: string, now: string): string;
  /** Which encoding a table was read in (`UTF-8`, `CP949 (EUC-KR)`, …). */
  readAs(encoding: string): string;
  /** Bytes that do not decode in `encoding`; nothing was read. */
  undecodable(encoding: string): string;
  /** A U+FFFD in the file itself: text damaged before it was saved. */
  replacementInFile: string;
  /** Where on a line a problem is, before its message: `3번째 글자: `. */
  atColumn(column: number): string;
  /** An .xlsx cell whose number format the reader cannot show as Excel does. */
  unknownNumberFormat(cell: string, format: string, value: string): string;
}

const ko: StudioMessages = {
  emptyFile: '파일이 비어 있어요: 첫 줄에 열 이름(예: 이름,채널,위치,캠페인)을, 그 아래에 코드마다 한 줄을 적어 주세요.',
  missingColumns: (missing, header, channelOptional) =>
    `첫 줄에 ${missing.map((column) => `"${FIELD_NAMES_KO[column as StudioField] ?? column}"(${column})`).join(', ')} 열이 없어요 (지금: ${header}). 첫 줄은 열 이름이어야 해요. 예: 이름,채널,위치,캠페인${!channelOptional && missing.includes('channel') ? ' (또는 --channel로 모든 줄의 채널을 주세요)' : ''}.`,
  duplicateColumn: (column, first, second) => `"${column}" 열이 두 번 있어요 ("${first}", "${second}"). 하나만 남겨 주세요.`,
  ignoredColumns: (names) => `알 수 없는 열 ${quoted(names)}은(는) 쓰지 않아요 (--help에서 열 목록을 보세요).`,
  noRows: '첫 줄 아래에 코드로 만들 줄이 없어요.',
  tooManyFields: (fields, columns) =>
    `이 줄의 칸은 ${fields}개인데 첫 줄의 열은 ${columns}개예요. 쉼표가 든 값은 큰따옴표로 감싸 주세요 ("a, b").`,
  unnamedColumn: (index) => `첫 줄에 이름이 없는 ${index}번째 열에 값이 있어요. 열 이름을 적거나 값을 지워 주세요.`,
  duplicateName: (text, firstLine, firstText) =>
    `이름 "${text}"은(는) ${firstLine}번째 줄의 "${firstText}"과(와) 같은 파일 이름이 돼요 (대소문자는 구별하지 않아요). 줄마다 다른 이름을 주세요.`,
  sameScanId: (name, twin, twinLine) => `"${name}"의 스캔 코드가 ${twinLine}번째 줄 "${twin}"의 것과 같아요. 이름을 조금 바꿔 주세요.`,
  sameUrl: (name, twin, twinLine) =>
    `"${name}"은(는) ${twinLine}번째 줄의 "${twin}"과(와) 같은 주소를 담아 상담사가 구별할 수 없어요. 위치를 다르게 주세요.`,
  invalidRows: (invalid, total) =>
    `${total}줄 중 ${invalid}줄이 잘못되어 아무것도 쓰지 않았어요. 고치거나 --skip-invalid로 나머지 줄만 쓰세요.`,
  noValidRows: '쓸 수 있는 줄이 하나도 없어 아무것도 쓰지 않았어요.',
  wrote: (count, directory, manifest) => `코드 ${count}개를 ${directory}에, 목록을 ${manifest}에 썼어요`,
  skippedInvalid: (invalidLines) => `잘못된 ${invalidLines.length}줄은 건너뛰었어요 (${lines(invalidLines)}번째 줄)`,
  skippedEmpty: (emptyLines) => `빈 ${emptyLines.length}줄은 건너뛰었어요 (${lines(emptyLines)}번째 줄)`,
  shortened: (field, extra) => `${FIELD_NAMES_KO[field as StudioField] ?? field}(${field})이(가) extra의 50자에 맞게 잘렸어요: ${extra}`,
  eccRaised: (ecc) => `로고가 모듈을 가리므로 오류 복원 ${ecc} 대신 H를 써요.`,
  smallModules: (moduleMm, minimum) =>
    `모듈이 ${moduleMm} 폭으로 인쇄돼 휴대폰 카메라가 잘 읽는 ${minimum} mm보다 작아요. 더 크게 인쇄하거나 문맥을 줄이세요.`,
  smallArtwork: (template, mm, minimum) => `${template} 템플릿의 코드가 ${mm}라 권장 최소 ${minimum} mm보다 작아요. 더 큰 크기를 고르세요.`,
  logoTooLarge: (percent) => `로고가 코드 면적의 ${percent.toFixed(1)} %를 가려요. H 단계에서 안전한 9 %를 넘어요: 로고를 작게 하세요.`,
  csvAfterQuote: (character) =>
    `닫는 따옴표 뒤에 글자(${character})가 있어요. 따옴표로 감싼 값은 쉼표나 줄 끝에서 끝나야 해요 (값 안의 따옴표는 ""로 적어요).`,
  csvUnclosed: '여기서 연 따옴표가 닫히지 않았어요. 닫는 따옴표를 넣어 주세요 (값 안의 따옴표는 ""로 적어요).',
  urlTooLong: (field, detail) =>
    field === 'logo'
      ? `로고(logo): 로고가 있으면 H 단계로 만들어 담을 수 있는 주소 길이가 줄어요. 로고를 빼거나 챗봇 이벤트·채널을 줄여 주세요. (${detail})`
      : field === 'ecc'
        ? `오류 복원(ecc): 주소가 길어 이 단계로는 담을 수 없어요. 단계를 낮춰 주세요. (${detail})`
        : `주소(url): 상담 주소가 너무 길어 QR 코드에 담을 수 없어요. 챗봇 이벤트·채널을 줄여 주세요. (${detail})`,
  warning: '주의',
  reprintDiffers: (listed, now) =>
    `목록에 적힌 코드(${listed})와 다른 코드(${now})가 만들어져요. 목록을 연 뒤 바뀐 칸이 있어요 (엑셀이 0012를 12로, true를 TRUE로 바꾸기도 해요). 고친 뒤 다시 해 주세요.`,
  readAs: (encoding) => `${encoding}(으)로 읽었어요`,
  undecodable: (encoding) =>
    `${encoding}로 읽을 수 없는 바이트가 있어 아무것도 읽지 않았어요. 파일을 "CSV UTF-8"로 저장하거나 인코딩을 지정해 주세요 (utf-8, utf-16, cp949).`,
  replacementInFile: '파일에 U+FFFD(읽지 못한 글자 표시)가 있어요. 저장하기 전에 이미 글자가 깨졌어요. 원본에서 다시 저장해 주세요.',
  atColumn: (column) => `${column}번째 글자: `,
  unknownNumberFormat: (cell, format, value) =>
    `${cell} 칸의 숫자 서식("${format}")은 엑셀처럼 보여 줄 수 없어요 (값: ${value}). 칸을 텍스트로 바꿔 주세요.`,
};

const en: StudioMessages = {
  emptyFile: 'the file is empty: it needs a header row (name,channel,placement,campaign) and a row per code.',
  missingColumns: (missing, header, channelOptional) =>
    `the header has no ${missing.map((column) => `"${column}"`).join(' or ')} column${missing.length > 1 ? 's' : ''} (it reads: ${header}); the first row must name the columns, e.g. name,channel,placement,campaign${!channelOptional && missing.includes('channel') ? ' (or give --channel for every row)' : ''}.`,
  duplicateColumn: (column, first, second) => `column "${column}" appears twice in the header ("${first}" and "${second}").`,
  ignoredColumns: (names) => `ignoring column${names.length > 1 ? 's' : ''} ${quoted(names)} (not a batch column; see --help).`,
  noRows: 'no rows below the header: nothing to make.',
  tooManyFields: (fields, columns) =>
    `row has ${fields} fields but the header names ${columns}: quote a value that holds a comma ("a, b").`,
  unnamedColumn: (index) => `row has a value under a column with no name in the header (column ${index}).`,
  duplicateName: (text, firstLine, firstText) =>
    `name "${text}" gives the same file as "${firstText}" on line ${firstLine} (file systems may ignore case): each row needs its own file name.`,
  sameScanId: (name, twin, twinLine) => `"${name}" would get the same scan id as "${twin}" on line ${twinLine}; change one name slightly.`,
  sameUrl: (name, twin, twinLine) =>
    `"${name}" carries the same URL as "${twin}" on line ${twinLine}: the agent cannot tell them apart; give each its own placement.`,
  invalidRows: (invalid, total) =>
    `${invalid} of ${total} rows ${invalid === 1 ? 'is' : 'are'} invalid; nothing was written. Fix ${invalid === 1 ? 'it' : 'them'}, or pass --skip-invalid to write the other rows.`,
  noValidRows: 'no valid rows; nothing was written.',
  wrote: (count, directory, manifest) => `wrote ${plural(count, 'code')} to ${directory} and ${manifest}`,
  skippedInvalid: (invalidLines) =>
    `skipped ${plural(invalidLines.length, 'invalid row')} (line${invalidLines.length === 1 ? '' : 's'} ${lines(invalidLines)})`,
  skippedEmpty: (emptyLines) =>
    `skipped ${plural(emptyLines.length, 'empty row')} (line${emptyLines.length === 1 ? '' : 's'} ${lines(emptyLines)})`,
  shortened: (field, extra) => `${field} is cut to fit extra's 50 characters: ${extra}`,
  eccRaised: (ecc) => `ecc ${ecc} is raised to H: a logo hides modules that only level H can rebuild.`,
  smallModules: (moduleMm, minimum) =>
    `modules print ${moduleMm} wide, under the ${minimum} mm phone cameras read reliably: print the code larger or shorten its context.`,
  smallArtwork: (template, mm, minimum) =>
    `the ${template} template's code is ${mm}, under the ${minimum} mm it needs to scan reliably: choose a larger size.`,
  logoTooLarge: (percent) =>
    `the logo covers ${percent.toFixed(1)} % of the code, above the 9 % that level H safely rebuilds: make it smaller.`,
  csvAfterQuote: (character) =>
    `text after a closing quote (${character}): a quoted field must end at a comma or the end of the line; write a quote inside quotes as "".`,
  csvUnclosed: 'a quoted field opened here is never closed: add the closing quote (write a quote inside quotes as "").',
  urlTooLong: (_field, detail) => detail,
  warning: 'warning',
  reprintDiffers: (listed, now) =>
    `the manifest lists the code ${listed}, but this row now makes ${now}: a cell changed since it was written (spreadsheets turn 0012 into 12, true into TRUE); fix it and run again.`,
  readAs: (encoding) => `read as ${encoding}`,
  undecodable: (encoding) =>
    `bytes that are not valid ${encoding}; nothing was read. Save the file as "CSV UTF-8", or name its encoding (utf-8, utf-16, cp949).`,
  replacementInFile:
    'the file holds a U+FFFD (the mark a decoder leaves for bytes it could not read): the text was damaged before it was saved; save it again from the original.',
  atColumn: (column) => `column ${column}: `,
  unknownNumberFormat: (cell, format, value) =>
    `cell ${cell} has a number format ("${format}") this reader cannot show as Excel does (value ${value}): make the cell text.`,
};

/** The printed-code tools' words in `locale`. */
export const studioMessages: Record<Locale, StudioMessages> = { ko, en };

/** The locale of a POSIX environment: Korean when `LC_ALL`, `LC_MESSAGES` or `LANG` starts with `ko`. */
export function localeOfEnvironment(env: Record<string, string | undefined>): Locale {
  const setting = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^ko(?:[_.-]|$)/i.test(setting) ? 'ko' : 'en';
}
