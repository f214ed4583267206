import type { Locale } from './labels.js';

/**
 * The `kakao-consult` CLI's own words (usage, files, the overwrite guard, the closing line
 * of a run), Korean and English. What the CLI shares with the studio is in studio-messages.ts,
 * refused context values in refusals.*.ts, the help pages in cli-help.*.ts.
 */
export interface CliMessages {
  /** The pointer after a usage error. */
  seeHelp(command: string): string;
  unknownCommand(command: string, suggestion: string | undefined): string;
  unknownOption(option: string, suggestion: string | undefined): string;
  missingValue(option: string): string;
  takesNoValue(option: string): string;
  repeatedOption(option: string): string;
  /** `--name "value"` must be one of `allowed`. */
  notOneOf(option: string, value: string, allowed: readonly string[]): string;
  unexpectedArgument(argument: string, where: string): string;
  /** The `-o` a command needs, described (`FILE.svg, FILE.png or FILE.pdf`, `DIR`). */
  outputRequired(what: string): string;
  outputExtension(output: string): string;
  oneInputFile(given: readonly string[]): string;
  reportFileMissing: string;
  topNumber(value: string): string;
  /** Why a file could not be read, written or made, by the system's error code. */
  ioReason(code: string, fallback: string): string;
  cannot(action: 'read' | 'write' | 'mkdir', path: string, reason: string): string;
  wouldOverwrite(count: number, list: string): string;
  appeared(path: string): string;
  writtenBefore(written: number, total: number): string;
  logoNotPng(path: string): string;
  wroteFile(path: string, size: string, ecc: string): string;
  internal(detail: string): string;
}

const listed = (values: readonly string[]) => values.map((value) => `"${value}"`).join(', ');

const IO_KO: Record<string, string> = {
  ENOENT: '그런 파일이나 폴더가 없어요',
  EACCES: '권한이 없어요',
  EPERM: '권한이 없어요',
  EISDIR: '폴더예요',
  ENOTDIR: '경로 중간이 폴더가 아니에요',
  ENOSPC: '디스크에 공간이 없어요',
  EROFS: '읽기 전용 파일 시스템이에요',
};
const IO_EN: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  ENOSPC: 'no space left on the device',
  EROFS: 'the file system is read-only',
};

const ko: CliMessages = {
  seeHelp: (command) => `사용법은 "kakao-consult${command} --help"로 볼 수 있어요.`,
  unknownCommand: (command, suggestion) =>
    `"${command}"은(는) 없는 명령이에요${suggestion ? `. "${suggestion}"을(를) 쓰려던 건가요?` : ''} (qr, url, batch, report 중 하나를 쓰세요).`,
  unknownOption: (option, suggestion) => `"${option}"은(는) 없는 옵션이에요.${suggestion ? ` "${suggestion}"을(를) 쓰려던 건가요?` : ''}`,
  missingValue: (option) => `${option} 뒤에 값을 적어 주세요.`,
  takesNoValue: (option) => `${option}은(는) 값을 받지 않아요.`,
  repeatedOption: (option) => `--${option} 옵션이 두 번 있어요. 하나만 주세요.`,
  notOneOf: (option, value, allowed) => `--${option} "${value}"은(는) 쓸 수 없어요: ${listed(allowed)} 중 하나를 주세요.`,
  unexpectedArgument: (argument, where) => `"${argument}"은(는) 알 수 없는 인수예요. ${where}`,
  outputRequired: (what) => `-o ${what}를 주세요: 결과를 쓸 곳이에요.`,
  outputExtension: (output) => `-o "${output}"은(는) .svg, .png, .pdf 중 하나로 끝나야 해요 (확장자가 형식을 정해요).`,
  oneInputFile: (given) =>
    given.length === 0
      ? '표 파일(CSV, TSV, XLSX, 목록) 하나를 주세요.'
      : `표 파일은 하나만 줄 수 있어요 (지금 ${given.length}개: ${listed(given)}).`,
  reportFileMissing: '상담 기록 파일을 주세요 (표준 입력은 -).',
  topNumber: (value) => `--top은 1 이상의 정수여야 해요 (지금: "${value}").`,
  ioReason: (code, fallback) => IO_KO[code] ?? fallback,
  cannot: (action, path, reason) => `${path}${{ read: '을(를) 읽을', write: '에 쓸', mkdir: ' 폴더를 만들' }[action]} 수 없어요: ${reason}`,
  wouldOverwrite: (count, list) => `파일 ${count}개를 덮어쓰게 되어 아무것도 쓰지 않았어요. 덮어쓰려면 --force를 주세요:\n${list}`,
  appeared: (path) => `${path} 파일이 쓰는 사이에 생겨 덮어쓰지 않았어요. 덮어쓰려면 --force를 주세요.`,
  writtenBefore: (written, total) => ` (그 전에 코드 ${total}개 중 ${written}개를 썼고, 목록은 쓰지 않았어요.)`,
  logoNotPng: (path) => `로고 ${path}은(는) 읽을 수 있는 PNG 파일이 아니에요. PNG로 바꿔 주세요.`,
  wroteFile: (path, size, ecc) => `${path}에 썼어요: ${size}, 오류 복원 ${ecc}`,
  internal: (detail) => `내부 오류예요 (알려 주세요): ${detail}`,
};

const en: CliMessages = {
  seeHelp: (command) => `Run "kakao-consult${command} --help" for usage.`,
  unknownCommand: (command, suggestion) =>
    `unknown command "${command}"${suggestion ? `; did you mean "${suggestion}"?` : ''}: use qr, url, batch or report.`,
  unknownOption: (option, suggestion) => `unknown option "${option}"${suggestion ? `; did you mean "${suggestion}"?` : '.'}`,
  missingValue: (option) => `option ${option} needs a value.`,
  takesNoValue: (option) => `option ${option} takes no value.`,
  repeatedOption: (option) => `option --${option} is given more than once.`,
  notOneOf: (option, value, allowed) => `--${option} "${value}" must be ${allowed.map((item) => `"${item}"`).join(' or ')}.`,
  unexpectedArgument: (argument, where) => `unexpected argument "${argument}"; ${where}`,
  outputRequired: (what) => `-o ${what} is required: where to write.`,
  outputExtension: (output) => `-o "${output}" must end in .svg, .png or .pdf, which decides the format.`,
  oneInputFile: (given) =>
    given.length === 0
      ? 'give one table file (CSV, TSV, XLSX or a manifest).'
      : `give one table file, not ${given.length} (${listed(given)}).`,
  reportFileMissing: 'name the log file (or - for standard input).',
  topNumber: (value) => `--top must be a whole number above 0, not "${value}".`,
  ioReason: (code, fallback) => IO_EN[code] ?? fallback,
  cannot: (action, path, reason) => `cannot ${{ read: 'read', write: 'write', mkdir: 'create the directory' }[action]} ${path}: ${reason}`,
  wouldOverwrite: (count, list) =>
    `${count} file${count === 1 ? '' : 's'} would be overwritten; nothing was written. Pass --force to overwrite:\n${list}`,
  appeared: (path) => `${path} appeared while writing and would be overwritten; pass --force to overwrite.`,
  writtenBefore: (written, total) => ` (${written} of ${total} codes were written before it; no manifest.)`,
  logoNotPng: (path) => `logo ${path} is not a readable PNG file; convert it to PNG.`,
  wroteFile: (path, size, ecc) => `wrote ${path}: ${size}, level ${ecc}`,
  internal: (detail) => `internal error (please report it): ${detail}`,
};

/** The CLI's words in `locale`. */
export const cliMessages: Record<Locale, CliMessages> = { ko, en };
