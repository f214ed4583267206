import { deflateSync } from 'node:zlib';
import type { PNG } from 'pngjs';
import { artworkPdf } from '../../core/print/artwork-pdf.js';
import { artworkSvg } from '../../core/print/artwork-svg.js';
import { withPixelDensity } from '../../core/qr/png-density.js';
import { needsArtwork, printedDrawing } from '../../core/print/printed-artwork.js';
import type { CodeSpec } from '../../core/print/printed-code.js';
import { formatMm, withPrintSize } from '../../core/print/print-size.js';
import { symbolSvg } from '../../core/qr/qr.js';
import type { TextOutliner } from '../../core/print/text-outline.js';
import { symbolPng } from './qr-png.js';

/** What rendering needs besides the spec, loaded once per run: the font, the decoded logo. */
export interface RenderResources {
  outliner?: TextOutliner;
  logo?: PNG;
}

/** Streams up to this size go into a code's PDF as they are. */
export const STORED_STREAM_BYTES = 8192;

/**
 * A code's PDF streams deflated from {@link STORED_STREAM_BYTES} up. A bare code's drawing
 * (4.6 KB for the usual launch URL's symbol) is written as it is: deflating it took longer
 * (0.1 s a thousand codes) than writing the 3 KB it saved. A card's outlined text and a logo's
 * pixels are deflated.
 */
const deflateLarge = (data: Uint8Array) => (data.length <= STORED_STREAM_BYTES ? undefined : deflateSync(data));

/**
 * Renders a checked code as the bytes of its file, from the symbol encoded when it was
 * checked: a PNG whose recorded density prints it at its print size, an SVG at its print size
 * (or pixel width), or print artwork (template, bleed) as SVG or vector PDF.
 */
export function renderCode(spec: CodeSpec, resources: RenderResources = {}): Uint8Array {
  const { symbol, size, logo } = spec;
  if (spec.format === 'png') {
    const png = symbolPng(symbol, size.px ?? 1024, resources.logo);
    return size.dpi === undefined ? png : withPixelDensity(png, size.dpi);
  }
  if (needsArtwork(spec)) {
    const image =
      logo && resources.logo
        ? { png: logo.bytes, pixels: { width: resources.logo.width, height: resources.logo.height, rgba: resources.logo.data } }
        : undefined;
    const drawing = printedDrawing(spec, { outliner: resources.outliner, logo: image });
    return spec.format === 'pdf' ? artworkPdf(drawing, deflateLarge) : Buffer.from(artworkSvg(drawing), 'utf8');
  }
  const href = logo ? `data:image/png;base64,${Buffer.from(logo.bytes).toString('base64')}` : undefined;
  const svg = symbolSvg(symbol, { size: spec.printMm === undefined ? size.px : undefined, logo: href ? { href } : undefined });
  return Buffer.from(spec.printMm === undefined ? svg : withPrintSize(svg, spec.printMm), 'utf8');
}

/** The size of a code for people: `30 mm (29 modules of 1.03 mm), 369 px at 312 dpi`. */
export function describeSize(spec: CodeSpec): string {
  const { size, symbol } = spec;
  const parts: string[] = [];
  if (size.mm !== undefined && size.moduleMm !== undefined)
    parts.push(`${formatMm(size.mm)} (${symbol.extent} modules of ${formatMm(size.moduleMm)})`);
  if (size.px !== undefined)
    parts.push(
      `${size.px} px${size.modulePx === undefined ? '' : ` (${size.modulePx} px a module)`}${size.dpi === undefined ? '' : ` at ${Math.round(size.dpi)} dpi`}`,
    );
  if (parts.length === 0) parts.push(`${symbol.extent} modules, scalable`);
  return parts.join(', ');
}
