export const START: string;
export const END: string;
/** The script-tag files as pages name them (src/build/kit-files.mjs). */
export interface KitFiles {
  version: string;
  /** The script-tag file's SRI hash. */
  script: string;
  /** The element's chunk (Lit, the element, its behaviour): its file name in dist/chunks/ and its SRI hash. */
  element: { name: string; integrity: string };
}
export interface Build {
  manifest: unknown;
  files: KitFiles;
}
/** The generated API section for a manifest, markers included. */
export function renderApiTables(manifest: unknown): string;
/** The tags users copy: the script tag (with ` blocking="render"` as given), after the element chunk's modulepreload when `preload` is set, with SRI hashes. */
export function scriptTags(files: KitFiles, options?: { preload?: boolean; blocking?: string }): string;
/** README.md with its generated parts brought up to date. */
export function updateReadme(readme: string, build: Build): string;
/** What the README is generated from, read from the build. */
export function readBuild(): Build;
