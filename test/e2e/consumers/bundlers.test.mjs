// One page (`import 'kakao-consult-button'` and a button) built by esbuild, Rollup, Vite and
// webpack in a consumer project (Turbopack: test/e2e/consumers/next-app.test.mjs): one copy of Lit in
// all of a build's chunks, and at page load on a phone nothing but the first chunks and the
// behaviour's (a PC loads the dialogs' code as the button renders, for its panel: see the
// behaviour's `ready()`).
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../support/chromium.mjs';
import { BUNDLERS, buildPage } from '../../support/bundlers.mjs';
import { installPackedPackage, serveProject } from '../../support/consumer-project.mjs';

const PHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1';
let project;
let server;
let origin;
let browser;

before(async () => {
  project = installPackedPackage();
  ({ server, origin } = await serveProject(project));
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  server?.close();
  if (project) rmSync(project, { recursive: true, force: true });
});

/**
 * Code a phone must not fetch at page load, by a string each part alone holds: it loads when a
 * tap needs it. (The behaviour's chunks load as the button renders; how a bundler splits them,
 * webpack's parallel chunk groups or Vite's shared chunks, is its own business.)
 */
const LAZY_PARTS = { "the dialogs' chunk (consent step, the panel's styles)": 'consent-intro', 'the QR encoder': 'Unknown EC Level' };

describe('bundled by each bundler', () => {
  for (const bundler of BUNDLERS) {
    it(`${bundler}: one copy of Lit; at page load only the first chunks and the behaviour`, async () => {
      const { out, milliseconds, gzip, lit } = await buildPage(project, bundler);
      console.log(`# ${bundler} build: ${(milliseconds / 1000).toFixed(1)} s`);
      assert.equal(lit, 1, `${bundler}'s chunks hold ${lit} copies of Lit`);
      const outputs = Object.keys(gzip).map((file) => readFileSync(join(out, file), 'utf8'));
      for (const [part, marker] of Object.entries(LAZY_PARTS))
        assert.ok(
          outputs.some((code) => code.includes(marker)),
          `${bundler}'s output holds ${part}`,
        );

      const context = await browser.newContext({ userAgent: PHONE, isMobile: true, hasTouch: true });
      const page = await context.newPage();
      const loaded = [];
      page.on(
        'request',
        (request) => request.resourceType() === 'script' && loaded.push(join(project, decodeURIComponent(new URL(request.url()).pathname))),
      );
      await page.goto(`${origin}/${relative(project, out)}/index.html`);
      await page.getByRole('button', { name: '상담하기' }).waitFor();
      await page.waitForLoadState('networkidle');
      assert.ok(loaded.length > 1, `${bundler}: the behaviour loaded as the button rendered`);
      const early = Object.entries(LAZY_PARTS).filter(([, marker]) => loaded.some((file) => readFileSync(file, 'utf8').includes(marker)));
      assert.deepEqual(
        early.map(([part]) => part),
        [],
        `${bundler}: loaded at page load`,
      );
      await context.close();
    });
  }
});
