// End to end: Playwright drives the demo site (as `npm start` serves it, built dist/ and
// all) in Debian's Chromium, on a PC and on an emulated iPhone. Requests to the real
// 상담톡 endpoint are answered locally, so the test sees exactly what would be sent.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { buttonsRendered, demoSession, ENDPOINT, holdBack, IPHONE } from './demo-page.mjs';
import { recordPageProblems } from './page-problems.mjs';

const session = demoSession();

/** A page of the demo whose requests to the 상담톡 endpoint are recorded and answered locally. */
async function openDemo(contextOptions = {}) {
  const context = await session.browser.newContext(contextOptions);
  const launches = [];
  await context.route(`${ENDPOINT}/**`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: 'consult' }));
  await context.route(ENDPOINT, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: 'consult' }));
  context.on('request', (request) => {
    if (request.url().startsWith(ENDPOINT)) launches.push({ method: request.method(), url: request.url(), body: request.postData() });
  });
  const page = await context.newPage();
  // The demo shows the kit's own errors on purpose (its bad-attribute variants).
  const problems = await recordPageProblems(page, { ignoreConsole: (message) => message.text().startsWith('<kakao-consult-button>') });
  const warnings = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  await page.goto(session.demo.url);
  await buttonsRendered(page);
  await loadLogged(page);
  return { context, page, launches, problems, warnings };
}

/** What the demo's mistakes tell as the page loads: the event log listens before any button upgrades. */
const LOAD_ENTRIES = [
  'consult-error · bad bot',
  'consult-error · channel without @',
  'consult-error · http endpoint',
  'consult-warning · old KakaoTalk',
  'consult-warning · personal data',
];

/** Waits until the log holds the load's entries, and checks that it holds those alone. */
async function loadLogged(page) {
  await page.waitForFunction((count) => document.querySelectorAll('#log li').length >= count, LOAD_ENTRIES.length);
  assert.deepEqual((await logEntries(page)).sort(), LOAD_ENTRIES);
}

/** The log's entries, newest first. */
const logEntries = (page) => page.locator('#log li strong').allTextContents();

/** The entries logged since the page loaded, newest first: the load's own are the oldest. */
async function loggedSinceLoad(page) {
  const entries = await logEntries(page);
  assert.deepEqual(entries.slice(-LOAD_ENTRIES.length).sort(), LOAD_ENTRIES);
  return entries.slice(0, -LOAD_ENTRIES.length);
}

const variant = (page, name) => page.locator(`kakao-consult-button[data-demo="${name}"]`).getByRole('button');

describe('demo site', () => {
  it('renders every variant under its strict CSP, with no errors but the three intended ones', async () => {
    const { context, page, problems } = await openDemo();
    const errors = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.reload();
    await buttonsRendered(page);
    await loadLogged(page);
    assert.deepEqual(problems, []);
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    const states = await page.$$eval('kakao-consult-button', (elements) =>
      elements.map((element) => Boolean(element.shadowRoot?.querySelector('button'))),
    );
    assert.equal(states.length, 24);
    assert.ok(states.every(Boolean), 'every button rendered');
    await assertText(variant(page, 'long label'), '카톡으로 상담하세요');
    await assertText(variant(page, 'English'), 'Ask us on KakaoTalk');
    assert.equal(errors.length, 3, errors.join('\n'));
    for (const name of ['channel without @', 'http endpoint', 'bad bot']) {
      assert.equal(await variant(page, name).getAttribute('aria-disabled'), 'true', name);
    }
    await context.close();
  });

  it('logs the events and sends nothing on a dry run', async () => {
    const { context, page, launches } = await openDemo();
    await variant(page, 'short label').click();
    await page.getByRole('button', { name: 'PC에서 카카오계정으로 열기' }).click();
    assert.deepEqual(await loggedSinceLoad(page), [
      'consult-launch · short label',
      'consult-qr-open · short label',
      'consult-click · short label',
    ]);
    assert.match(await page.locator('#log li').first().textContent(), /dry run: launch cancelled/);
    assert.deepEqual(launches, []);
    await context.close();
  });

  it('opens the consult popup on a PC from the panel, by keyboard too', async () => {
    const { context, page, launches } = await openDemo();
    await page.locator('#dry-run').uncheck();
    await variant(page, 'extra').focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('dialog', { name: '카카오톡으로 상담하기' });
    await panel.waitFor();
    assert.deepEqual(launches, [], 'the panel launches nothing by itself');
    const popupOpened = page.waitForEvent('popup');
    await panel.getByRole('button', { name: 'PC에서 카카오계정으로 열기' }).focus();
    await page.keyboard.press('Enter');
    const popup = await popupOpened;
    await popup.waitForLoadState();
    assert.equal(popup.url(), `${ENDPOINT}/@sk%EB%A0%8C%ED%84%B0%EC%B9%B4new%EA%B3%A0%EA%B0%9D%EC%84%BC%ED%84%B0?extra=p%3Dhome_banner`);
    assert.deepEqual(await popup.evaluate(() => [window.innerWidth, window.innerHeight, window.opener]), [350, 550, null]);
    assert.equal(launches.length, 1);
    assert.equal(launches[0].method, 'GET');
    assert.equal(page.url(), session.demo.url, 'the site stays where it was');
    await context.close();
  });

  it('posts the chatbot launch from an iPhone in the same tab', async () => {
    const { context, page, launches } = await openDemo(IPHONE);
    await page.locator('#dry-run').uncheck();
    const navigation = page.waitForURL(ENDPOINT);
    await variant(page, 'chatbot').tap();
    await navigation;
    assert.equal(launches.length, 1);
    assert.equal(launches[0].method, 'POST');
    assert.deepEqual(Object.fromEntries(new URLSearchParams(launches[0].body)), {
      uuid: '@mybrand',
      extra: 'k=/',
      bot: 'true',
      event: 'order_status',
    });
    await context.close();
  });

  it('opens the GET launch from an iPhone in the same tab', async () => {
    const { context, page, launches } = await openDemo(IPHONE);
    await page.locator('#dry-run').uncheck();
    const navigation = page.waitForURL(`${ENDPOINT}/@mybrand?extra=k%3D%2F`);
    await variant(page, 'full').tap();
    await navigation;
    assert.deepEqual(
      launches.map(({ method, url }) => [method, url]),
      [['GET', `${ENDPOINT}/@mybrand?extra=k%3D%2F`]],
    );
    await context.close();
  });
});

describe('the script-tag file and its element chunk', () => {
  const ELEMENT_CHUNK = '**/dist/chunks/consult-button-*.js';

  it('draws every tag as a link before the element has arrived, then renders each element once, working', async () => {
    const context = await session.browser.newContext(IPHONE);
    const launches = [];
    await context.route(`${ENDPOINT}/**`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: 'consult' }));
    context.on('request', (request) => request.url().startsWith(ENDPOINT) && launches.push(request.url()));
    const release = await holdBack(context, ELEMENT_CHUNK);
    const page = await context.newPage();
    await page.addInitScript(() => {
      // Whether each button had its behaviour at its first render (defined and upgraded in
      // the script's own task: the patch goes in as the define happens).
      window.firstRenders = [];
      const { define } = customElements;
      customElements.define = function (name, element, options) {
        if (name === 'kakao-consult-button') {
          const { update } = element.prototype;
          element.prototype.update = function (changed) {
            if (!this.hasUpdated) window.firstRenders.push(this.behaviour !== undefined);
            return update.call(this, changed);
          };
        }
        return define.call(this, name, element, options);
      };
    });
    // DOMContentLoaded waits for the module scripts, so not for it.
    await page.goto(session.demo.url, { waitUntil: 'commit' });
    await page.locator('kakao-consult-button').first().waitFor({ state: 'attached' });
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => customElements.get('kakao-consult-button')), undefined, 'the element waits for its chunk');
    // Meanwhile every tag is a link (a tag whose settings cannot launch, a link without a target).
    const tags = await page.locator('kakao-consult-button').count();
    assert.equal(await page.locator('kakao-consult-button > a').count(), tags);
    assert.ok((await page.locator('kakao-consult-button > a[href^="https://bizmessage.kakao.com/chat/open/@"]').count()) > tags / 2);
    release();
    await buttonsRendered(page);
    const firstRenders = await page.evaluate(() => window.firstRenders);
    assert.equal(firstRenders.length, await page.locator('kakao-consult-button').count());
    assert.ok(firstRenders.every(Boolean), 'every button had its behaviour at its first render');
    await page.locator('#dry-run').uncheck();
    const navigation = page.waitForURL(`${ENDPOINT}/@mybrand?extra=k%3D%2F`);
    await variant(page, 'full').tap();
    await navigation;
    assert.deepEqual(launches, [`${ENDPOINT}/@mybrand?extra=k%3D%2F`]);
    await context.close();
  });

  it('keeps the drawn links when the element chunk cannot load, and the console says why', async () => {
    const context = await session.browser.newContext();
    await context.route(ELEMENT_CHUNK, (route) => route.abort());
    const page = await context.newPage();
    const failed = [];
    const errors = [];
    page.on('requestfailed', (request) => failed.push(request.url()));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(session.demo.url);
    await page.waitForTimeout(500);
    assert.equal(await page.evaluate(() => customElements.get('kakao-consult-button')), undefined);
    assert.equal(await page.locator('kakao-consult-button > a').count(), await page.locator('kakao-consult-button').count());
    assert.ok(
      failed.some((url) => /\/dist\/chunks\/consult-button-[\w-]+\.js$/.test(url)),
      failed.join('\n'),
    );
    assert.equal(
      errors.filter((text) => text.includes("<kakao-consult-button> script: the button's code did not load")).length,
      1,
      errors.join('\n'),
    );
    await context.close();
  });
  it('runs once when the page names it by another URL (a query string), its lazy chunks included', async () => {
    const context = await session.browser.newContext();
    await answerQrPage(context);
    const scripts = [];
    context.on('request', (request) => /kakao-consult-button\.min\.js/.test(request.url()) && scripts.push(request.url()));
    const page = await context.newPage();
    const problems = await recordPageProblems(page);
    await page.goto(new URL('query-string.html', session.demo.url).href);
    // The QR element's chunk, the operating config's, the dialogs' (consent) and the no-code launcher's.
    await page.locator('kakao-consult-qr').getByRole('img').waitFor();
    await page.locator('kakao-consult-button[shape="round"]').getByRole('button').waitFor();
    await page.locator('kakao-consult-button[config-src] [part="notice"]').waitFor();
    await page.locator('kakao-consult-button[consent]').getByRole('button').click();
    await page.getByRole('dialog').waitFor();
    assert.deepEqual(
      scripts.map((url) => new URL(url).search),
      ['?v=7'],
      'a chunk that imports the script-tag file by its plain URL makes the browser run a second copy',
    );
    assert.deepEqual(problems, []);
    await context.close();
  });
});

/** A page that loads the script-tag file with a query string and uses every lazy chunk. */
async function answerQrPage(context) {
  await context.route('**/query-string.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="ko"><head><meta charset="utf-8">
<script type="module" src="/dist/kakao-consult-button.min.js?v=7" data-channel="@mybrand"></script></head><body>
<kakao-consult-qr channel="@mybrand"></kakao-consult-qr>
<kakao-consult-button channel="@mybrand" config-src="/consult-config.json"></kakao-consult-button>
<kakao-consult-button channel="@mybrand" consent="required" pc-mode="qr"></kakao-consult-button>
</body></html>`,
    }),
  );
}

describe('context in extra', () => {
  it('tells the agent the placement, campaign and source of a visitor from a Naver ad', async () => {
    const { context, page, launches } = await openDemo();
    await page.goto(`${session.demo.url}?utm_source=naver&utm_campaign=spring26`, {
      referer: 'https://m.search.naver.com/search.naver?query=x',
    });
    await page.locator('#dry-run').uncheck();
    await variant(page, 'placement').click();
    const popupOpened = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'PC에서 카카오계정으로 열기' }).click();
    await (await popupOpened).waitForLoadState();
    const extra = 'p=product_detail;c=spring26;s=naver;k=/';
    assert.deepEqual(
      launches.map(({ url }) => url),
      [`${ENDPOINT}/@mybrand?extra=${encodeURIComponent(extra)}`],
    );
    assert.match(
      await page.locator('#log li').first().textContent(),
      /agent sees: \{"placement":"product_detail","campaign":"spring26","source":"naver","page":"\/"\}/,
    );
    await context.close();
  });

  it('posts member data so it never appears in a URL, and refuses a phone number', async () => {
    const { context, page, launches, warnings } = await openDemo(IPHONE);
    // The old-KakaoTalk variant's update warning is intended; nothing else may warn but the phone number.
    assert.deepEqual(
      warnings.filter((line) => !line.startsWith('<kakao-consult-button> kakaotalk-version:')),
      [
        '<kakao-consult-button> member-id: member-id looks like a phone number and is left out of extra: personal data must not travel in launch URLs (they end up in logs and referrers).',
      ],
    );
    await page.locator('#dry-run').uncheck();
    const navigation = page.waitForURL(ENDPOINT);
    await variant(page, 'member').tap();
    await navigation;
    assert.equal(launches.length, 1);
    assert.equal(launches[0].method, 'POST');
    assert.equal(launches[0].url, ENDPOINT);
    assert.deepEqual(Object.fromEntries(new URLSearchParams(launches[0].body)), { uuid: '@mybrand', extra: 'p=mypage;m=A1029;g=VIP;k=/' });
    await context.close();
  });
});

describe('the PC panel', () => {
  it('shows a QR code that a phone camera reads as the launch URL', async () => {
    const { context, page } = await openDemo();
    await variant(page, 'placement').click();
    const code = page.getByRole('dialog').locator('kakao-consult-qr svg');
    await code.waitFor();
    const png = PNG.sync.read(await code.screenshot());
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
    assert.equal(decoded, `${ENDPOINT}/@mybrand?extra=${encodeURIComponent('p=product_detail;k=/')}`);
    await context.close();
  });

  it('offers the launch link and the PC action when the QR code cannot load', async () => {
    const { context, page, launches } = await openDemo();
    await page.route('**/dist/chunks/consult-qr*', (route) => route.abort());
    await page.locator('#dry-run').uncheck();
    await variant(page, 'placement').click();
    const panel = page.getByRole('dialog', { name: '카카오톡으로 상담하기' });
    const link = panel.getByRole('link', { name: '링크로 열기' });
    await link.waitFor();
    assert.equal(await link.getAttribute('href'), `${ENDPOINT}/@mybrand?extra=${encodeURIComponent('p=product_detail;k=/')}`);
    assert.match(await panel.textContent(), /QR 코드를 불러오지 못했어요/);
    const popupOpened = page.waitForEvent('popup');
    await panel.getByRole('button', { name: 'PC에서 카카오계정으로 열기' }).click();
    await (await popupOpened).waitForLoadState();
    assert.equal(launches.length, 1);
    await context.close();
  });
});

describe('consent before consult', () => {
  it("shows the site's notice, then posts member data only after 동의하고 상담하기", async () => {
    const { context, page, launches } = await openDemo();
    await page.locator('#dry-run').uncheck();
    assert.equal(await page.getByText('상담 종료 후 3년').isVisible(), false);
    await variant(page, 'consent (ko)').click();
    const dialog = page.getByRole('dialog', { name: '개인정보 수집·이용 동의' });
    await dialog.waitFor();
    // The notice is the page's own markup, slotted into the dialog: visible only while it is open.
    assert.equal(await page.getByText('상담 종료 후 3년').isVisible(), true);
    assert.deepEqual(launches, []);
    await dialog.getByRole('button', { name: '동의하고 상담하기' }).click();
    const panel = page.getByRole('dialog', { name: '카카오톡으로 상담하기' });
    await panel.waitFor();
    const popupOpened = page.waitForEvent('popup');
    await panel.getByRole('button', { name: 'PC에서 카카오계정으로 열기' }).click();
    // The popup opens blank, then the form posts into it.
    await (await popupOpened).waitForURL(ENDPOINT);
    assert.equal(launches.length, 1);
    assert.equal(launches[0].method, 'POST');
    assert.match(launches[0].body, /extra=p%3Dorder_detail%3Bm%3DA1029%3Bg%3DVIP/);
    assert.deepEqual(await loggedSinceLoad(page), [
      'consult-launch · consent (ko)',
      'consult-qr-open · consent (ko)',
      // The panel's QR code leaves the member out, and says so; the PC path posts it.
      'consult-warning · consent (ko)',
      'consult-consent · consent (ko)',
      'consult-click · consent (ko)',
    ]);
    await context.close();
  });
});

describe('operating hours, wherever the visitor is', () => {
  // Wednesday 25 November 2026: 08:59 and 09:00 in Korea (UTC+9).
  const beforeNine = new Date('2026-11-24T23:59:00Z');
  const atNine = new Date('2026-11-25T00:00:00Z');
  for (const timezoneId of ['Asia/Seoul', 'America/New_York', 'Pacific/Auckland', 'Europe/London']) {
    it(`opens at 09:00 Korea time for a visitor in ${timezoneId}`, async () => {
      const { context, page } = await openDemo({ timezoneId });
      const hours = page.locator('kakao-consult-button[data-demo="hours (disabled)"]');
      await page.clock.setFixedTime(beforeNine);
      await page.reload();
      await page.waitForFunction(() => document.querySelector('kakao-consult-button[data-demo="hours"]')?.matches(':state(offline)'));
      assert.equal(await hours.getByRole('button').getAttribute('aria-disabled'), 'true');
      assert.equal(await hours.locator('[part="hours"]').textContent(), '상담시간 평일 09:00–18:00');

      await page.clock.setFixedTime(atNine);
      await page.reload();
      await page.waitForFunction(() =>
        document.querySelector('kakao-consult-button[data-demo="hours"]')?.shadowRoot?.querySelector('[part="notice"]'),
      );
      assert.equal(await hours.evaluate((element) => element.matches(':state(offline)')), false);
      assert.equal(await hours.getByRole('button').getAttribute('aria-disabled'), null);
      await context.close();
    });
  }

  it('is closed all day on a holiday', async () => {
    const { context, page } = await openDemo({ timezoneId: 'America/Los_Angeles' });
    await page.clock.setFixedTime(new Date('2026-12-25T03:00:00Z')); // Friday 12:00 in Korea
    await page.reload();
    await page.waitForFunction(() => document.querySelector('kakao-consult-button[data-demo="hours"]')?.matches(':state(offline)'));
    await context.close();
  });
});

async function assertText(locator, expected) {
  assert.equal((await locator.textContent()).trim(), expected);
}
