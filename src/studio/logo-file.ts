// The single code's centre logo: a PNG file checked by the same rule as the CLI's `--logo`,
// then kept in memory as a data URL (what the core's SVG embeds) and a decoded bitmap (what
// the PNG's canvas draws). Never in the URL hash: a file is not something typed.
import { ConsultInputError } from '../core/errors.js';
import { pngLogoSize } from '../core/qr/png-logo.js';
import { qrLogoPixels, type QrSymbol } from '../core/qr/qr.js';

/** A logo the page has read. */
export interface PageLogo {
  name: string;
  width: number;
  height: number;
  bitmap: ImageBitmap;
  /** The PNG as a data URL. */
  href: string;
}

/**
 * Reads a chosen file into a logo.
 *
 * @throws ConsultInputError naming `logo` for anything but a decodable PNG of at most 4096 px a side.
 */
export async function readLogo(file: File): Promise<PageLogo> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  // The header first: a decoder never sees another format, nor a huge image.
  const { width, height } = pngLogoSize(bytes);
  const blob = new Blob([bytes], { type: 'image/png' });
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(blob);
  } catch {
    throw new ConsultInputError('logo', `logo ${file.name} is not a readable PNG file; convert it to PNG.`);
  }
  return { name: file.name, width, height, bitmap, href: await dataUrl(blob) };
}

function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.addEventListener('load', () => resolve(String(reader.result)));
    reader.addEventListener('error', () => reject(reader.error));
    reader.readAsDataURL(blob);
  });
}

/** Draws the logo on its light pad, where the CLI's PNG has it (the core places both). */
export function drawLogo(context: CanvasRenderingContext2D, symbol: QrSymbol, scale: number, logo: PageLogo): void {
  if (!symbol.logo) return;
  const { pad, image } = qrLogoPixels(symbol.logo, symbol.margin, scale, logo.width, logo.height);
  // Cleared first: a translucent light colour painted over dark modules would let them show through.
  context.clearRect(pad.x, pad.y, pad.width, pad.height);
  context.fillStyle = symbol.light;
  context.fillRect(pad.x, pad.y, pad.width, pad.height);
  context.imageSmoothingQuality = 'high';
  context.drawImage(logo.bitmap, image.x, image.y, image.width, image.height);
}
