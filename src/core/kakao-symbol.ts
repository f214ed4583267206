/**
 * Kakao's speech bubble: a wide ellipse with a short tail at the lower left, drawn as two
 * clockwise sub-paths so the default non-zero fill merges them into one shape. The element
 * and the server-rendered markup draw the same path in an 18 × 18 box.
 */
export const KAKAO_SYMBOL_PATH = 'M.8 8.2a8.2 6.7 0 1 1 16.4 0a8.2 6.7 0 1 1-16.4 0zM5.2 13.6l3.4.9-4.3 2.7z';

/** The symbol's attributes in a drawn link, for every writer of it (consult-markup.ts's HTML, the React wrapper, the script-tag file's DOM calls). */
export const DRAWN_SYMBOL_ATTRIBUTES: Readonly<Record<string, string>> = {
  viewBox: '0 0 18 18',
  width: '18',
  height: '18',
  'aria-hidden': 'true',
  focusable: 'false',
};
