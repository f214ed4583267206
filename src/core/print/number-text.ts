/**
 * Numbers as the artwork files write them: at most three decimals, no trailing zeros
 * (`String(Number(value.toFixed(3)))`). A code's drawing repeats the same few coordinates (its
 * module grid) hundreds of times, and `toFixed` costs more than finding one already written, so
 * the texts are kept, up to {@link MAX_KEPT} of them; past that the store starts again.
 */

/** Texts kept at most: a batch's few module grids fit many times over. */
export const MAX_KEPT = 4096;

const kept = new Map<number, string>();

/** `value` with at most three decimals, as `String(Number(value.toFixed(3)))` writes it. */
export function numberText(value: number): string {
  let text = kept.get(value);
  if (text === undefined) {
    text = String(Number(value.toFixed(3)));
    if (kept.size >= MAX_KEPT) kept.clear();
    kept.set(value, text);
  }
  return text;
}

/** How many texts are kept now (for tests). */
export function keptNumberTexts(): number {
  return kept.size;
}
