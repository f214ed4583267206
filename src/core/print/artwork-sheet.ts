import { ConsultInputError } from '../errors.js';
import { cropMarks, slugOf } from './artwork-marks.js';
import { BLACK, type Drawing, type PathCommand, type Shape } from './artwork.js';
import type { TextOutliner } from './text-outline.js';

/**
 * Print-shop sheets: a batch's artwork imposed N-up on A4, A3 or SRA3, each item with its own
 * crop marks (and its bleed, when it has one), a gap between items, and a job slug (the batch's
 * name, the date, page n/m) in the margin outside every trim. A sheet is a Drawing like any
 * other, so the PDF writer draws it as it draws one code.
 */

/** Sheet sizes, width × height in millimetres (portrait). */
export const SHEETS = { a4: [210, 297], a3: [297, 420], sra3: [320, 450] } as const;
export type Sheet = keyof typeof SHEETS;

/** Space between two items' crop-mark boxes. */
export const SHEET_GAP_MM = 2;
/** The sheet's margin on every side; the slug line sits in the bottom one. */
export const SHEET_MARGIN_MM = 10;
const SLUG_TEXT_MM = 2.8;

/** Who the sheets are for, printed in their slug. */
export interface SheetJob {
  /** The batch's name, e.g. its file's. */
  name: string;
  /** The day it was made, `2026-12-02`. */
  date: string;
}

/** Where an item landed: its page (from 0) and its trim box on it, in millimetres. */
export interface SheetPlacement {
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SheetLayout {
  pages: Drawing[];
  placements: SheetPlacement[];
}

/** The shape moved by (dx, dy). */
function moved(shape: Shape, dx: number, dy: number): Shape {
  if (shape.kind === 'rects')
    return { ...shape, rects: shape.rects.map(([x, y, width, height]) => [x + dx, y + dy, width, height] as const) };
  if (shape.kind === 'image' || shape.kind === 'modules') return { ...shape, x: shape.x + dx, y: shape.y + dy };
  const commands = shape.commands.map((command): PathCommand => {
    switch (command.type) {
      case 'Z':
        return command;
      case 'M':
      case 'L':
        return { ...command, x: command.x + dx, y: command.y + dy };
      case 'C':
        return {
          ...command,
          x: command.x + dx,
          y: command.y + dy,
          x1: command.x1 + dx,
          y1: command.y1 + dy,
          x2: command.x2 + dx,
          y2: command.y2 + dy,
        };
      case 'Q':
        return { ...command, x: command.x + dx, y: command.y + dy, x1: command.x1 + dx, y1: command.y1 + dy };
    }
  });
  return { ...shape, commands };
}

/** A day as a sheet's slug writes it, in the time zone of the machine that makes the sheet: `2026-12-02`. */
export function jobDate(now: Date): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** `spring26 · 2026-12-02 · 1/3`. */
export function slugText(job: SheetJob, page: number, pages: number): string {
  return `${job.name} · ${job.date} · ${page}/${pages}`;
}

/**
 * Imposes the items on sheets, in order, row by row, as many to a sheet as fit.
 *
 * @throws ConsultInputError naming `sheet` when an item (with its bleed and marks) is larger
 *   than the sheet's printable area, or the job's name has a character the font lacks.
 */
export function imposeSheets(items: readonly Drawing[], sheet: Sheet, job: SheetJob, outliner: TextOutliner): SheetLayout {
  const [sheetWidth, sheetHeight] = SHEETS[sheet];
  const missing = outliner.missing(slugText(job, 0, 0));
  if (missing.length > 0)
    throw new ConsultInputError(
      'sheet',
      `the job name "${job.name}" has characters the bundled font lacks (${missing.join(' ')}); rename the file.`,
    );
  const right = sheetWidth - SHEET_MARGIN_MM;
  // The bottom margin holds the slug, so items stop above it.
  const bottom = sheetHeight - SHEET_MARGIN_MM;
  const placements: SheetPlacement[] = [];
  const content: Shape[][] = [];
  let page = -1;
  let x = Infinity;
  let y = 0;
  let rowHeight = 0;
  for (const item of items) {
    const marked: Drawing = { ...item, cropMarks: true };
    const slug = slugOf(marked);
    const cellWidth = item.width + 2 * slug;
    const cellHeight = item.height + 2 * slug;
    if (cellWidth > right - SHEET_MARGIN_MM || cellHeight > bottom - SHEET_MARGIN_MM) {
      throw new ConsultInputError(
        'sheet',
        `an item of ${item.width} × ${item.height} mm with its bleed and crop marks does not fit on ${sheet.toUpperCase()} (${sheetWidth} × ${sheetHeight} mm).`,
      );
    }
    if (x + cellWidth > right) {
      x = SHEET_MARGIN_MM;
      y += rowHeight + (rowHeight > 0 ? SHEET_GAP_MM : 0);
      rowHeight = 0;
    }
    if (page < 0 || y + cellHeight > bottom) {
      page++;
      content.push([]);
      x = SHEET_MARGIN_MM;
      y = SHEET_MARGIN_MM;
      rowHeight = 0;
    }
    const trimX = x + slug;
    const trimY = y + slug;
    content[page]!.push(...[...item.shapes, ...cropMarks(marked)].map((shape) => moved(shape, trimX, trimY)));
    placements.push({ page, x: trimX, y: trimY, width: item.width, height: item.height });
    x += cellWidth + SHEET_GAP_MM;
    rowHeight = Math.max(rowHeight, cellHeight);
  }
  const pages = content.map((shapes, index): Drawing => {
    const text = slugText(job, index + 1, content.length);
    const slugLine: Shape = {
      kind: 'path',
      commands: outliner.outline(text, SLUG_TEXT_MM, SHEET_MARGIN_MM, sheetHeight - SHEET_MARGIN_MM / 2 + SLUG_TEXT_MM / 3),
      paint: BLACK,
    };
    return { width: sheetWidth, height: sheetHeight, bleed: 0, cropMarks: false, shapes: [...shapes, slugLine] };
  });
  return { pages, placements };
}
