import { cliMessages, type CliMessages } from '../../core/i18n/cli-messages.js';
import type { Locale } from '../../core/i18n/labels.js';
import { localeOfEnvironment } from '../../core/i18n/studio-messages.js';

/**
 * The language of this run's messages, decided once by `main` before any command runs, so a
 * usage error, an I/O failure and a help page all speak it: `--lang ko|en` anywhere in the
 * arguments, else the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`).
 */
let current: Locale = 'en';

/** `--lang X` or `--lang=X` anywhere in `args` (an unknown X is the command's usage error), else the environment's. */
export function localeOfArguments(args: readonly string[], env: Record<string, string | undefined> = process.env): Locale {
  for (const [index, arg] of args.entries()) {
    const value = arg === '--lang' ? args[index + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value === 'ko' || value === 'en') return value;
  }
  return localeOfEnvironment(env);
}

export function setCliLocale(locale: Locale): void {
  current = locale;
}

export function cliLocale(): Locale {
  return current;
}

/** The CLI's words in this run's language. */
export function cliWords(): CliMessages {
  return cliMessages[current];
}
