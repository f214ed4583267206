// One page (`import 'kakao-consult-button'` and a button) built by esbuild, Rollup, Vite and
// webpack in a consumer project (Turbopack: test/e2e/next-app.test.mjs): one copy of Lit in
// all of a build's chunks, and at page load nothing but the first chunks (the entry and what
// it imports statically) and the behaviour's chunk with its static imports, on a phone (a PC
// loads the dialogs' code as the button renders, for its panel: see the behaviour's `ready()`).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium.mjs';
import { BUNDLERS, buildPage } from '../support/bundlers.mjs';
import { installPackedPackage } from '../support/consumer-project.mjs';

const PHONE = 'Mozilla/5.0 (Linux; Android 14; SM-S918N) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36';
let project;
let server;
let origin;
let browser;

before(async () => {
  project = installPackedPackage();
  server = createServer(async (request, response) => {
    try {
      const file = join(project, decodeURIComponent(new URL(request.url, 'http://x').pathname));
      const body = await readFile(file);
      response.writeHead(200, { 'Content-Type': `${{ '.html': 'text/html', '.js': 'text/javascript' }[extname(file)] ?? 'application/octet-stream'}; charset=utf-8` });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  server?.close();
  if (project) rmSync(project, { recursive: true, force: true });
});

/** The scripts `file` imports statically (`import … from "./x.js"`, `import "./x.js"`), not with import(). */
function staticImports(file) {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(/(?<![\w$.])import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.js)["']/g)].map((match) => normalize(join(dirname(file), match[1])));
}

/** `file` and every script it reaches through static imports. */
function withStaticImports(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const imported of staticImports(file)) withStaticImports(imported, seen);
  return seen;
}

describe('bundled by each bundler', () => {
  for (const bundler of BUNDLERS) {
    it(`${bundler}: one copy of Lit; at page load only the first chunks and the behaviour`, async () => {
      const { out, milliseconds, lit } = await buildPage(project, bundler);
      console.log(`# ${bundler} build: ${(milliseconds / 1000).toFixed(1)} s`);
      assert.equal(lit, 1, `${bundler}'s chunks hold ${lit} copies of Lit`);

      const context = await browser.newContext({ userAgent: PHONE, isMobile: true, hasTouch: true });
      const page = await context.newPage();
      const loaded = [];
      page.on('request', (request) => request.resourceType() === 'script' && loaded.push(join(project, decodeURIComponent(new URL(request.url()).pathname))));
      await page.goto(`${origin}/${relative(project, out)}/index.html`);
      await page.getByRole('button', { name: '상담하기' }).waitFor();
      await page.waitForLoadState('networkidle');
      const entry = loaded[0];
      const first = withStaticImports(entry);
      const lazy = loaded.filter((file) => !first.has(file));
      // The first lazy script is the behaviour, fetched as the button renders; it may import others statically.
      const behaviour = lazy.length ? withStaticImports(lazy[0]) : new Set();
      assert.deepEqual(lazy.filter((file) => !behaviour.has(file)), [], `${bundler}: loaded at page load beyond the first chunks and the behaviour`);
      assert.ok(lazy.length > 0, `${bundler}: the behaviour loaded as the button rendered`);
      await context.close();
    });
  }
});
