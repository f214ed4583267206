// The no-code install (demo/no-code.html): one module script tag with data-channel, served
// under the strict CSP, gives a floating round launcher that launches on a phone and opens
// the panel on a PC, with zero violations. Bad data attributes are told as the element tells them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerEndpoint, demoSession, ENDPOINT, IPHONE } from './demo-page.mjs';

const session = demoSession();

/** Opens the no-code page with a recorder of CSP violations armed before any script. */
async function openNoCode(options) {
  const context = await session.browser.newContext(options);
  await answerEndpoint(context);
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.cspViolations.push(`${event.effectiveDirective}: ${event.blockedURI || event.sample}`),
    );
  });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(new URL('no-code.html', session.demo.url).href);
  const launcher = page.locator('kakao-consult-button[shape="round"]');
  await launcher.waitFor();
  return { context, page, errors, launcher, violations: () => page.evaluate(() => window.cspViolations) };
}

describe('the no-code script tag', () => {
  it('mounts a visible round launcher at the bottom right whose tap launches on a phone, with zero CSP violations', async () => {
    const { context, page, errors, launcher, violations } = await openNoCode(IPHONE);
    const button = launcher.getByRole('button', { name: '상담하기' });
    assert.equal(await button.isVisible(), true);
    const box = await launcher.boundingBox();
    assert.deepEqual(
      { right: IPHONE.viewport.width - (box.x + box.width), bottom: IPHONE.viewport.height - (box.y + box.height), width: box.width },
      { right: 24, bottom: 24, width: 56 },
    );
    assert.equal(await launcher.getAttribute('placement'), 'floating');
    await page.evaluate(() => document.querySelector('kakao-consult-button').updateComplete);
    // Read before the tap: the launch takes the tab away.
    assert.deepEqual(await violations(), []);
    const [request] = await Promise.all([page.waitForRequest(`${ENDPOINT}/**`), button.tap()]);
    assert.match(request.url(), /^https:\/\/bizmessage\.kakao\.com\/chat\/open\/@mybrand\?extra=p%3Dfloating/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('opens the panel on a PC, with zero CSP violations', async () => {
    const { context, launcher, violations, errors } = await openNoCode({ viewport: { width: 1280, height: 800 } });
    await launcher.getByRole('button', { name: '상담하기' }).click();
    await launcher.getByRole('dialog').waitFor();
    assert.deepEqual(await violations(), []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('reports a bad data attribute as the element reports the attribute, and an unknown one by its name; mounts once', async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    const warnings = [];
    page.on('console', (message) => warnings.push(message.text()));
    await page.addInitScript(() =>
      document.addEventListener('consult-warning', (event) => (window.warned ??= []).push(event.detail.field)),
    );
    await page.route('**/bad.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><script type="module" src="/dist/kakao-consult-button.min.js" data-channel="@mybrand" data-size="huge" data-placment="cart"></script><script type="module" src="/dist/kakao-consult-button.min.js"></script>',
      }),
    );
    await page.goto(new URL('bad.html', session.demo.url).href);
    await page.locator('kakao-consult-button').waitFor();
    await page.waitForFunction(() => document.querySelector('kakao-consult-button')?.updateComplete);
    await page.evaluate(() => document.querySelector('kakao-consult-button').updateComplete);
    assert.equal(await page.locator('kakao-consult-button').count(), 1);
    assert.ok(
      warnings.some((text) => /<kakao-consult-button> size: size "huge" is not one of/.test(text)),
      warnings.join('\n'),
    );
    assert.ok(
      warnings.some((text) => /<kakao-consult-button> data-placment: data-placment is not a setting of the button/.test(text)),
      warnings.join('\n'),
    );
    assert.deepEqual((await page.evaluate(() => window.warned)).sort(), ['data-placment', 'size']);
    await context.close();
  });
});
