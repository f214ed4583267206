import type { Drawing, Shape } from './artwork.js';

/** Length of a crop mark, in millimetres, outside the bleed. */
export const CROP_MARK_MM = 5;

/** Crop mark stroke, about 0.25 pt. */
const STROKE_MM = 0.09;

/** The margin around the trim a page needs for its bleed and crop marks. */
export function slugOf(drawing: Drawing): number {
  return drawing.bleed + (drawing.cropMarks ? CROP_MARK_MM : 0);
}

/**
 * Crop marks as thin filled bars along the trim lines, outside the bleed (so a cut that
 * drifts into the bleed never shows them), in registration-safe K 100.
 */
export function cropMarks(drawing: Drawing): Shape[] {
  if (!drawing.cropMarks) return [];
  const { width, height, bleed } = drawing;
  const half = STROKE_MM / 2;
  const rects: [number, number, number, number][] = [];
  for (const x of [0, width]) {
    rects.push([x - half, -bleed - CROP_MARK_MM, STROKE_MM, CROP_MARK_MM], [x - half, height + bleed, STROKE_MM, CROP_MARK_MM]);
  }
  for (const y of [0, height]) {
    rects.push([-bleed - CROP_MARK_MM, y - half, CROP_MARK_MM, STROKE_MM], [width + bleed, y - half, CROP_MARK_MM, STROKE_MM]);
  }
  return [{ kind: 'rects', rects, paint: { rgb: [0, 0, 0], cmyk: [0, 0, 0, 1] } }];
}
