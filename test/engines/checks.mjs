// The checks each engine must pass, judged in Node against one table of expected values: the
// look of current Chromium. Each takes the driver and the page's URL maker, and returns
// `{ ok, detail }`; `detail` says what was seen when it failed.
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { METRICS } from '../../src/core/launch/button-metrics.ts';

const YELLOW = 'rgb(254, 229, 0)';
const WHITE = 'rgb(255, 255, 255)';

/** Reads until `accept` holds or about 10 s have passed, and returns the last reading: a wait, never a timed assertion. */
async function settle(read, accept) {
  let value;
  for (let left = 100; left > 0; left -= 1) {
    value = await read();
    if (accept(value)) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return value;
}

const verdict = (ok, seen) => ({ ok: Boolean(ok), detail: ok ? '' : JSON.stringify(seen) });

/** The QR code in the screenshot's `rect` (CSS pixels at `scale`), decoded by jsQR. */
function decodeQr(png, { rect, scale }) {
  const image = PNG.sync.read(png);
  const pad = 8;
  const x0 = Math.max(0, Math.floor((rect.x - pad) * scale));
  const y0 = Math.max(0, Math.floor((rect.y - pad) * scale));
  const width = Math.min(image.width - x0, Math.ceil((rect.width + 2 * pad) * scale));
  const height = Math.min(image.height - y0, Math.ceil((rect.height + 2 * pad) * scale));
  const crop = new Uint8ClampedArray(width * height * 4);
  for (let row = 0; row < height; row += 1) {
    const from = ((y0 + row) * image.width + x0) * 4;
    crop.set(image.data.subarray(from, from + width * 4), row * width * 4);
  }
  return jsQR(crop, width, height)?.data ?? null;
}

/** Runs every check on one engine; `page(query)` is the test page's URL with that query. */
export async function runChecks(driver, page) {
  const results = {};
  const problems = [];
  const visit = async (query) => {
    await driver.open(page(query));
    await driver.call('ready');
  };
  const collectProblems = async () => problems.push(...(await driver.call('problems')));

  await visit('case=variants');
  const look = await driver.call('looks');
  results['styled by'] = { ok: true, note: look.medium.fallback ? 'attribute' : ':state()' };
  const sizes = ['small', 'medium', 'large'].map((size) => look[size].height);
  results['sizes (36/45/54 px)'] = verdict(sizes.join() === ['small', 'medium', 'large'].map((size) => METRICS[size].height).join(), sizes);
  results['colours (yellow, mono)'] = verdict(look.medium.background === YELLOW && look.mono.background === WHITE, [
    look.medium.background,
    look.mono.background,
  ]);
  const { full, round } = look;
  results['shapes (rect, full, round)'] = verdict(
    look.medium.radius === `${METRICS.medium.radius}px` &&
      full.width === 320 &&
      full.display === 'block' &&
      round.position === 'fixed' &&
      round.width === METRICS.medium.round &&
      round.height === METRICS.medium.round &&
      round.radius === '50%',
    { rect: look.medium.radius, full, round },
  );
  results['labels (short, long)'] = verdict(
    look.medium.width >= METRICS.medium.short && look.medium.width < METRICS.medium.long && look.long.width >= METRICS.medium.long,
    [look.medium.width, look.long.width],
  );
  results['invalid: disabled, told'] = verdict(
    look.invalid.disabled === 'true' && look.invalid.message && look.invalid.height > METRICS.medium.height,
    look.invalid,
  );

  const ring = await driver.call('focusRing');
  results['focus ring, unclipped'] = verdict(ring.outline === 'solid' && ['visible', ''].includes(ring.contentVisibility), ring);

  const panel = await driver.call('openPanel');
  // Read until a frame shows the code: a screenshot may come before the dialog's first paint.
  const decoded = panel && (await settle(async () => decodeQr(await driver.screenshot(), panel), Boolean));
  results['PC panel: QR decodes'] = verdict(decoded && decoded === panel.url, { panel, decoded });
  await driver.call('closePanel');
  const consent = await driver.call('consent');
  results['consent opens, closes'] = verdict(consent.opened && consent.closed, consent);
  await collectProblems();

  await visit('case=off');
  const off = await settle(
    () => driver.call('looks'),
    (seen) => seen.off.display === 'none',
  );
  results['kill switch hides'] = verdict(off.off.display === 'none' && off.off.height === 0, off.off);
  await collectProblems();

  await visit('case=offline');
  const offline = await settle(
    () => driver.call('looks'),
    (seen) => seen.offline.hours,
  );
  results['offline: hours, noted'] = verdict(offline.offline.hours && offline.offline.height > METRICS.medium.height, offline.offline);
  await collectProblems();

  await visit('case=phone&phone');
  await collectProblems();
  await driver.call('tap');
  const launched = await settle(
    () => driver.url(),
    (url) => new URL(url).pathname.startsWith('/launch/@engines'),
  );
  results['phone tap launches'] = verdict(new URL(launched).pathname.startsWith('/launch/@engines'), launched);

  // The invalid variant's console error is the kit reporting it, by design.
  const unexpected = problems.filter((problem) => !problem.startsWith('console.error: <kakao-consult-button> channel:'));
  results['no uncaught errors'] = verdict(unexpected.length === 0, unexpected);
  return results;
}
