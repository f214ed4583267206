import { extname } from 'node:path';
import { HELP_OPTION, LAUNCH_OPTIONS, messageLocale, parseCommandLine, RENDER_OPTIONS } from './args.js';
import { resolveCode } from '../../core/print/printed-code.js';
import { needsFont } from '../../core/print/printed-artwork.js';
import { studioMessages } from '../../core/i18n/studio-messages.js';
import { readLogo as decodeLogo } from './qr-png.js';
import { loadOutliner } from './font.js';
import { EXIT, UsageError } from './exit-codes.js';
import { checkTargets, readLogo, writeOutput } from './files.js';
import { helpPage } from './help.js';
import { cliWords } from './locale.js';
import type { CliIo } from './io.js';
import { describeSize, renderCode } from './render.js';
import { extraLine, launchReport } from './report/report.js';

const OPTIONS = {
  ...LAUNCH_OPTIONS,
  ...RENDER_OPTIONS,
  ...HELP_OPTION,
  output: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
  json: { type: 'boolean' },
} as const;

/**
 * `kakao-consult qr`: writes one code, SVG, PNG or PDF by the output's extension, and prints the
 * URL it carries, its extra and the file's size.
 *
 * @returns the exit code.
 * @throws UsageError, CodeInputErrors, ConsultInputError (logo), CliFailure (overwrite, I/O).
 */
export async function qrCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine('qr', args, OPTIONS);
  if (values.help) {
    io.out(helpPage('qr'));
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError('qr', cliWords().unexpectedArgument(positionals[0]!, cliWords().outputRequired('FILE')));
  const output = values.output;
  if (!output) throw new UsageError('qr', cliWords().outputRequired('FILE.svg, FILE.png, FILE.pdf'));
  const extension = extname(output).toLowerCase();
  if (extension !== '.svg' && extension !== '.png' && extension !== '.pdf') throw new UsageError('qr', cliWords().outputExtension(output));

  const locale = messageLocale('qr', values.lang);
  const logo = values.logo === undefined ? undefined : await readLogo(values.logo);
  const spec = resolveCode({ ...values, format: extension.slice(1) }, { logo, locale });
  for (const warning of spec.warnings) io.err(`${studioMessages[locale].warning}: ${warning}`);
  checkTargets([output], values.force === true);
  const resources = { outliner: needsFont(spec) ? await loadOutliner() : undefined, logo: logo && decodeLogo(logo.bytes) };
  await writeOutput(output, renderCode(spec, resources), values.force === true);

  if (values.json) {
    io.out(
      JSON.stringify(
        {
          file: output,
          format: spec.format,
          ...launchReport(spec),
          size: { ...spec.size, modules: spec.symbol.extent, ecc: spec.symbol.ecc },
        },
        null,
        2,
      ),
    );
  } else {
    io.out(spec.launch.url);
    io.out(extraLine(spec));
    io.out(cliWords().wroteFile(output, describeSize(spec), spec.symbol.ecc));
  }
  return EXIT.ok;
}
