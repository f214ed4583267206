export const START: string;
export const END: string;
export interface Build {
  manifest: unknown;
  version: string;
  script: Uint8Array;
}
/** The generated API section for a manifest, markers included. */
export function renderApiTables(manifest: unknown): string;
/** The script tag users copy, with the built file's SRI hash. */
export function scriptTag(version: string, script: Uint8Array): string;
/** README.md with its generated parts brought up to date. */
export function updateReadme(readme: string, build: Build): string;
/** What the README is generated from, read from the build. */
export function readBuild(): Build;
