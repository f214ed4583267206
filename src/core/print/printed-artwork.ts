import { drawArtwork, type ArtworkImage, type Drawing } from './artwork.js';
import type { Locale } from '../i18n/labels.js';
import type { CodeSpec } from './printed-code.js';
import type { TextOutliner } from './text-outline.js';

/** Whether a code needs the artwork writers (and, for its text, a font) rather than the bare symbol's SVG. */
export function needsArtwork(spec: CodeSpec): boolean {
  return spec.format === 'pdf' || spec.template !== 'code' || spec.bleed > 0;
}

/** Whether drawing a code needs the font: its template has text. */
export function needsFont(spec: CodeSpec): boolean {
  return spec.template !== 'code';
}

/**
 * A checked code as print artwork: its template, size, bleed (with crop marks) and logo, from
 * the symbol encoded when it was checked.
 *
 * @param logo The spec's logo as PNG bytes and, for a PDF, its decoded pixels.
 */
export function printedDrawing(spec: CodeSpec, options: { outliner?: TextOutliner; logo?: ArtworkImage; locale?: Locale } = {}): Drawing {
  return drawArtwork(
    spec.symbol,
    {
      template: spec.template,
      paper: spec.paper,
      sideMm: spec.printMm,
      bleed: spec.bleed,
      cropMarks: spec.bleed > 0,
      label: spec.label,
      caption: spec.caption,
      logo: options.logo,
      locale: options.locale,
    },
    options.outliner,
  );
}
