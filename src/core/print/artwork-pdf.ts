import { concatBytes } from '../bytes.js';
import { cropMarks, slugOf } from './artwork-marks.js';
import type { ArtworkImage, Drawing, Paint, PathCommand } from './artwork.js';

/** Points per millimetre. */
const PT = 72 / 25.4;

/** Compresses a stream (zlib format); without it, streams are written as they are. */
export type Deflate = (data: Uint8Array) => Uint8Array;

const n = (value: number) => String(Number(value.toFixed(3)));
const encoder = new TextEncoder();

function color({ rgb, cmyk }: Paint): string {
  return cmyk ? `${cmyk.map(n).join(' ')} k` : `${rgb.map((channel) => n(channel / 255)).join(' ')} rg`;
}

/** Path operators; a quadratic curve is raised to the cubic PDF draws. */
function pathOps(commands: readonly PathCommand[]): string {
  let x = 0;
  let y = 0;
  const ops: string[] = [];
  for (const command of commands) {
    switch (command.type) {
      case 'M':
      case 'L':
        ops.push(`${n(command.x)} ${n(command.y)} ${command.type === 'M' ? 'm' : 'l'}`);
        break;
      case 'C':
        ops.push(`${n(command.x1)} ${n(command.y1)} ${n(command.x2)} ${n(command.y2)} ${n(command.x)} ${n(command.y)} c`);
        break;
      case 'Q': {
        const c1x = x + (2 / 3) * (command.x1 - x);
        const c1y = y + (2 / 3) * (command.y1 - y);
        const c2x = command.x + (2 / 3) * (command.x1 - command.x);
        const c2y = command.y + (2 / 3) * (command.y1 - command.y);
        ops.push(`${n(c1x)} ${n(c1y)} ${n(c2x)} ${n(c2y)} ${n(command.x)} ${n(command.y)} c`);
        break;
      }
      case 'Z':
        ops.push('h');
        continue;
    }
    x = command.x;
    y = command.y;
  }
  return ops.join('\n');
}

/** The objects of a PDF, numbered from 1, and the writer of the file around them. */
class PdfFile {
  private readonly objects: Uint8Array[] = [];

  /** Reserves an object number, to fill later. */
  reserve(): number {
    this.objects.push(new Uint8Array(0));
    return this.objects.length;
  }

  set(id: number, body: string | Uint8Array): void {
    this.objects[id - 1] = typeof body === 'string' ? encoder.encode(body) : body;
  }

  add(body: string | Uint8Array): number {
    const id = this.reserve();
    this.set(id, body);
    return id;
  }

  stream(dictionary: string, data: Uint8Array, deflate?: Deflate): number {
    const bytes = deflate ? deflate(data) : data;
    const head = encoder.encode(`<< ${dictionary}${deflate ? ' /Filter /FlateDecode' : ''} /Length ${bytes.length} >>\nstream\n`);
    return this.add(concatBytes([head, bytes, encoder.encode('\nendstream')]));
  }

  bytes(root: number): Uint8Array {
    const parts: Uint8Array[] = [encoder.encode('%PDF-1.6\n%\xE2\xE3\xCF\xD3\n')];
    let offset = parts[0]!.length;
    const offsets: number[] = [];
    this.objects.forEach((body, index) => {
      offsets.push(offset);
      const object = concatBytes([encoder.encode(`${index + 1} 0 obj\n`), body, encoder.encode('\nendobj\n')]);
      parts.push(object);
      offset += object.length;
    });
    const xref = ['xref', `0 ${this.objects.length + 1}`, '0000000000 65535 f ', ...offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n `)].join('\n');
    parts.push(encoder.encode(`${xref}\ntrailer\n<< /Size ${this.objects.length + 1} /Root ${root} 0 R >>\nstartxref\n${offset}\n%%EOF\n`));
    return concatBytes(parts);
  }
}

/** An image XObject (RGB) with its alpha as a soft mask. */
function imageObject(file: PdfFile, image: ArtworkImage, deflate?: Deflate): number {
  if (!image.pixels) throw new TypeError('a logo in a PDF needs its decoded pixels');
  const { width, height, rgba } = image.pixels;
  const rgb = new Uint8Array(width * height * 3);
  const alpha = new Uint8Array(width * height);
  for (let pixel = 0; pixel < width * height; pixel++) {
    rgb.set(rgba.subarray(pixel * 4, pixel * 4 + 3), pixel * 3);
    alpha[pixel] = rgba[pixel * 4 + 3]!;
  }
  const common = `/Type /XObject /Subtype /Image /Width ${width} /Height ${height} /BitsPerComponent 8`;
  const mask = file.stream(`${common} /ColorSpace /DeviceGray`, alpha, deflate);
  return file.stream(`${common} /ColorSpace /DeviceRGB /SMask ${mask} 0 R`, rgb, deflate);
}

/**
 * Writes artwork as a one-page vector PDF: the MediaBox is the trim size plus bleed and the
 * crop marks' margin, the TrimBox exactly the print size, the BleedBox the trim plus bleed.
 * Black is K 100; text is outlines, so the file embeds no font.
 */
export function artworkPdf(drawing: Drawing, deflate?: Deflate): Uint8Array {
  const slug = slugOf(drawing);
  const pageWidth = (drawing.width + 2 * slug) * PT;
  const pageHeight = (drawing.height + 2 * slug) * PT;
  const file = new PdfFile();
  const catalog = file.reserve();
  const pages = file.reserve();
  const resources: string[] = [];
  const states: string[] = [];
  // Millimetres, y down, the trim's top-left at 0 0.
  const ops: string[] = [`${n(PT)} 0 0 ${n(-PT)} ${n(slug * PT)} ${n(pageHeight - slug * PT)} cm`];
  for (const shape of [...drawing.shapes, ...cropMarks(drawing)]) {
    if (shape.kind === 'image') {
      const name = `Im${resources.length + 1}`;
      resources.push(`/${name} ${imageObject(file, shape.image, deflate)} 0 R`);
      ops.push(`q ${n(shape.width)} 0 0 ${n(-shape.height)} ${n(shape.x)} ${n(shape.y + shape.height)} cm /${name} Do Q`);
      continue;
    }
    const { paint } = shape;
    let state = '';
    if (paint.opacity !== undefined) {
      state = `/Gs${states.length + 1} gs `;
      states.push(`/Gs${states.length + 1} << /ca ${n(paint.opacity)} >>`);
    }
    const geometry = shape.kind === 'rects' ? shape.rects.map(([x, y, width, height]) => `${n(x)} ${n(y)} ${n(width)} ${n(height)} re`).join('\n') : pathOps(shape.commands);
    ops.push(`q ${state}${color(paint)}\n${geometry}\nf Q`);
  }
  const content = file.stream('', encoder.encode(ops.join('\n')), deflate);
  const box = (inset: number) => `[${[inset, inset, pageWidth - inset, pageHeight - inset].map((value) => n(value)).join(' ')}]`;
  const resourceDict = `<< ${resources.length ? `/XObject << ${resources.join(' ')} >> ` : ''}${states.length ? `/ExtGState << ${states.join(' ')} >>` : ''} >>`;
  const page = file.add(
    `<< /Type /Page /Parent ${pages} 0 R /MediaBox ${box(0)} /BleedBox ${box((slug - drawing.bleed) * PT)} /TrimBox ${box(slug * PT)} /Resources ${resourceDict} /Contents ${content} 0 R >>`,
  );
  file.set(pages, `<< /Type /Pages /Kids [${page} 0 R] /Count 1 >>`);
  file.set(catalog, `<< /Type /Catalog /Pages ${pages} 0 R >>`);
  return file.bytes(catalog);
}

