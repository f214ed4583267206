import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import type { Locale } from '../../core/i18n/labels.js';
import { localeOfEnvironment } from '../../core/i18n/studio-messages.js';
import { UsageError } from './exit-codes.js';

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
 * The language of a command's messages: `--lang ko|en`, else Korean when the locale
 * (`LC_ALL`, `LC_MESSAGES`, `LANG`) starts with `ko`, else English.
 *
 * @throws UsageError for another `--lang`.
 */
export function messageLocale(command: string, lang: string | undefined, env: Record<string, string | undefined> = process.env): Locale {
  if (lang === undefined) return localeOfEnvironment(env);
  if (lang === 'ko' || lang === 'en') return lang;
  throw new UsageError(command, `--lang "${lang}" must be "ko" or "en".`);
}

/**
 * Parses a command's arguments strictly (unknown options and missing values are usage
 * errors) with `node:util`'s parseArgs. Options may be given once only: a repeated option
 * is refused rather than one of its values silently winning.
 *
 * @throws UsageError with parseArgs' explanation.
 */
export function parseCommandLine<const Options extends ParseArgsOptionsConfig>(command: string, args: string[], options: Options) {
  let parsed;
  try {
    parsed = parseArgs({ args, options, strict: true, allowPositionals: true, tokens: true });
  } catch (error) {
    // parseArgs' messages are clear, but end in advice about "--" that does not apply here.
    const message = error instanceof Error ? error.message.replace(/\.? ?To specify a positional argument starting with a '-'.*$/s, '.') : String(error);
    throw new UsageError(command, message);
  }
  const seen = new Set<string>();
  for (const token of parsed.tokens) {
    if (token.kind !== 'option') continue;
    if (seen.has(token.name)) throw new UsageError(command, `option --${token.name} is given more than once.`);
    seen.add(token.name);
  }
  return { values: parsed.values, positionals: parsed.positionals };
}
