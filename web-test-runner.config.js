// Browser tests: pure core and elements, in real Chromium (see test/support/chromium.mjs).
import rollupCommonjs from '@rollup/plugin-commonjs';
import { fromRollup } from '@web/dev-server-rollup';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { CHROMIUM_ARGS, findChromium } from './test/support/chromium.mjs';

/**
 * A config server for the remote-config tests: `/__config?id=…&body=…&status=…&delay=…`
 * answers `body` after `delay` ms; `/__config-count?id=…` says how often `id` was asked for.
 */
function configServer() {
  const counts = new Map();
  return async (context, next) => {
    const query = new URLSearchParams(context.querystring);
    if (context.path === '/__config-count') {
      context.body = String(counts.get(query.get('id')) ?? 0);
      return;
    }
    if (context.path !== '/__config') return next();
    counts.set(query.get('id'), (counts.get(query.get('id')) ?? 0) + 1);
    await new Promise((resolve) => setTimeout(resolve, Number(query.get('delay') ?? 0)));
    context.status = Number(query.get('status') ?? 200);
    context.type = 'application/json';
    context.body = query.get('body') ?? '{}';
  };
}

// `qrcode` ships CommonJS only; plugin-commonjs 25 (not 26+) serves it as ESM here.
const commonjs = fromRollup(rollupCommonjs);

export default {
  // `*.node.test.ts` files run in Node (`npm run test:node`), the rest of core, elements and studio here.
  files: ['test/core/**/*.test.ts', 'test/elements/**/*.test.ts', 'test/studio/**/*.test.ts', '!test/**/*.node.test.ts'],
  nodeResolve: { browser: true },
  middleware: [configServer()],
  plugins: [
    a11ySnapshotPlugin(),
    commonjs({
      include: ['**/node_modules/qrcode/**', '**/node_modules/dijkstrajs/**', '**/node_modules/jsqr/**'],
      requireReturnsDefault: 'preferred',
    }),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
  ],
  browsers: [chromeLauncher({ launchOptions: { executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS } })],
  // One page at a time: a background page gets no focus and no animation frames.
  concurrency: 1,
  testFramework: { config: { timeout: 5000 } },
};
