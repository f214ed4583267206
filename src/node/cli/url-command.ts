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

const OPTIONS = { ...LAUNCH_OPTIONS, ...HELP_OPTION, json: { type: 'boolean' }, html: { type: 'boolean' } } as const;

/**
 * `kakao-consult url`: prints the GET launch URL on the first line, then the POST form
 * a button sends, field by field, and the extra; or all of it as JSON; or, with `--html`,
 * the snippet a page pastes (the button drawn as a link, and the script that upgrades it).
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
