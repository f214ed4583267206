// Reads a PDF as a print shop's tools do, with poppler: its page boxes in millimetres, and its
// page rendered to pixels for a QR reader.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

const MM_PER_PT = 25.4 / 72;

/** The page's boxes (MediaBox, TrimBox, BleedBox) in millimetres, width × height. */
export function pdfBoxes(bytes) {
  const directory = mkdtempSync(join(tmpdir(), 'kakao-consult-pdf-'));
  try {
    const file = join(directory, 'code.pdf');
    writeFileSync(file, bytes);
    const info = execFileSync('pdfinfo', ['-box', file], { encoding: 'utf8' });
    const box = (name) => {
      const [x0, y0, x1, y1] = new RegExp(`${name}:\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)`).exec(info).slice(1).map(Number);
      return { width: (x1 - x0) * MM_PER_PT, height: (y1 - y0) * MM_PER_PT };
    };
    return { media: box('MediaBox'), trim: box('TrimBox'), bleed: box('BleedBox') };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** Renders the PDF's page with pdftoppm at `dpi` and reads the QR code on it. */
export function decodePdf(bytes, dpi = 200) {
  const directory = mkdtempSync(join(tmpdir(), 'kakao-consult-pdf-'));
  try {
    const file = join(directory, 'code.pdf');
    writeFileSync(file, bytes);
    execFileSync('pdftoppm', ['-r', String(dpi), '-png', '-singlefile', file, join(directory, 'page')]);
    const image = PNG.sync.read(readFileSync(join(directory, 'page.png')));
    return jsQR(new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length), image.width, image.height)?.data;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
