import { withPixelDensity } from '../../core/png-density.js';
import { formatMm, withPrintSize } from '../../core/print-size.js';
import { qrSvg } from '../../core/qr.js';
import { qrPng } from '../qr-png.js';
import type { CodeSpec } from './code-spec.js';

/**
 * Renders a checked code as the bytes of its file: an SVG at its print size (or pixel
 * width), or a PNG whose recorded density prints it at its print size.
 */
export function renderCode(spec: CodeSpec): Uint8Array {
  const { launch, symbol, size, logo } = spec;
  const style = { ecc: symbol.ecc, margin: symbol.margin, dark: symbol.dark, light: symbol.light };
  if (spec.format === 'png') {
    const png = qrPng(launch.url, { ...style, px: size.px, logo: logo?.bytes });
    return size.dpi === undefined ? png : withPixelDensity(png, size.dpi);
  }
  const href = logo ? `data:image/png;base64,${Buffer.from(logo.bytes).toString('base64')}` : undefined;
  const svg = qrSvg(launch.url, { ...style, size: spec.printMm === undefined ? size.px : undefined, logo: href ? { href } : undefined });
  return Buffer.from(spec.printMm === undefined ? svg : withPrintSize(svg, spec.printMm), 'utf8');
}

/** The size of a code for people: `30 mm (29 modules of 1.03 mm), 369 px at 312 dpi`. */
export function describeSize(spec: CodeSpec): string {
  const { size, symbol } = spec;
  const parts: string[] = [];
  if (size.mm !== undefined && size.moduleMm !== undefined) parts.push(`${formatMm(size.mm)} (${symbol.extent} modules of ${formatMm(size.moduleMm)})`);
  if (size.px !== undefined) parts.push(`${size.px} px${size.modulePx === undefined ? '' : ` (${size.modulePx} px a module)`}${size.dpi === undefined ? '' : ` at ${Math.round(size.dpi)} dpi`}`);
  if (parts.length === 0) parts.push(`${symbol.extent} modules, scalable`);
  return parts.join(', ');
}
