export const START: string;
export const END: string;
export interface Build {
  manifest: unknown;
  version: string;
  script: Uint8Array;
  /** The behaviour chunk: its file name in dist/chunks/ and its bytes. */
  behaviour: { name: string; bytes: Uint8Array };
}
/** The generated API section for a manifest, markers included. */
export function renderApiTables(manifest: unknown): string;
/** The tags users copy: the behaviour chunk's modulepreload and the script tag, with SRI hashes. */
export function scriptTags(version: string, files: Pick<Build, 'script' | 'behaviour'>): string;
/** README.md with its generated parts brought up to date. */
export function updateReadme(readme: string, build: Build): string;
/** What the README is generated from, read from the build. */
export function readBuild(): Build;
