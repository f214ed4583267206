// The built browser files parse on the browser floor (README, "Browser support"): esbuild
// changes nothing when asked to lower them to it, and no regular expression has a lookbehind,
// which Safari before 16.4 cannot parse and esbuild only moves into `new RegExp(…)`, where it
// throws at run time instead. Run after `npm run build`.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { it } from 'node:test';
import { transformSync } from 'esbuild';
import { BROWSER_FLOOR } from '../../rollup.config.js';

const DIST = new URL('../../dist/', import.meta.url);
const browserFiles = readdirSync(DIST, { recursive: true }).filter((name) => name.endsWith('.js') && !name.startsWith('node/'));

it('finds the built browser files', () => assert.ok(browserFiles.includes('kakao-consult-button.min.js')));

for (const name of browserFiles) {
  it(`dist/${name} needs nothing newer than ${BROWSER_FLOOR.join(', ')}`, () => {
    const code = readFileSync(new URL(name, DIST), 'utf8');
    // Parentheses aside: for older targets esbuild wraps `function(){…}.bind(…)` in them, which
    // every engine parses either way; any real lowering changes more than parentheses.
    const unwrapped = (target) => transformSync(code, { target, format: 'esm', minify: true }).code.replace(/[()]/g, '');
    assert.ok(unwrapped(BROWSER_FLOOR) === unwrapped('esnext'), 'esbuild had syntax to lower');
    assert.doesNotMatch(code, /\(\?<[=!]/, 'a regular expression with a lookbehind');
  });
}
