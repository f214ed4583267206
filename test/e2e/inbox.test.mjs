// The whole loop in the demo: a tap on the inbox page's button (dry run) goes through the
// demo's stand-in for Kakao to the site's webhook built from the library, and the consult
// shows up as a context card, verified or marked tampered. The posters page counts scans
// and consults per code.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { demoSession, IPHONE } from './demo-page.mjs';

const session = demoSession();

async function inbox() {
  const context = await session.browser.newContext(IPHONE);
  const page = await context.newPage();
  await page.goto(new URL('inbox.html', session.demo.url).href);
  await page.locator('body[data-ready="true"]').waitFor();
  return { context, page };
}

/** The badge of the newest card, once a card has arrived. */
async function newestBadge(page, count) {
  const cards = page.locator('#consults kakao-consult-context');
  await assert.doesNotReject(() => cards.nth(count - 1).waitFor());
  return cards.first().locator('[part="badge"]');
}

describe('the agent inbox', () => {
  it('shows a tap on the button as a verified context card, with the redeemed member', async () => {
    const { context, page } = await inbox();
    const before = await page.locator('#consults li').count();
    await page.locator('kakao-consult-button').tap();
    const badge = await newestBadge(page, before + 1);
    await assert.doesNotReject(() => badge.filter({ hasText: '서명 확인됨' }).waitFor());
    assert.equal(await badge.getAttribute('data-state'), 'valid');
    const item = page.locator('#consults li').first();
    assert.match(await item.textContent(), /회원 A1029 \(VIP\)/);
    assert.ok((await item.locator('kakao-consult-context [part="value"]').allTextContents()).includes('agent_inbox'));
    await context.close();
  });

  it('shows a tampered body with the tampered badge and no member', async () => {
    const { context, page } = await inbox();
    const before = await page.locator('#consults li').count();
    await page.locator('#tamper').check();
    await page.locator('kakao-consult-button').tap();
    const badge = await newestBadge(page, before + 1);
    await assert.doesNotReject(() => badge.filter({ hasText: '변조됨' }).waitFor());
    assert.equal(await badge.getAttribute('data-state'), 'bad-signature');
    assert.doesNotMatch(await page.locator('#consults li').first().textContent(), /회원/);
    await context.close();
  });

  it('counts scans and consults per code on the posters page', async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL('posters.html', session.demo.url).href);
    await page.locator('body[data-ready="true"]').waitFor();
    const row = page.locator('tr[data-code="flyer_hongdae"]');
    const cells = () => row.locator('td').allTextContents();
    const [, scans, consults] = await cells();
    for (let index = 0; index < 3; index++) {
      await row.getByRole('button', { name: 'Scan' }).click();
      await page.waitForFunction(
        ([name, want]) => document.querySelector(`tr[data-code="${name}"] td:nth-of-type(2)`)?.textContent === want,
        ['flyer_hongdae', String(Number(scans) + index + 1)],
      );
    }
    await row.getByRole('button', { name: 'Consult' }).click();
    await page.waitForFunction(
      ([name, want]) => document.querySelector(`tr[data-code="${name}"] td:nth-of-type(3)`)?.textContent === want,
      ['flyer_hongdae', String(Number(consults) + 1)],
    );
    const [, scansAfter, consultsAfter] = await cells();
    assert.deepEqual([Number(scansAfter), Number(consultsAfter)], [Number(scans) + 3, Number(consults) + 1]);
    await context.close();
  });
});
