/** The bundlers the page is built with (Turbopack: `nextBuild`). */
export const BUNDLERS: string[];
/** Builds the page with `bundler` in the consumer project: output folder, milliseconds, scripts' gzip bytes by path, Lit's copies. */
export function buildPage(
  project: string,
  bundler: string,
): Promise<{ out: string; milliseconds: number; gzip: Record<string, number>; lit: number }>;
/** Copies demo/next-app into the consumer project and runs `next build`; resolves to its milliseconds. */
export function nextBuild(project: string): Promise<number>;
/** Every .js file under `directory`, recursively. */
export function scripts(directory: string): string[];
/** How many copies of lit-html the scripts under `directory` hold. */
export function litCopies(directory: string): number;
