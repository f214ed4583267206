import {
  artworkFrame,
  DEFAULT_BLEED_MM,
  logoArea,
  MAX_LOGO_AREA,
  MIN_CODE_MM,
  PAPERS,
  TEMPLATES,
  type Paper,
  type Template,
} from './artwork.js';
import type { EncodeResult } from '../launch/context.js';
import { ConsultInputError } from '../errors.js';
import { hasBrokenText } from '../text.js';
import type { Locale } from '../i18n/labels.js';
import type { LaunchRequest } from '../launch/launch.js';
import { planLaunch } from '../launch/launch-plan.js';
import { formatMm, MIN_PRINT_MODULE_MM, normalizeDpi, parseLength, planSize, type SizePlan } from './print-size.js';
import { normalizeQrEcc, normalizeQrMargin, qrColors, qrSymbol, QR_DEFAULT_LOGO_FRACTION, type QrSymbol } from '../qr/qr.js';
import { createQrEncoder } from '../qr/qr-encoder.js';
import { launchUrlOverflow } from '../qr/qr-overflow.js';
import { describeRefusal } from '../i18n/refusals.js';
import { describeInputError, studioMessages } from '../i18n/studio-messages.js';

/**
 * A printed code (a poster's, a flyer's, a sticker's) from the fields a marketer types: the
 * one place the CLI, the studio page and its worker turn them into a launch, a QR symbol and
 * a print plan. A printed code carries the GET launch URL with its context in `extra`, and
 * never member data. Every problem is collected, in the reader's language, naming its field.
 */

/** Everything one code can be given, as text: a command line's options, a CSV row's cells, the studio's fields. */
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
  'template',
  'size',
  'dpi',
  'px',
  'ecc',
  'margin',
  'dark',
  'light',
  'bleed',
  'label',
  'caption',
] as const;

export type CodeField = (typeof CODE_FIELDS)[number];

/** A code's inputs; blank or missing means the default. */
export type CodeInput = Partial<Record<CodeField, string>>;

/** The file formats of a printed code. */
export const IMAGE_FORMATS = ['svg', 'png', 'pdf'] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];

/** A logo given as a PNG file's bytes. */
export interface Logo {
  bytes: Uint8Array;
}

/** A launch checked through: what `url` prints and every code carries. */
export interface LaunchSpec {
  launch: LaunchRequest;
  context: EncodeResult;
  /** Things worth telling that do not stop the code (cut context, small modules), in the reader's language. */
  warnings: string[];
}

/** A code checked through and through, its symbol encoded once, ready to render without further failure. */
export interface CodeSpec extends LaunchSpec {
  format: ImageFormat;
  template: Template;
  symbol: QrSymbol;
  size: SizePlan;
  /** The code's (or the sticker's) print size asked for, in millimetres. */
  printMm?: number;
  /** A card's paper. */
  paper?: Paper;
  /** Bleed around artwork, in millimetres (0: none). */
  bleed: number;
  label?: string;
  caption?: string;
  logo?: Logo;
}

/** Every problem found in one code's inputs; each error names its field and is worded for the reader. */
export class CodeInputErrors extends Error {
  constructor(
    readonly errors: ConsultInputError[],
    /** How the context was packed, when the code got that far: a page still meters `extra` with it. */
    readonly context?: EncodeResult,
  ) {
    super(errors.map((error) => error.message).join('\n'));
  }
}

/** Collects the problems of one code, so all of them are reported at once. */
class Problems {
  readonly errors: ConsultInputError[] = [];
  readonly warnings: string[] = [];
  /** The packed context, once the launch has been planned. */
  context: EncodeResult | undefined;

  constructor(
    private readonly input: CodeInput,
    readonly locale: Locale,
  ) {}

  /** Runs a check, keeping its input error (reworded for the reader) instead of stopping. */
  attempt<T>(work: () => T): T | undefined {
    try {
      return work();
    } catch (error) {
      if (!(error instanceof ConsultInputError)) throw error;
      this.add(error);
      return undefined;
    }
  }

  /** Every problem found, as the one error a caller catches. */
  failure(): CodeInputErrors {
    return new CodeInputErrors(this.errors, this.context);
  }

  add(error: ConsultInputError): void {
    const value = Object.hasOwn(this.input, error.field) ? this.input[error.field as CodeField] : undefined;
    this.errors.push(new ConsultInputError(error.field, describeInputError(error, this.locale, value?.trim())));
  }
}

/** The trimmed value of a field; blank means unset. */
function textOf(input: CodeInput, field: CodeField): string | undefined {
  return input[field]?.trim() || undefined;
}

/** The printed code's launch, as the one launch plan decides it for a code that only carries a URL. */
function launchOf(input: CodeInput, problems: Problems): LaunchSpec | undefined {
  const text = (field: CodeField) => textOf(input, field);
  const words = studioMessages[problems.locale];
  const plan = planLaunch({
    client: 'print',
    channel: text('channel') ?? '',
    // Excel turns true and false into TRUE and FALSE: a spreadsheet's booleans read as typed.
    bot: text('bot')?.toLowerCase(),
    event: text('event'),
    endpoint: text('endpoint'),
    context: { placement: text('placement'), campaign: text('campaign'), source: text('source'), page: text('page') },
  });
  const context = plan.context!;
  problems.context = context;
  for (const dropped of context.dropped) {
    const message = describeRefusal(dropped, problems.locale, { value: text(dropped.field as CodeField), medium: 'print' });
    if (dropped.reason === 'budget') problems.warnings.push(message);
    else problems.errors.push(new ConsultInputError(dropped.field, message));
  }
  for (const field of context.shortened) problems.warnings.push(words.shortened(field, context.extra));
  if (plan.error) problems.add(plan.error);
  return plan.request && { launch: plan.request, context, warnings: problems.warnings };
}

/**
 * Validates the launch inputs (channel, context, bot, event, endpoint) and builds the GET
 * launch a printed code carries.
 *
 * @throws CodeInputErrors listing every problem.
 */
export function resolveLaunch(input: CodeInput, locale: Locale = 'en'): LaunchSpec {
  const problems = new Problems(input, locale);
  const spec = launchOf(input, problems);
  if (!spec || problems.errors.length > 0) throw problems.failure();
  return spec;
}

function oneOf<T extends string>(field: CodeField, value: string | undefined, allowed: readonly T[], fallback: T): T {
  const chosen = (value ?? fallback).toLowerCase();
  if ((allowed as readonly string[]).includes(chosen)) return chosen as T;
  const names = allowed.map((item) => `"${item}"`);
  throw new ConsultInputError(field, `${field} "${value}" must be ${names.slice(0, -1).join(', ')} or ${names.at(-1)}.`);
}

/** The printed codes' encoder: a batch's rows share their shape, and this one encodes such rows quicker (same symbols). */
const encoder = createQrEncoder();

/** Options of {@link resolveCode}. */
export interface ResolveOptions {
  logo?: Logo;
  locale?: Locale;
  /** The format when the input names none; default `svg`. */
  format?: ImageFormat;
  /** What the code carries instead of the launch URL: a scan-counted code's address. */
  qrText?: string;
}

/**
 * Validates a code's inputs and encodes it once: the context into `extra`, the launch, the QR
 * symbol, its size and artwork plan. All problems are collected, so a row reports them all.
 *
 * @throws CodeInputErrors listing every problem.
 */
export function resolveCode(input: CodeInput, options: ResolveOptions = {}): CodeSpec {
  const { logo, locale = 'en' } = options;
  const words = studioMessages[locale];
  const problems = new Problems(input, locale);
  const text = (field: CodeField) => textOf(input, field);
  const spec = launchOf(input, problems);
  const format = problems.attempt(() => oneOf('format', text('format'), IMAGE_FORMATS, options.format ?? 'svg'));
  const template = problems.attempt(() => oneOf('template', text('template'), TEMPLATES, 'code'));
  if (format === 'png' && template !== undefined && template !== 'code') {
    problems.add(new ConsultInputError('format', `format "png" draws the bare code only; the ${template} template needs "svg" or "pdf".`));
  }
  const ecc = problems.attempt(() => normalizeQrEcc(text('ecc')?.toUpperCase()));
  const margin = problems.attempt(() => normalizeQrMargin(optionalNumber('margin', text('margin'), true)));
  const dpi = problems.attempt(() => {
    const value = optionalNumber('dpi', text('dpi'), false);
    return value === undefined ? undefined : normalizeDpi(value);
  });
  const size = text('size');
  let paper: Paper | undefined;
  let printMm: number | undefined;
  if (template === 'card') paper = problems.attempt(() => oneOf('size', size, Object.keys(PAPERS) as Paper[], 'a6'));
  else printMm = problems.attempt(() => (size === undefined ? undefined : parseLength('size', size)));
  const px = problems.attempt(() => optionalNumber('px', text('px'), true));
  const colors = problems.attempt(() => qrColors(text('dark'), text('light')));
  const bleedText = text('bleed');
  const bleed = problems.attempt(() =>
    bleedText === undefined ? 0 : /^(yes|true|on|예)$/i.test(bleedText) ? DEFAULT_BLEED_MM : parseLength('bleed', bleedText),
  );
  const label = text('label');
  const caption = text('caption');
  for (const field of ['label', 'caption'] as const) {
    if (hasBrokenText(text(field) ?? ''))
      problems.add(
        new ConsultInputError(field, `${field} holds a character that did not decode (U+FFFD, or half of a surrogate pair); retype it.`),
      );
  }
  if (label !== undefined && [...label].length > 20)
    problems.add(new ConsultInputError('label', `label is ${[...label].length} characters; a sticker's label holds at most 20.`));
  if (caption !== undefined && [...caption].length > 40)
    problems.add(new ConsultInputError('caption', `caption is ${[...caption].length} characters; a card's caption holds at most 40.`));
  if (problems.errors.length > 0 || !spec || !format || !template || !colors || bleed === undefined) throw problems.failure();

  const url = options.qrText ?? spec.launch.url;
  const symbol = problems.attempt(() =>
    qrSymbol(url, { ecc, margin, ...colors, logo: logo ? QR_DEFAULT_LOGO_FRACTION : undefined, encoder }),
  );
  if (!symbol) {
    const errors = [...problems.errors];
    problems.errors.length = 0;
    for (const error of errors) {
      if (error.field !== 'text') problems.errors.push(error);
      else {
        const overflow = launchUrlOverflow(url, logo ? 'H' : (ecc ?? 'M'), logo !== undefined, error);
        problems.errors.push(new ConsultInputError(overflow.field, words.urlTooLong(overflow.field, overflow.message)));
      }
    }
    throw problems.failure();
  }
  // An SVG of the bare code without a print size scales to its container, as before.
  const scalable = format === 'svg' && template === 'code' && printMm === undefined;
  const codeMm = format === 'png' || scalable ? printMm : artworkFrame(template, printMm, paper, caption !== undefined).code.side;
  const plan = problems.attempt(() => planSize(symbol.extent, { mm: codeMm, px, dpi, raster: format === 'png' }));
  if (!plan) throw problems.failure();

  if (logo && text('ecc') !== undefined && symbol.ecc !== ecc) problems.warnings.push(words.eccRaised(ecc ?? 'M'));
  if (logoArea(symbol) > MAX_LOGO_AREA) problems.warnings.push(words.logoTooLarge(logoArea(symbol) * 100));
  if (plan.smallModules && plan.moduleMm !== undefined)
    problems.warnings.push(words.smallModules(formatMm(plan.moduleMm), MIN_PRINT_MODULE_MM));
  if (plan.mm !== undefined && plan.mm < MIN_CODE_MM[template])
    problems.warnings.push(words.smallArtwork(template, formatMm(plan.mm), MIN_CODE_MM[template]));
  const code: CodeSpec = {
    launch: spec.launch,
    context: spec.context,
    warnings: spec.warnings,
    format,
    template,
    symbol,
    size: plan,
    bleed,
  };
  if (printMm !== undefined) code.printMm = printMm;
  if (paper !== undefined) code.paper = paper;
  if (label !== undefined) code.label = label;
  if (caption !== undefined) code.caption = caption;
  if (logo) code.logo = logo;
  return code;
}

/** Reads a number from text: whole (`integer`) or decimal, never negative, no units. */
function optionalNumber(field: CodeField, value: string | undefined, integer: boolean): number | undefined {
  if (value === undefined) return undefined;
  if (integer ? /^\d+$/.test(value) : /^(\d+(\.\d+)?|\.\d+)$/.test(value)) return Number(value);
  throw new ConsultInputError(
    field,
    `${field} "${value}" must be a ${integer ? 'whole ' : ''}number${field === 'px' ? ' of pixels (for a print size use size, e.g. 30mm)' : ''}.`,
  );
}
