import { cropMarks, slugOf } from './artwork-marks.js';
import { moduleRects, type Drawing, type Paint, type PathCommand, type Shape } from './artwork.js';
import { numberText } from './number-text.js';

const n = numberText;

/** Path data in millimetres. */
function pathData(commands: readonly PathCommand[]): string {
  return commands
    .map((command) => {
      switch (command.type) {
        case 'M':
        case 'L':
          return `${command.type}${n(command.x)} ${n(command.y)}`;
        case 'C':
          return `C${n(command.x1)} ${n(command.y1)} ${n(command.x2)} ${n(command.y2)} ${n(command.x)} ${n(command.y)}`;
        case 'Q':
          return `Q${n(command.x1)} ${n(command.y1)} ${n(command.x)} ${n(command.y)}`;
        case 'Z':
          return 'Z';
      }
    })
    .join('');
}

function fill({ rgb, opacity }: Paint): string {
  const hex = `#${rgb.map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
  return ` fill="${hex}"${opacity === undefined ? '' : ` fill-opacity="${n(opacity)}"`}`;
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return btoa(binary);
}

function shapeSvg(shape: Shape): string {
  if (shape.kind === 'modules') return shapeSvg({ kind: 'rects', rects: moduleRects(shape), paint: shape.paint });
  if (shape.kind === 'rects') {
    const d = shape.rects.map(([x, y, width, height]) => `M${n(x)} ${n(y)}h${n(width)}v${n(height)}h${n(-width)}z`).join('');
    return `<path d="${d}"${fill(shape.paint)} shape-rendering="crispEdges"/>`;
  }
  if (shape.kind === 'path' && shape.stroke !== undefined) {
    // A spot ink has no SVG equivalent: its line is drawn in its alternate, named by its id.
    const id = shape.paint.spot ? ` id="${shape.paint.spot}"` : '';
    return `<path${id} d="${pathData(shape.commands)}" fill="none"${fill(shape.paint).replace(' fill=', ' stroke=').replace('fill-opacity', 'stroke-opacity')} stroke-width="${n(shape.stroke)}"/>`;
  }
  if (shape.kind === 'path') return `<path d="${pathData(shape.commands)}"${fill(shape.paint)}/>`;
  return `<image href="data:image/png;base64,${base64(shape.image.png)}" x="${n(shape.x)}" y="${n(shape.y)}" width="${n(shape.width)}" height="${n(shape.height)}" preserveAspectRatio="xMidYMid meet"/>`;
}

/**
 * Writes artwork as a standalone SVG whose width and height are its print size in
 * millimetres (bleed and crop-mark margin included), the viewBox in millimetres with the
 * trim box's top-left at 0 0. Text is outlines; nothing is fetched.
 */
export function artworkSvg(drawing: Drawing): string {
  const slug = slugOf(drawing);
  const width = drawing.width + 2 * slug;
  const height = drawing.height + 2 * slug;
  const body = [...drawing.shapes, ...cropMarks(drawing)].map(shapeSvg).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}mm" height="${n(height)}mm" viewBox="${n(-slug)} ${n(-slug)} ${n(width)} ${n(height)}">` +
    `${body}</svg>`
  );
}
