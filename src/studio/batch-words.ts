// The batch panel's own words, Korean and English; the rows' problems and warnings come worded
// from core (the CLI's table), so the page and the terminal say the same thing.
import type { Locale } from '../core/i18n/labels.js';

export interface BatchWords {
  line(line: number): string;
  empty: string;
  checking(rows: string): string;
  failed(count: number, rows: number): string;
  /** The table itself could not be read (its encoding, its header): no rows to count. */
  unreadable: string;
  progress(done: number, total: number): string;
  done(count: number, seconds: string, empty: number): string;
  cancelled: string;
  file(name: string): string;
}

export const BATCH_WORDS: Record<Locale, BatchWords> = {
  ko: {
    line: (line) => `${line}번째 줄`,
    empty: '표가 비어 있어요: 파일을 고르거나 칸을 붙여 넣어 주세요.',
    checking: (rows) => `${rows}줄을 확인하고 있어요…`,
    failed: (count, rows) => `${rows}줄 중 ${count}곳에 문제가 있어 ZIP을 만들지 않았어요. 아래 줄을 고친 뒤 다시 만들어 주세요.`,
    unreadable: '표를 읽을 수 없어 ZIP을 만들지 않았어요. 아래 내용을 고친 뒤 다시 만들어 주세요.',
    progress: (done, total) => `${done} / ${total}`,
    done: (count, seconds, empty) =>
      `코드 ${count}개를 ${seconds}초 만에 만들었어요.${empty ? ` 빈 줄 ${empty}개는 건너뛰었어요.` : ''} ZIP을 내려받으세요.`,
    cancelled: '취소했어요. 입력한 표는 그대로 있어요.',
    file: (name) => `파일: ${name}`,
  },
  en: {
    line: (line) => `Line ${line}`,
    empty: 'The table is empty: choose a file or paste cells.',
    checking: (rows) => `Checking ${rows} rows…`,
    failed: (count, rows) => `${count} problems in ${rows} rows: no ZIP was made. Fix the lines below and make them again.`,
    unreadable: 'The table cannot be read: no ZIP was made. Fix what is said below and make them again.',
    progress: (done, total) => `${done} / ${total}`,
    done: (count, seconds, empty) =>
      `Made ${count} codes in ${seconds} s.${empty ? ` Skipped ${empty} empty rows.` : ''} Download the ZIP.`,
    cancelled: 'Cancelled. Your table is kept as it was.',
    file: (name) => `File: ${name}`,
  },
};
