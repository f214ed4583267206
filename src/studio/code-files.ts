// The single code's files and the line that describes it: an SVG at print size, a PNG drawn on
// a canvas with whole-pixel modules and its print density recorded, and a safe file name.
import { zlibSync } from 'fflate';
import type { LaunchRequest } from '../core/launch/launch.js';
import { artworkPdf } from '../core/print/artwork-pdf.js';
import { drawArtwork, type ArtworkImage } from '../core/print/artwork.js';
import { formatMm, withPrintSize, type SizePlan } from '../core/print/print-size.js';
import { withPixelDensity } from '../core/qr/png-density.js';
import { qrRuns, symbolSvg, type QrSymbol } from '../core/qr/qr.js';
import { drawLogo, type PageLogo } from './logo-file.js';

/** The form's code, checked by core, ready to preview and download. */
export interface FormCode {
  launch: LaunchRequest;
  symbol: QrSymbol;
  plan: SizePlan;
  /** The print size asked for, when the form sizes by print. */
  mm?: number;
  /** The placement the code carries ('' when it carries none). */
  placement: string;
  logo?: PageLogo;
}

/** The code as SVG markup: sized in millimetres when printed, else in pixels. */
export function svgMarkup({ symbol, plan, mm, logo }: FormCode): string {
  const svg = symbolSvg(symbol, { size: mm === undefined ? plan.px : undefined, logo: logo && { href: logo.href } });
  return mm === undefined ? svg : withPrintSize(svg, mm);
}

/** `30 mm, modules 0.91 mm · PNG 354 × 354 px at 300 dpi · 33 modules, level M`. */
export function describeCode({ symbol, plan }: Pick<FormCode, 'symbol' | 'plan'>): string {
  const print = plan.mm === undefined || plan.moduleMm === undefined ? '' : `${formatMm(plan.mm)}, modules ${formatMm(plan.moduleMm)} · `;
  return `${print}PNG ${plan.px} × ${plan.px} px${plan.dpi === undefined ? '' : ` at ${Math.round(plan.dpi)} dpi`} · ${symbol.extent} modules, level ${symbol.ecc}`;
}

/** `kakao-consult-poster_a.png`, from the placement the code carries (else the channel), kept to safe characters. */
export function codeFileName({ launch, placement }: Pick<FormCode, 'launch' | 'placement'>, extension: string): string {
  const base = (placement || launch.fields.uuid.slice(1)).replace(/[^\p{L}\p{N}_.-]+/gu, '_').slice(0, 60);
  return `kakao-consult-${base}.${extension}`;
}

/** Draws the code on a canvas, whole pixels a module, and encodes a PNG that records its print density. */
export async function pngBlob({ symbol, plan, logo }: FormCode): Promise<Blob> {
  const side = plan.px ?? 0;
  const scale = plan.modulePx ?? 0;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = side;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('the browser gave no 2D canvas to draw the PNG on');
  context.fillStyle = symbol.light;
  context.fillRect(0, 0, side, side);
  context.fillStyle = symbol.dark;
  for (const { x, y, length } of qrRuns(symbol.matrix)) {
    context.fillRect((x + symbol.margin) * scale, (y + symbol.margin) * scale, length * scale, scale);
  }
  if (logo) drawLogo(context, symbol, scale, logo);
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((result) => (result ? resolve(result) : reject(new Error('the browser could not encode the PNG'))), 'image/png'),
  );
  if (plan.dpi === undefined) return blob;
  return new Blob([withPixelDensity(new Uint8Array(await blob.arrayBuffer()), plan.dpi)], { type: 'image/png' });
}

/** The logo's pixels, for a PDF (which embeds decoded pixels, not the PNG). */
async function logoImage(logo: PageLogo): Promise<ArtworkImage> {
  const canvas = document.createElement('canvas');
  canvas.width = logo.width;
  canvas.height = logo.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('the browser gave no 2D canvas to read the logo with');
  context.drawImage(logo.bitmap, 0, 0);
  const png = Uint8Array.from(atob(logo.href.slice(logo.href.indexOf(',') + 1)), (character) => character.charCodeAt(0));
  const rgba = new Uint8Array(context.getImageData(0, 0, logo.width, logo.height).data.buffer);
  return { png, pixels: { width: logo.width, height: logo.height, rgba } };
}

/**
 * The code as a vector PDF exactly its print size, as `kakao-consult qr -o code.pdf` writes it
 * (black K 100, every colour CMYK). Only for a code sized for print: undefined otherwise.
 */
export async function pdfBlob({ symbol, mm, logo }: FormCode): Promise<Blob | undefined> {
  if (mm === undefined) return undefined;
  const drawing = drawArtwork(symbol, { template: 'code', sideMm: mm, logo: logo && (await logoImage(logo)) });
  return new Blob([artworkPdf(drawing, zlibSync) as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
}
