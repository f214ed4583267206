// Accessibility, measured: axe-core over the demo page (shadow roots included) in every
// variant and state a user can meet, then the keyboard order and the names a screen reader
// reads. Axe is injected into a context that bypasses the demo's CSP, which refuses it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { axeViolations } from './axe.mjs';
import { answerEndpoint, buttonsRendered, demoSession, IPHONE } from './demo-page.mjs';

// Wednesday 25 November 2026, 08:59 in Korea: the demo's desk opens at 09:00.
const BEFORE_OPENING = new Date('2026-11-24T23:59:00Z');

const session = demoSession();

/** A demo page in a fresh context that lets axe in; `clock` fixes the time before the page loads. */
async function openDemo({ clock, path = '', ...contextOptions } = {}) {
  const context = await session.browser.newContext({ bypassCSP: true, ...contextOptions });
  await answerEndpoint(context, { status: 204 });
  const page = await context.newPage();
  if (clock) await page.clock.setFixedTime(clock);
  await page.goto(new URL(path, session.demo.url).href);
  await buttonsRendered(page);
  return { context, page };
}

const host = (page, name) => page.locator(`kakao-consult-button[data-demo="${name}"]`);
const variant = (page, name) => host(page, name).getByRole('button').first();

async function assertAccessible(page, state) {
  const violations = await axeViolations(page);
  assert.equal(violations.length, 0, `axe in state "${state}":\n${violations.join('\n')}`);
}

describe('axe-core finds no violations on the demo', () => {
  it('in its first state: every variant, the update notice and the disabled mistakes', async () => {
    const { context, page } = await openDemo();
    await host(page, 'old KakaoTalk').locator('[part="update"]').waitFor();
    for (const name of ['channel without @', 'http endpoint', 'bad bot']) {
      assert.equal(await variant(page, name).getAttribute('aria-disabled'), 'true', name);
    }
    await assertAccessible(page, 'normal, warning, disabled');
    await context.close();
  });

  it('outside the consult hours (offline, and disabled when offline)', async () => {
    const { context, page } = await openDemo({ clock: BEFORE_OPENING });
    await page.waitForFunction(() => document.querySelector('kakao-consult-button[data-demo="hours"]')?.matches(':state(offline)'));
    assert.equal(await variant(page, 'hours (disabled)').getAttribute('aria-disabled'), 'true');
    await assertAccessible(page, 'offline');
    await context.close();
  });

  for (const [name, title] of [
    ['consent (ko)', '개인정보 수집·이용 동의'],
    ['consent (en)', 'Consent to the use of personal data'],
  ]) {
    it(`with the consent dialog open: ${name}`, async () => {
      const { context, page } = await openDemo();
      await variant(page, name).click();
      await page.getByRole('dialog', { name: title }).waitFor();
      await assertAccessible(page, `${name} dialog`);
      await context.close();
    });
  }

  for (const [name, title] of [
    ['placement', '카카오톡으로 상담하기'],
    ['English', 'Consult on KakaoTalk'],
  ]) {
    it(`with the PC panel open and its QR code drawn: ${name}`, async () => {
      const { context, page } = await openDemo();
      await variant(page, name).click();
      await page.getByRole('dialog', { name: title }).locator('kakao-consult-qr svg').waitFor();
      await assertAccessible(page, `${name} panel`);
      await context.close();
    });
  }

  it('on an iPhone, when KakaoTalk did not open (the not-installed help)', async () => {
    const { context, page } = await openDemo(IPHONE);
    await page.locator('#dry-run').uncheck();
    // The endpoint answers 204: the tab stays, as when no app takes the launch.
    await variant(page, 'full').tap();
    const help = host(page, 'full').getByRole('status');
    await help.waitFor();
    assert.match(await help.textContent(), /카카오톡이 열리지 않았나요\?/);
    await assertAccessible(page, 'not installed');
    await context.close();
  });

  it('on the strict-CSP page, with its QR code and downloads', async () => {
    const { context, page } = await openDemo({ path: 'csp.html' });
    await page.locator('kakao-consult-qr svg').waitFor();
    await assertAccessible(page, 'csp.html');
    await context.close();
  });
});

/** Where the keyboard focus is, through shadow roots: `variant:tag` inside a button, `page:tag` outside. */
function focusStop() {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  const owner = active.getRootNode().host;
  return `${owner ? owner.dataset.demo : 'page'}:${active.localName}`;
}

describe('keyboard and names', () => {
  it('reaches every button by Tab in page order, disabled ones included, then the update link', async () => {
    const { context, page } = await openDemo();
    const order = await page.$$eval('kakao-consult-button', (elements) => elements.map((element) => element.dataset.demo));
    const stops = [];
    for (let step = 0; step < 60 && stops.at(-1) !== 'page:body'; step += 1) {
      await page.keyboard.press('Tab');
      stops.push(await page.evaluate(focusStop));
    }
    const inButtons = stops.filter((stop) => !stop.startsWith('page:'));
    assert.deepEqual(
      inButtons.filter((stop) => stop.endsWith(':button')),
      order.map((name) => `${name}:button`),
    );
    assert.deepEqual(
      inButtons.filter((stop) => !stop.endsWith(':button')),
      ['old KakaoTalk:a'],
    );
    assert.equal(stops.indexOf('old KakaoTalk:a'), stops.indexOf('old KakaoTalk:button') + 1, 'the update link follows its button');
    await context.close();
  });

  it('names each button by its visible label, the round launcher too, and says which cannot launch', async () => {
    const { context, page } = await openDemo();
    const snapshots = {
      'short label': '- button "상담하기"',
      'long label': '- button "카톡으로 상담하세요"',
      English: '- button "Ask us on KakaoTalk"',
      'round launcher': '- button "상담하기"',
      'bad bot': '- button "상담하기" [disabled]\n- paragraph: 카카오톡 상담을 열 수 없어요. 사이트 설정을 확인해 주세요.',
    };
    for (const [name, expected] of Object.entries(snapshots)) assert.equal(await host(page, name).ariaSnapshot(), expected, name);
    assert.match(
      await host(page, 'old KakaoTalk').ariaSnapshot(),
      /^- button "상담하기"\n- paragraph:\n {2}- text: 상담하기는 카카오톡 5\.8\.0 이상에서.*\n {2}- link "카카오톡 업데이트"/,
    );
    await context.close();
  });

  it('moves focus into the consent dialog and names its actions, in English', async () => {
    const { context, page } = await openDemo();
    await variant(page, 'consent (en)').focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Consent to the use of personal data' });
    await dialog.waitFor();
    assert.equal(await page.evaluate(focusStop), 'consent (en):a', 'focus starts in the dialog, on its first control');
    assert.equal(await dialog.getByRole('link', { name: 'Read the full privacy policy' }).count(), 1);
    for (const name of ['Cancel', 'Agree and consult']) assert.equal(await dialog.getByRole('button', { name, exact: true }).count(), 1);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(await page.evaluate(focusStop), 'consent (en):button', 'focus returns to the button');
    await context.close();
  });

  it('names the PC panel, its QR code and its actions', async () => {
    const { context, page } = await openDemo();
    await variant(page, 'placement').press('Enter');
    const panel = page.getByRole('dialog', { name: '카카오톡으로 상담하기' });
    await panel.locator('kakao-consult-qr svg').waitFor();
    assert.equal(await panel.getByRole('img', { name: '카카오톡 상담 QR 코드' }).count(), 1);
    for (const name of ['닫기', 'PC에서 카카오계정으로 열기'])
      assert.equal(await panel.getByRole('button', { name, exact: true }).count(), 1);
    await context.close();
  });
});
