import { LOOK_CHOICES } from '../../core/launch/button-metrics.js';
import { normalizeEndpoint } from '../../core/launch/launch.js';
import { htmlSnippet } from './html-snippet.js';
import { HELP_OPTION, LAUNCH_OPTIONS, messageLocale, parseCommandLine } from './args.js';
import { resolveLaunch } from '../../core/print/printed-code.js';
import { studioMessages } from '../../core/i18n/studio-messages.js';
import { EXIT, UsageError } from './exit-codes.js';
import { helpPage } from './help.js';
import { cliWords } from './locale.js';
import type { CliIo } from './io.js';
import { extraLine, launchReport } from './report/report.js';

/** The button's look, for `--html`: each the attribute of the same name. */
const LOOK_OPTIONS = {
  label: { type: 'string' },
  color: { type: 'string' },
  size: { type: 'string' },
  shape: { type: 'string' },
} as const;

const OPTIONS = { ...LAUNCH_OPTIONS, ...LOOK_OPTIONS, ...HELP_OPTION, json: { type: 'boolean' }, html: { type: 'boolean' } } as const;

/** Refuses a look option without `--html` (nothing else draws a button) and a value the button does not take. */
function checkLook(values: Partial<Record<keyof typeof LOOK_CHOICES, string>>, html: boolean | undefined): void {
  for (const [name, choices] of Object.entries(LOOK_CHOICES)) {
    const value = values[name as keyof typeof LOOK_CHOICES];
    if (value === undefined) continue;
    if (!html) throw new UsageError('url', `--${name} is the web button's look: give it with --html.`);
    if (!(choices as readonly string[]).includes(value))
      throw new UsageError('url', `--${name} "${value}" is not a ${name} of the button: use ${choices.join(', ')}.`);
  }
}

/**
 * `kakao-consult url`: prints the GET launch URL on the first line, then the POST form
 * a button sends, field by field, and the extra; or all of it as JSON; or, with `--html`,
 * the snippet a page pastes (the styles of the button's look, the button drawn as a link, and
 * the script that upgrades it).
 *
 * @returns the exit code.
 * @throws UsageError, CodeInputErrors.
 */
export function urlCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parseCommandLine('url', args, OPTIONS);
  if (values.help) {
    io.out(helpPage('url'));
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError('url', cliWords().unexpectedArgument(positionals[0]!, '--channel @brand'));
  if (values.json && values.html) throw new UsageError('url', '--json and --html print different things: give one.');
  checkLook(values, values.html);
  const locale = messageLocale('url', values.lang);
  const spec = resolveLaunch(values, locale);
  for (const warning of spec.warnings) io.err(`${studioMessages[locale].warning}: ${warning}`);
  if (values.html) {
    // The button's context is read on the page: a source given here would be lost quietly.
    if (values.source !== undefined)
      throw new UsageError(
        'url',
        '--source has no attribute on the button (it reads utm_source or the referrer on the page); leave it out with --html.',
      );
    io.out(htmlSnippet(values));
    return EXIT.ok;
  }
  if (values.json) {
    io.out(JSON.stringify(launchReport(spec), null, 2));
    return EXIT.ok;
  }
  const { launch } = spec;
  io.out(launch.url);
  io.out(`POST ${normalizeEndpoint(values.endpoint)}`);
  for (const [name, value] of Object.entries(launch.fields)) io.out(`  ${name}=${value}`);
  io.out(extraLine(spec));
  return EXIT.ok;
}
