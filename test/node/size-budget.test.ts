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

const CEILINGS: [string, () => URL, number][] = [
  ['the script-tag core (no QR code, no operating config)', () => new URL('kakao-consult-button.min.js', DIST), 20_300],
  ['the QR chunk', () => chunk('consult-qr.define-'), 13_800],
  ['the operating-config chunk', () => chunk('remote-config-loader-'), 4_400],
];

for (const [name, file, ceiling] of CEILINGS) {
  it(`${name} stays under ${(ceiling / 1000).toFixed(1)} KB min+gzip`, () => {
    const size = gzipped(file());
    assert.ok(size <= ceiling, `${name} is ${size} bytes min+gzip, over its ceiling of ${ceiling}`);
  });
}
