// The README's Next.js app-router example (demo/next-app), built by `next build` (Turbopack)
// against the packed package: a server component renders <KakaoConsultButton> as written, the
// server's HTML carries the drawn link, the page hydrates with no warning and a tap launches once.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../support/chromium.mjs';
import { installPackedPackage } from '../../support/consumer-project.mjs';
import { litCopies, nextBuild } from '../../support/bundlers.mjs';

const ENDPOINT = 'https://bizmessage.kakao.com/chat/open';
let project;
let server;
let origin;
let browser;

/** A port nobody listens on. */
async function freePort() {
  const probe = createServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

before(
  async () => {
    project = installPackedPackage();
    console.log(`# next build (Turbopack, the README's app-router example): ${((await nextBuild(project)) / 1000).toFixed(1)} s`);
    const port = await freePort();
    server = spawn(process.execPath, [join(project, 'node_modules/next/dist/bin/next'), 'start', '-H', '127.0.0.1', '-p', String(port)], {
      cwd: project,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise((resolve, reject) => {
      server.stdout.on('data', (data) => /Ready|started server/i.test(String(data)) && resolve());
      server.on('exit', (code) => reject(new Error(`next start exited with ${code}`)));
    });
    origin = `http://127.0.0.1:${port}`;
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  },
  { timeout: 600_000 },
);

after(async () => {
  await browser?.close();
  server?.kill();
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('Next.js app router (demo/next-app)', () => {
  it("server-renders the drawn link from a server component: the tag's attributes and the GET launch, no handler", async () => {
    const html = await (await fetch(origin)).text();
    assert.match(
      html,
      /<kakao-consult-button channel="@brand" placement="home" size="large"><a href="https:\/\/bizmessage\.kakao\.com\/chat\/open\/@brand\?extra=p%3Dhome"><svg [^>]+><path d="[^"]+"><\/path><\/svg><span>상담하기<\/span><\/a><\/kakao-consult-button>/,
    );
    assert.doesNotMatch(html, /onclick/i);
  });

  it('hydrates with no warning, and a tap launches once', async () => {
    const context = await browser.newContext();
    await context.route(`${ENDPOINT}/**`, (route) => route.fulfill({ status: 200, body: 'consult' }));
    await context.addInitScript(() => {
      window.launches = [];
      window.addEventListener(
        'consult-launch',
        (event) => {
          event.preventDefault();
          window.launches.push(event.detail.request.url);
        },
        true,
      );
    });
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => ['error', 'warning'].includes(message.type()) && problems.push(message.text()));
    await page.goto(origin);
    await page.getByRole('button', { name: '상담하기' }).click();
    await page.getByRole('button', { name: 'PC에서 카카오계정으로 열기' }).click();
    await page.waitForFunction(() => window.launches.length > 0);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
    assert.deepEqual(await page.evaluate(() => window.launches), [`${ENDPOINT}/@brand?extra=${encodeURIComponent('p=home;k=/')}`]);
    assert.equal(await page.locator('kakao-consult-button > a').getAttribute('href'), `${ENDPOINT}/@brand?extra=p%3Dhome`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it("ships one copy of Lit across Turbopack's chunks", () => {
    assert.equal(litCopies(join(project, '.next/static/chunks')), 1);
  });
});
