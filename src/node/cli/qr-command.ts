import { extname } from 'node:path';
import { HELP_OPTION, LAUNCH_OPTIONS, parseCommandLine, RENDER_OPTIONS } from './args.js';
import { resolveCode } from './code-spec.js';
import { EXIT, UsageError } from './exit-codes.js';
import { checkTargets, readLogo, writeOutput } from './files.js';
import { QR_HELP } from './help.js';
import type { CliIo } from './io.js';
import { describeSize, renderCode } from './render.js';
import { extraLine, launchReport } from './report.js';

const OPTIONS = {
  ...LAUNCH_OPTIONS,
  ...RENDER_OPTIONS,
  ...HELP_OPTION,
  output: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
  json: { type: 'boolean' },
} as const;

/**
 * `kakao-consult qr`: writes one code, SVG or PNG by the output's extension, and prints the
 * URL it carries, its extra and the file's size.
 *
 * @returns the exit code.
 * @throws UsageError, CodeInputErrors, ConsultInputError (logo), CliFailure (overwrite, I/O).
 */
export async function qrCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine('qr', args, OPTIONS);
  if (values.help) {
    io.out(QR_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError('qr', `unexpected argument "${positionals[0]}"; the output file goes after -o.`);
  const output = values.output;
  if (!output) throw new UsageError('qr', '-o FILE.svg or -o FILE.png is required.');
  const extension = extname(output).toLowerCase();
  if (extension !== '.svg' && extension !== '.png') throw new UsageError('qr', `-o "${output}" must end in .svg or .png, which decides the format.`);

  const logo = values.logo === undefined ? undefined : await readLogo(values.logo);
  const spec = resolveCode({ ...values, format: extension.slice(1) }, logo);
  for (const warning of spec.warnings) io.err(`warning: ${warning}`);
  checkTargets([output], values.force === true);
  await writeOutput(output, renderCode(spec), values.force === true);

  if (values.json) {
    io.out(JSON.stringify({ file: output, format: spec.format, ...launchReport(spec), size: { ...spec.size, modules: spec.symbol.extent, ecc: spec.symbol.ecc } }, null, 2));
  } else {
    io.out(spec.launch.url);
    io.out(extraLine(spec));
    io.out(`wrote ${output}: ${describeSize(spec)}, level ${spec.symbol.ecc}`);
  }
  return EXIT.ok;
}
