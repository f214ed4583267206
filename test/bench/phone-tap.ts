// The first tap on a working button, on a throttled phone: what it fetches (the chunks a tap
// needs that start-up did not) and the time from the finger down to the launch request.
import type { Page } from 'playwright-core';
import { median } from './pages.js';

const TAPS = 5;

interface Tap {
  ms: number;
  loads: { name: string; bytes: number }[];
}

/** One first visit of `url`: waits until it works, taps the first button, cancels the launch. */
async function tapOnce(open: () => Promise<Page>, url: string): Promise<Tap> {
  const tab = await open();
  try {
    await tab.goto(url);
    await tab.evaluate('window.working');
    // The drawn link counts as working at first paint; the tap measured is the element's, once it is in place.
    await tab.waitForFunction("document.querySelector('kakao-consult-button')?.shadowRoot?.querySelector('button')");
    // Page scripts as strings: this file is compiled without the DOM's types.
    await tab.evaluate(`(() => {
      const host = document.querySelector('kakao-consult-button');
      window.tap = { before: performance.getEntriesByType('resource').length };
      host.addEventListener('touchstart', (event) => (window.tap.down ??= event.timeStamp), { capture: true, once: true });
      host.addEventListener('consult-launch', (event) => {
        window.tap.launched = performance.now();
        event.preventDefault();
      });
    })()`);
    const box = (await tab.locator('kakao-consult-button').first().boundingBox())!;
    await tab.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await tab.waitForFunction('window.tap.launched !== undefined');
    // Anything the tap started loading but did not wait for shows up here too.
    await tab.waitForTimeout(500);
    return (await tab.evaluate(`({
      ms: window.tap.launched - window.tap.down,
      loads: performance.getEntriesByType('resource').slice(window.tap.before).map((entry) => ({ name: new URL(entry.name).pathname.split('/').at(-1), bytes: entry.transferSize })),
    })`)) as Tap;
  } finally {
    await tab.context().close();
  }
}

/** Rows of [page, what the first tap loads, bytes, tap to launch], median of {@link TAPS} first visits each. */
export async function firstTap(open: () => Promise<Page>, origin: string, pages: { title: string; path: string }[]): Promise<string[][]> {
  const rows: string[][] = [];
  for (const { title, path } of pages) {
    const taps: Tap[] = [];
    for (let run = 0; run < TAPS; run += 1) taps.push(await tapOnce(open, origin + path));
    const names = [...new Set(taps.flatMap((tap) => tap.loads.map((load) => load.name)))];
    const bytes = median(taps.map((tap) => tap.loads.reduce((total, load) => total + load.bytes, 0)));
    rows.push([
      title,
      names.join(', ') || 'nothing',
      `${bytes.toLocaleString('en')} B`,
      `${median(taps.map((tap) => tap.ms)).toFixed(0)} ms`,
    ]);
  }
  return rows;
}
