/** The bundlers the page is built with (Turbopack: next-build.mjs). */
export const BUNDLERS: string[];
/** Builds the page with `bundler` in the consumer project: output folder, milliseconds, scripts' gzip bytes by path, Lit's copies. */
export function buildPage(project: string, bundler: string): Promise<{ out: string; milliseconds: number; gzip: Record<string, number>; lit: number }>;
