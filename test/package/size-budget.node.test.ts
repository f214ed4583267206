// Bundle size in the test suite, so growth is a decision rather than an accident. The
// figures are ceilings just above today's sizes (min+gzip, level 9): raise them in the same
// commit that explains why. `npm run bench` prints every artefact's size.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { it } from 'node:test';
import { gzipSync } from 'node:zlib';

const DIST = new URL('../../dist/', import.meta.url);
const gzipped = (file: URL) => gzipSync(readFileSync(file), { level: 9 }).length;
const chunk = (prefix: string) => new URL(`chunks/${readdirSync(new URL('chunks/', DIST)).find((name) => name.startsWith(prefix))}`, DIST);
const scriptTagFile = () => new URL('kakao-consult-button.min.js', DIST);

/** The script-tag file's budget: 10 KB min+gzip. Its ceiling below may rise up to this, never past it. */
const SCRIPT_TAG_BUDGET = 10 * 1024;

const CEILINGS: [string, () => number, number][] = [
  // Static property declarations replaced the decorators (9,463 before).
  // The attribute table (with the behaviour's choices and the look's reflection) and the one
  // loader, tap gate and problem reporter the chunks share came in (9,162 before).
  // +43 B for drawn links waiting one frame before the upgrade (issue 25); the page's one
  // MutationObserver for later `lang` changes rides in the behaviour chunk, not here (9,379).
  // +170 B: a click's retry after a failed load preloads the chunk again with the page's own
  // integrity first (preload-again.ts), or a changed chunk ran on the retry (9,414 before).
  // The behaviour chunk became a static import of this file (one module graph: bare tags are
  // defined working in the script's own task), and the modules both use went into that chunk,
  // Lit first, so it imports nothing back; the retry's preload went with the lazy load (9,582).
  // What the QR chunk shared with it (the language-aware base class, the tag names, the define
  // helper) moved to the behaviour chunk, so no lazy chunk imports this file back (3,007 before).
  ['the script-tag file (the element, its look and start)', () => gzipped(scriptTagFile()), 2_950],
  // The launch plan, the ticket, the wait for the site's switch and the non-look attribute choices came in;
  // the consent step and the dialogs went to their own chunk (12,547 before).
  // Notes got a readable width of their own and the update notice shows once per page (issue 16).
  // The settings read into one typed input and checked from one table (12,901 before).
  // Damaged text (U+FFFD, a lone surrogate) refused with its own words (issue 27; 13,271 before),
  // and the language watch and the problem reporter moved in from the script-tag file (13,545).
  // V8's eager-compile comment (it now loads while Lit is evaluated, and compiling it in the
  // background halves the main thread's compile time) and the page context read once per page
  // for all buttons (issue 25; 13,670).
  // Buttons with the same settings share one preview (plan and checks), which takes a page
  // of 100 buttons' planning from 100 times to once (issue 25; 13,669 before).
  // Lit and the modules the element shares with it moved in from the script-tag file, which
  // imports this chunk statically now (13,750 before; the two together 23,332 → 23,019).
  // +157 B: the modules the script-tag file shared with the QR chunk came in (the two together
  // 23,155 -> 23,163; 20,148 before).
  ['the behaviour chunk (Lit, validation, context, launch plan, panel state)', () => gzipped(chunk('consult-behaviour-')), 20_350],
  ['a button page before its first click (the two above)', () => gzipped(scriptTagFile()) + gzipped(chunk('consult-behaviour-')), 23_200],
  ['the dialogs chunk (consent step, the PC panel and their styles; buttons that may show one)', () => gzipped(chunk('dialogs-')), 2_350],
  // qrcode's encoder alone, without the renderers its main file loads (13,176 before).
  // It imports all it shares from the behaviour chunk now, not partly from the script-tag file (11,900 before).
  ['the QR chunk', () => gzipped(chunk('consult-qr.define-')), 11_950],
  ['the operating-config chunk', () => gzipped(chunk('remote-config-loader-')), 4_400],
  // Only pages whose script tag has data-channel (the no-code install) load it; it names unknown data-* attributes (404 before).
  ['the no-code launcher chunk', () => gzipped(chunk('launcher-')), 700],
];

for (const [name, measure, ceiling] of CEILINGS) {
  it(`${name} stays under ${(ceiling / 1000).toFixed(1)} KB min+gzip`, () => {
    const size = measure();
    assert.ok(size <= ceiling, `${name} is ${size} bytes min+gzip, over its ceiling of ${ceiling}`);
  });
}

it('the script-tag file keeps within its 10 KB budget', () => {
  assert.ok(CEILINGS[0]![2] <= SCRIPT_TAG_BUDGET, 'its ceiling was raised past the budget');
  assert.ok(gzipped(scriptTagFile()) <= SCRIPT_TAG_BUDGET);
});
