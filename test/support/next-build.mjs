// Builds demo/next-app (the README's Next.js app-router example) in a consumer project with
// `next build` (Turbopack), and counts Lit's copies in a build's chunks. Shared by the Next.js
// test and the bundler comparison.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './consumer-project.mjs';

/** Turbopack's cache, kept across runs (a warm build skips most of the work). */
const CACHE = join(ROOT, 'node_modules/.cache/kakao-consult-next');

/** Copies the example into `project` and runs `next build` there; resolves to the build's milliseconds. */
export async function nextBuild(project) {
  for (const file of ['app', 'tsconfig.json']) cpSync(join(ROOT, 'demo/next-app', file), join(project, file), { recursive: true });
  // The project's node_modules links into this repository's: Turbopack reads only files under
  // its root, so the root is the file system's (the example's own config is empty).
  writeFileSync(join(project, 'next.config.mjs'), "export default { turbopack: { root: '/' } };\n");
  mkdirSync(CACHE, { recursive: true });
  mkdirSync(join(project, '.next'));
  symlinkSync(CACHE, join(project, '.next/cache'));
  const started = performance.now();
  await promisify(execFile)(process.execPath, [join(project, 'node_modules/next/dist/bin/next'), 'build'], { cwd: project, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }, maxBuffer: 1 << 24 });
  return performance.now() - started;
}

/** Every .js file under `directory`, recursively. */
export function scripts(directory) {
  return readdirSync(directory, { recursive: true }).filter((file) => String(file).endsWith('.js')).map((file) => join(directory, String(file)));
}

/** How many copies of lit-html the scripts under `directory` hold: each registers its version once. */
export function litCopies(directory) {
  return scripts(directory).reduce((total, file) => total + (readFileSync(file, 'utf8').match(/litHtmlVersions/g)?.length ?? 0), 0);
}
