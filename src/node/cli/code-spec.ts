import { encodeContext, type EncodeResult } from '../../core/context.js';
import { ConsultInputError } from '../../core/errors.js';
import { buildLaunch, EXTRA_MAX_LENGTH, type LaunchRequest } from '../../core/launch.js';
import { MIN_PRINT_MODULE_MM, normalizeDpi, parseLength, planSize, type SizePlan } from '../../core/print-size.js';
import { normalizeQrEcc, normalizeQrMargin, qrColors, qrSymbol, QR_DEFAULT_LOGO_FRACTION, type QrSymbol } from '../../core/qr.js';
import { launchUrlOverflow } from '../../core/qr-overflow.js';
import { clip } from '../../core/text.js';

/** Everything one code can be given, as text: a command line's options or a CSV row's cells. */
export const CODE_FIELDS = [
  'channel',
  'placement',
  'campaign',
  'source',
  'page',
  'bot',
  'event',
  'endpoint',
  'format',
  'size',
  'dpi',
  'px',
  'ecc',
  'margin',
  'dark',
  'light',
] as const;

export type CodeField = (typeof CODE_FIELDS)[number];

/** A code's inputs; blank or missing means the default. */
export type CodeInput = Partial<Record<CodeField, string>>;

/** The image formats the CLI writes. */
export type ImageFormat = 'svg' | 'png';

/** A logo given as a PNG file's bytes. */
export interface Logo {
  bytes: Uint8Array;
}

/** A launch checked through: what `url` prints and every code carries. */
export interface LaunchSpec {
  launch: LaunchRequest;
  context: EncodeResult;
  /** Things worth telling that do not stop the code (cut context, small modules). */
  warnings: string[];
}

/** A code checked through and through, ready to render without further failure. */
export interface CodeSpec extends LaunchSpec {
  format: ImageFormat;
  symbol: QrSymbol;
  size: SizePlan;
  /** The print size asked for, in millimetres: an SVG gets it as its width and height. */
  printMm?: number;
  logo?: Logo;
}

/** Every problem found in one code's inputs; each error names its field. */
export class CodeInputErrors extends Error {
  constructor(readonly errors: ConsultInputError[]) {
    super(errors.map(describeError).join('\n'));
  }
}

const PERSONAL_DATA: Record<string, string> = {
  phone: 'a phone number',
  email: 'an e-mail address',
  'resident-number': 'a resident registration number',
  'card-number': 'a card number',
};

/** An error's message, starting with its field's name so a reader knows what to change. */
export function describeError(error: ConsultInputError): string {
  return error.message.startsWith(error.field) ? error.message : `${error.field}: ${error.message}`;
}

/** Collects the problems of one code, so all of them are reported at once. */
class Problems {
  readonly errors: ConsultInputError[] = [];
  readonly warnings: string[] = [];

  /** Runs a check, keeping its input error instead of stopping. */
  attempt<T>(work: () => T): T | undefined {
    try {
      return work();
    } catch (error) {
      if (!(error instanceof ConsultInputError)) throw error;
      this.errors.push(error);
      return undefined;
    }
  }
}

/** The trimmed value of a field; blank means unset. */
function textOf(input: CodeInput, field: CodeField): string | undefined {
  return input[field]?.trim() || undefined;
}

function launchOf(input: CodeInput, problems: Problems): LaunchSpec | undefined {
  const text = (field: CodeField) => textOf(input, field);
  const context = encodeContext({ placement: text('placement'), campaign: text('campaign'), source: text('source'), page: text('page') });
  for (const { field, reason } of context.dropped) {
    if (reason === 'budget') {
      problems.warnings.push(`${field} is left out of extra: the fields before it fill its ${EXTRA_MAX_LENGTH} characters.`);
      continue;
    }
    // JSON quoting shows a line break or tab for what it is.
    const value = JSON.stringify(clip(text(field as CodeField) ?? ''));
    const why = reason === 'invalid' ? 'contains control characters (a line break?) or bidi overrides; remove them' : `looks like ${PERSONAL_DATA[reason]}: personal data must not ride in a printed URL (it lands in logs and photos); use a code instead`;
    problems.errors.push(new ConsultInputError(field, `${field} ${value} ${why}.`));
  }
  for (const field of context.shortened) problems.warnings.push(`${field} is cut to fit extra's ${EXTRA_MAX_LENGTH} characters: ${context.extra}`);
  const launch = problems.attempt(() =>
    buildLaunch({ channel: text('channel') ?? '', extra: context.extra, bot: text('bot'), event: text('event'), endpoint: text('endpoint') }),
  );
  return launch && { launch, context, warnings: problems.warnings };
}

/**
 * Validates the launch inputs (channel, context, bot, event, endpoint) and builds the launch.
 *
 * @throws CodeInputErrors listing every problem.
 */
export function resolveLaunch(input: CodeInput): LaunchSpec {
  const problems = new Problems();
  const spec = launchOf(input, problems);
  if (!spec || problems.errors.length > 0) throw new CodeInputErrors(problems.errors);
  return spec;
}

/**
 * Validates a code's inputs and encodes it: the context into `extra`, the launch, the QR
 * symbol and its size. All problems are collected, so a CSV row reports them all at once.
 *
 * @throws CodeInputErrors listing every problem.
 */
export function resolveCode(input: CodeInput, logo?: Logo): CodeSpec {
  const problems = new Problems();
  const text = (field: CodeField) => textOf(input, field);
  const spec = launchOf(input, problems);
  const format = problems.attempt(() => imageFormat(text('format')));
  const ecc = problems.attempt(() => normalizeQrEcc(text('ecc')?.toUpperCase()));
  const margin = problems.attempt(() => normalizeQrMargin(optionalNumber('margin', text('margin'), true)));
  const dpi = problems.attempt(() => {
    const value = optionalNumber('dpi', text('dpi'), false);
    return value === undefined ? undefined : normalizeDpi(value);
  });
  const size = text('size');
  const printMm = problems.attempt(() => (size === undefined ? undefined : parseLength('size', size)));
  const px = problems.attempt(() => optionalNumber('px', text('px'), true));
  const colors = problems.attempt(() => qrColors(text('dark'), text('light')));
  if (problems.errors.length > 0 || !spec || !format || !colors) throw new CodeInputErrors(problems.errors);

  const url = spec.launch.url;
  const symbol = problems.attempt(() => qrSymbol(url, { ecc, margin, ...colors, logo: logo ? QR_DEFAULT_LOGO_FRACTION : undefined }));
  if (!symbol) throw new CodeInputErrors(problems.errors.map((error) => (error.field === 'text' ? launchUrlOverflow(url, logo ? 'H' : (ecc ?? 'M'), logo !== undefined, error) : error)));
  const plan = problems.attempt(() => planSize(symbol.extent, { mm: printMm, px, dpi, raster: format === 'png' }));
  if (!plan) throw new CodeInputErrors(problems.errors);

  if (logo && text('ecc') !== undefined && symbol.ecc !== ecc) problems.warnings.push(`ecc ${ecc} is raised to H: a logo hides modules that only level H can rebuild.`);
  if (plan.smallModules && plan.moduleMm !== undefined) {
    problems.warnings.push(
      `modules print ${plan.moduleMm.toFixed(2)} mm wide, under the ${MIN_PRINT_MODULE_MM} mm phone cameras read reliably: print the code larger or shorten its context.`,
    );
  }
  const code: CodeSpec = { ...spec, format, symbol, size: plan };
  if (printMm !== undefined) code.printMm = printMm;
  if (logo) code.logo = logo;
  return code;
}

function imageFormat(value: string | undefined): ImageFormat {
  const format = (value ?? 'svg').toLowerCase();
  if (format === 'svg' || format === 'png') return format;
  throw new ConsultInputError('format', `format "${clip(value ?? '')}" must be "svg" or "png".`);
}

/** Reads a number from text: whole (`integer`) or decimal, never negative, no units. */
function optionalNumber(field: CodeField, value: string | undefined, integer: boolean): number | undefined {
  if (value === undefined) return undefined;
  if (integer ? /^\d+$/.test(value) : /^(\d+(\.\d+)?|\.\d+)$/.test(value)) return Number(value);
  throw new ConsultInputError(field, `${field} "${clip(value)}" must be a ${integer ? 'whole ' : ''}number${field === 'px' ? ' of pixels (for a print size use size, e.g. 30mm)' : ''}.`);
}
