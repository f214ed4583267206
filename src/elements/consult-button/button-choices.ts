/**
 * The enumerated attributes that change the look, through custom states such as
 * `:state(size-small)`: all the painted button needs (the rest are in attribute-choices.ts).
 */
export const LOOK = [
  ['label', 'label', ['short', 'long']],
  ['color', 'color', ['yellow', 'mono']],
  ['size', 'size', ['medium', 'small', 'large']],
  ['shape', 'shape', ['rect', 'full', 'round']],
] as const;
