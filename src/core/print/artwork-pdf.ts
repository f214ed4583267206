import { concatBytes } from '../bytes.js';
import { cropMarks, slugOf } from './artwork-marks.js';
import type { ArtworkImage, Drawing, ModuleRuns, Paint, PathCommand } from './artwork.js';
import { numberText } from './number-text.js';

/** Points per millimetre. */
const PT = 72 / 25.4;

/**
 * Compresses a stream (zlib format), or declines (`undefined`): that stream is then written as
 * it is, as every stream is without one.
 */
export type Deflate = (data: Uint8Array) => Uint8Array | undefined;

const n = numberText;
const encoder = new TextEncoder();

/** The fill (or stroke) operator of a process colour: always CMYK, what the press prints. */
function color({ cmyk }: Paint, stroke = false): string {
  return `${cmyk.map(n).join(' ')} ${stroke ? 'K' : 'k'}`;
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

/**
 * The `cm` that puts a code's module grid in place: one unit a module, so each run is a
 * rectangle of whole numbers and no edge is rounded off the grid. The scale keeps six
 * decimals: the code's size exact to well under a micrometre.
 */
function moduleGrid({ x, y, unit }: ModuleRuns): string {
  const scale = String(Number(unit.toFixed(6)));
  return `${scale} 0 0 ${scale} ${n(x)} ${n(y)} cm`;
}

/**
 * Page content as bytes, written into one buffer kept between pages (grown when a page needs
 * more) and copied out once: text lines as UTF-8, a code's runs as `x y length 1 re` lines on
 * its module grid with the digits written straight in. A string per run, and a buffer per
 * line, cost a code's PDF more than the rest of its page. A run's coordinate is at most 177
 * modules plus a 16-module quiet zone: three digits.
 */
let scratch = new Uint8Array(1 << 14);

function contentBytes(lines: readonly (string | ModuleRuns)[]): Uint8Array {
  let at = 0;
  const room = (bytes: number) => {
    if (at + bytes <= scratch.length) return;
    const grown = new Uint8Array(Math.max(scratch.length * 2, at + bytes));
    grown.set(scratch.subarray(0, at));
    scratch = grown;
  };
  const digits = (value: number) => {
    if (value >= 100) scratch[at++] = 0x30 + Math.floor(value / 100);
    if (value >= 10) scratch[at++] = 0x30 + (Math.floor(value / 10) % 10);
    scratch[at++] = 0x30 + (value % 10);
  };
  for (const line of lines) {
    if (typeof line === 'string') {
      room(line.length * 3 + 1);
      at += encoder.encodeInto(line, scratch.subarray(at)).written;
      scratch[at++] = 0x0a;
      continue;
    }
    room(line.runs.length * 17);
    for (const run of line.runs) {
      digits(run.x + line.margin);
      scratch[at++] = 0x20;
      digits(run.y + line.margin);
      scratch[at++] = 0x20;
      digits(run.length);
      scratch.set(ONE_RE, at);
      at += ONE_RE.length;
    }
  }
  // No newline after the last line.
  return scratch.slice(0, at - 1);
}
const ONE_RE = encoder.encode(' 1 re\n');

const END_OBJECT = encoder.encode('\nendobj\n');

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
    const packed = deflate?.(data);
    const bytes = packed ?? data;
    const head = encoder.encode(`<< ${dictionary}${packed ? ' /Filter /FlateDecode' : ''} /Length ${bytes.length} >>\nstream\n`);
    return this.add(concatBytes([head, bytes, encoder.encode('\nendstream')]));
  }

  bytes(root: number): Uint8Array {
    const parts: Uint8Array[] = [encoder.encode('%PDF-1.6\n%\xE2\xE3\xCF\xD3\n')];
    let offset = parts[0]!.length;
    const offsets: number[] = [];
    this.objects.forEach((body, index) => {
      offsets.push(offset);
      const head = encoder.encode(`${index + 1} 0 obj\n`);
      parts.push(head, body, END_OBJECT);
      offset += head.length + body.length + END_OBJECT.length;
    });
    const xref = [
      'xref',
      `0 ${this.objects.length + 1}`,
      '0000000000 65535 f ',
      ...offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n `),
    ].join('\n');
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

/** Objects and resources every page of one file shares: the spot colours and the overprint state. */
class SharedResources {
  private readonly spots = new Map<string, number>();
  private overprint: number | undefined;

  constructor(private readonly file: PdfFile) {}

  /** The Separation colour space of a spot ink, its CMYK the alternate (a tint scales it linearly). */
  spot(paint: Paint): number {
    const name = paint.spot!;
    let id = this.spots.get(name);
    if (id === undefined) {
      const tint = `<< /FunctionType 2 /Domain [0 1] /C0 [0 0 0 0] /C1 [${paint.cmyk.map(n).join(' ')}] /N 1 >>`;
      id = this.file.add(`[/Separation /${name} /DeviceCMYK ${tint}]`);
      this.spots.set(name, id);
    }
    return id;
  }

  /** Overprint on, so a spot line knocks nothing out of the inks under it. */
  overprinting(): number {
    this.overprint ??= this.file.add('<< /Type /ExtGState /OP true /op true /OPM 1 >>');
    return this.overprint;
  }
}

/** One page's content and resources, added to the file; returns the page's object number. */
function addPage(file: PdfFile, shared: SharedResources, pages: number, drawing: Drawing, deflate?: Deflate): number {
  const slug = slugOf(drawing);
  const pageWidth = (drawing.width + 2 * slug) * PT;
  const pageHeight = (drawing.height + 2 * slug) * PT;
  const images: string[] = [];
  const states: string[] = [];
  const spaces: string[] = [];
  // Millimetres, y down, the trim's top-left at 0 0.
  const ops: (string | ModuleRuns)[] = [`${n(PT)} 0 0 ${n(-PT)} ${n(slug * PT)} ${n(pageHeight - slug * PT)} cm`];
  for (const shape of [...drawing.shapes, ...cropMarks(drawing)]) {
    if (shape.kind === 'image') {
      const name = `Im${images.length + 1}`;
      images.push(`/${name} ${imageObject(file, shape.image, deflate)} 0 R`);
      ops.push(`q ${n(shape.width)} 0 0 ${n(-shape.height)} ${n(shape.x)} ${n(shape.y + shape.height)} cm /${name} Do Q`);
      continue;
    }
    const { paint } = shape;
    const stroke = shape.kind === 'path' && shape.stroke !== undefined;
    let state = '';
    if (paint.opacity !== undefined) {
      state = `/Gs${states.length + 1} gs `;
      states.push(`/Gs${states.length + 1} << /ca ${n(paint.opacity)} /CA ${n(paint.opacity)} >>`);
    }
    let ink = color(paint, stroke);
    if (paint.spot) {
      const space = `Cs${spaces.length + 1}`;
      spaces.push(`/${space} ${shared.spot(paint)} 0 R`);
      states.push(`/Op${spaces.length} ${shared.overprinting()} 0 R`);
      ink = `/Op${spaces.length} gs /${space} ${stroke ? 'CS 1 SCN' : 'cs 1 scn'}`;
    }
    if (shape.kind === 'modules') {
      ops.push(`q ${state}${ink}\n${moduleGrid(shape)}`, shape, 'f Q');
      continue;
    }
    const geometry =
      shape.kind === 'rects'
        ? shape.rects.map(([x, y, width, height]) => `${n(x)} ${n(y)} ${n(width)} ${n(height)} re`).join('\n')
        : pathOps(shape.commands);
    const paintOp = shape.kind === 'path' && shape.stroke !== undefined ? `${n(shape.stroke)} w\n${geometry}\nS` : `${geometry}\nf`;
    ops.push(`q ${state}${ink}\n${paintOp} Q`);
  }
  const content = file.stream('', contentBytes(ops), deflate);
  const box = (inset: number) => `[${[inset, inset, pageWidth - inset, pageHeight - inset].map((value) => n(value)).join(' ')}]`;
  const dictionary = (name: string, entries: string[]) => (entries.length ? `/${name} << ${entries.join(' ')} >> ` : '');
  const resources = `<< ${dictionary('XObject', images)}${dictionary('ExtGState', states)}${dictionary('ColorSpace', spaces)}>>`;
  return file.add(
    `<< /Type /Page /Parent ${pages} 0 R /MediaBox ${box(0)} /BleedBox ${box((slug - drawing.bleed) * PT)} /TrimBox ${box(slug * PT)} /Resources ${resources} /Contents ${content} 0 R >>`,
  );
}

/**
 * Writes artwork as a vector PDF, one page per drawing: each MediaBox is the trim size plus
 * bleed and the crop marks' margin, the TrimBox exactly the print size, the BleedBox the trim
 * plus bleed. Every colour is CMYK (black K 100), a spot ink a Separation that overprints;
 * text is outlines, so the file embeds no font.
 */
export function artworkPdfPages(drawings: readonly Drawing[], deflate?: Deflate): Uint8Array {
  if (drawings.length === 0) throw new TypeError('a PDF needs at least one page');
  const file = new PdfFile();
  const catalog = file.reserve();
  const pages = file.reserve();
  const shared = new SharedResources(file);
  const kids = drawings.map((drawing) => addPage(file, shared, pages, drawing, deflate));
  file.set(pages, `<< /Type /Pages /Kids [${kids.map((kid) => `${kid} 0 R`).join(' ')}] /Count ${kids.length} >>`);
  file.set(catalog, `<< /Type /Catalog /Pages ${pages} 0 R >>`);
  return file.bytes(catalog);
}

/** Writes artwork as a one-page vector PDF (see {@link artworkPdfPages}). */
export function artworkPdf(drawing: Drawing, deflate?: Deflate): Uint8Array {
  return artworkPdfPages([drawing], deflate);
}
