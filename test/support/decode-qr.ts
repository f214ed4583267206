// Browser-side QR reading for tests: what a phone camera would see, decoded by an
// independent decoder (jsQR), never by the code that drew it.
import jsQR from 'jsqr';

/** Draws an image source on white paper (transparent pixels count as paper) and returns its pixels. */
export function pixelsOfImage(source: CanvasImageSource, width: number, height: number): ImageData {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, width, height);
  context.drawImage(source, 0, 0, width, height);
  return context.getImageData(0, 0, width, height);
}

/** Renders an SVG document as the browser shows it as an image, at `pixels` square. */
export async function pixelsOfSvg(markup: string, pixels: number): Promise<ImageData> {
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return pixelsOfImage(image, pixels, pixels);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Decodes pixels; null when no code is found. */
export function decodePixels({ data, width, height }: ImageData): string | null {
  return jsQR(data, width, height, { inversionAttempts: 'dontInvert' })?.data ?? null;
}

/** Decodes an SVG document rendered at `pixels` square. */
export async function decodeSvg(markup: string, pixels: number): Promise<string | null> {
  return decodePixels(await pixelsOfSvg(markup, pixels));
}

/** Decodes the code a `<kakao-consult-qr>` shows, from its live SVG, at four pixels a module. */
export function decodeQrElement(element: Element): Promise<string | null> {
  const code = element.shadowRoot!.querySelector('svg')!;
  const extent = Number(code.getAttribute('viewBox')!.split(' ')[2]);
  return decodeSvg(new XMLSerializer().serializeToString(code), extent * 4);
}
