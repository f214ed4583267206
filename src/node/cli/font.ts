import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { TextOutliner } from '../../core/print/text-outline.js';

/** The font the templates' text is outlined with: Pretendard SemiBold (OFL), Latin and the 2,350 common Hangul. */
export const FONT_FILE = 'Pretendard-SemiBold.subset.woff';

/**
 * Loads the artwork font once: from dist/fonts/ (where the build copies it next to its
 * licence), or from the `pretendard` package when run from source.
 */
export async function loadOutliner(): Promise<TextOutliner> {
  let bytes: Buffer;
  try {
    bytes = await readFile(new URL(`../../fonts/${FONT_FILE}`, import.meta.url));
  } catch {
    bytes = await readFile(createRequire(import.meta.url).resolve(`pretendard/dist/web/static/woff-subset/${FONT_FILE}`));
  }
  // The font parser (opentype.js) loads here, not with the CLI: most codes have no template text.
  const { createOutliner } = await import('../../core/print/text-outline.js');
  return createOutliner(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
}
