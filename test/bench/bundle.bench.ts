// What an npm consumer's app pays up front: initial JS growth (gzip) when esbuild bundles an
// app that renders one button, with code splitting, per way of importing the kit (the packed
// package, as the consumer test installs it). The script-tag file is the yardstick.
import { readFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { initialGrowth, installPackedPackage } from '../support/consumer-project.mjs';
import { printSummary, printTable } from './measure.js';

const project = installPackedPackage();
try {
  const growth = await initialGrowth(project);
  const scriptTag = gzipSync(readFileSync(new URL('../../dist/kakao-consult-button.min.js', import.meta.url)), { level: 9 }).length;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  printTable(
    'initial-bundle growth, esbuild --bundle --splitting (gzip, file by file)',
    ['import', 'growth'],
    [...Object.entries(growth).map(([entry, bytes]) => [entry, kb(bytes)]), ['(script-tag file, for scale)', kb(scriptTag)]],
  );
  printSummary({
    bench: 'bundle',
    figures: Object.fromEntries(Object.entries(growth).map(([entry, bytes]) => [`initial growth, ${entry}`, kb(bytes)])),
  });
} finally {
  rmSync(project, { recursive: true, force: true });
}
