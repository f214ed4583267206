import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { KAKAO_SYMBOL_PATH } from '../../../dist/core/kakao-symbol.js';

it("draws core's symbol path, written into the element's template", () => {
  // The template is markup in the element's source: a static subtree, no bound part.
  const element = readFileSync(new URL('../../../dist/elements/consult-button/consult-button.js', import.meta.url), 'utf8');
  const [, path] = /<svg class="symbol"[^>]*><path d="([^"]*)" \/><\/svg>/.exec(element) ?? [];
  assert.equal(path, KAKAO_SYMBOL_PATH);
});
