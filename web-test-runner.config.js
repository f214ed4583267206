// Browser tests: pure core and elements, in real Chromium (see test/support/chromium.mjs).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { CHROMIUM_ARGS, findChromium } from './test/support/chromium.mjs';

export default {
  files: ['test/core/**/*.test.ts', 'test/elements/**/*.test.ts'],
  nodeResolve: true,
  plugins: [a11ySnapshotPlugin(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [chromeLauncher({ launchOptions: { executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS } })],
  concurrency: 2,
  testFramework: { config: { timeout: 5000 } },
};
