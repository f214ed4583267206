// React 19 reads JSX types from its own module: `<kakao-consult-button channel="@x" />` in TSX.
// The augmentation is the main entry's too (see framework-tags.ts); importing it here types the
// raw tags for apps that import only this entry.
export type { VueElement } from '../elements/internal/framework-tags.js';
