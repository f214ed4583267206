// One page (`import 'kakao-consult-button'` and a button) built by each bundler a consumer may
// use, in a consumer project of the packed package: build time, files, Lit's copies, and the
// page's first chunks and everything else in gzip bytes. Turbopack builds the README's Next.js
// example (demo/next-app, React components), so its numbers include React and Next's runtime.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUNDLERS, buildPage, litCopies, nextBuild, scripts } from '../support/bundlers.mjs';
import { installPackedPackage } from '../support/consumer-project.mjs';
import { printSummary, printTable } from './measure.js';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const project = installPackedPackage();
try {
  const rows: string[][] = [];
  const figures: Record<string, string> = {};
  for (const bundler of BUNDLERS) {
    const { milliseconds, gzip, lit } = await buildPage(project, bundler);
    const total = Object.values(gzip).reduce((sum, bytes) => sum + bytes, 0);
    rows.push([bundler, `${(milliseconds / 1000).toFixed(1)} s`, String(Object.keys(gzip).length), String(lit), kb(total)]);
    figures[`${bundler}: Lit copies`] = String(lit);
  }
  const milliseconds = await nextBuild(project);
  const chunks = join(project, '.next/static/chunks');
  const total = scripts(chunks).reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);
  rows.push([
    'Turbopack (next build, React)',
    `${(milliseconds / 1000).toFixed(1)} s`,
    String(scripts(chunks).length),
    String(litCopies(chunks)),
    kb(total),
  ]);
  figures['Turbopack: Lit copies'] = String(litCopies(chunks));
  printTable('one page per bundler (gzip level 9, file by file)', ['bundler', 'build', 'scripts', 'Lit copies', 'all scripts'], rows);
  printSummary({ bench: 'bundlers', figures });
} finally {
  rmSync(project, { recursive: true, force: true });
}
