import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import type { Locale } from '../../core/i18n/labels.js';
import { nearest } from '../../core/operating/remote-config.js';
import { DEFAULT_BLEED_MM } from '../../core/print/artwork.js';
import { UsageError } from './exit-codes.js';
import { cliLocale, cliWords } from './locale.js';

/** Options that shape the launch: the same names as the element's attributes. */
export const LAUNCH_OPTIONS = {
  channel: { type: 'string' },
  placement: { type: 'string' },
  campaign: { type: 'string' },
  source: { type: 'string' },
  page: { type: 'string' },
  bot: { type: 'string' },
  event: { type: 'string' },
  endpoint: { type: 'string' },
} as const satisfies ParseArgsOptionsConfig;

/** Options that shape the image. */
export const RENDER_OPTIONS = {
  size: { type: 'string' },
  dpi: { type: 'string' },
  px: { type: 'string' },
  ecc: { type: 'string' },
  margin: { type: 'string' },
  dark: { type: 'string' },
  light: { type: 'string' },
  logo: { type: 'string' },
  template: { type: 'string' },
  bleed: { type: 'string' },
  label: { type: 'string' },
  caption: { type: 'string' },
} as const satisfies ParseArgsOptionsConfig;

/** `--help` and `-h`, and `--lang ko|en` for the messages' language, on every command. */
export const HELP_OPTION = { help: { type: 'boolean', short: 'h' }, lang: { type: 'string' } } as const satisfies ParseArgsOptionsConfig;

/**
 * The language of a command's messages: `--lang ko|en`, else the run's (see locale.ts: a
 * `--lang` before the command, or Korean when the locale starts with `ko`).
 *
 * @throws UsageError for another `--lang`.
 */
export function messageLocale(command: string, lang: string | undefined): Locale {
  if (lang === undefined) return cliLocale();
  if (lang === 'ko' || lang === 'en') return lang;
  throw new UsageError(command, cliWords().notOneOf('lang', lang, ['ko', 'en']));
}

/**
 * Parses a command's arguments strictly (unknown options and missing values are usage
 * errors) with `node:util`'s parseArgs. Options may be given once only: a repeated option
 * is refused rather than one of its values silently winning.
 *
 * @throws UsageError with parseArgs' explanation.
 */
export function parseCommandLine<const Options extends ParseArgsOptionsConfig>(command: string, given: string[], options: Options) {
  const words = cliWords();
  const args = bareBleed(given, options);
  let parsed;
  try {
    parsed = parseArgs({ args, options, strict: true, allowPositionals: true, tokens: true });
  } catch (error) {
    throw new UsageError(command, describeParseError(error, options));
  }
  const seen = new Set<string>();
  for (const token of parsed.tokens) {
    if (token.kind !== 'option') continue;
    if (seen.has(token.name)) throw new UsageError(command, words.repeatedOption(token.name));
    seen.add(token.name);
  }
  return { values: parsed.values, positionals: parsed.positionals };
}

/** What a bleed value looks like: a length, or a yes; anything else after `--bleed` is the next argument. */
const BLEED_VALUE = /^(?:\d|\.\d|yes$|true$|on$|예$)/i;

/** `--bleed` with no value is the standard 3 mm. */
function bareBleed(args: string[], options: ParseArgsOptionsConfig): string[] {
  if (!Object.hasOwn(options, 'bleed')) return args;
  return args.map((arg, index) => (arg === '--bleed' && !BLEED_VALUE.test(args[index + 1] ?? '') ? `--bleed=${DEFAULT_BLEED_MM}mm` : arg));
}

/** parseArgs' error in the run's language, with the option a typo most likely meant. */
function describeParseError(error: unknown, options: ParseArgsOptionsConfig): string {
  const words = cliWords();
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const guess = option.startsWith('--') ? nearest(option.slice(2).split('=')[0]!, Object.keys(options)) : null;
    return words.unknownOption(option, guess === null ? undefined : `--${guess}`);
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return /does not take an argument/.test(message) ? words.takesNoValue(option) : words.missingValue(option);
  return message;
}
