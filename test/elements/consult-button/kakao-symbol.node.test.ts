import assert from 'node:assert/strict';
import { it } from 'node:test';
import { KAKAO_SYMBOL_PATH } from '../../../dist/core/kakao-symbol.js';
import { kakaoSymbol } from '../../../dist/elements/consult-button/kakao-symbol-svg.js';

it("draws core's symbol path, written into the element's template", () => {
  assert.deepEqual(kakaoSymbol.values, [], 'a static template, no bound part');
  assert.ok(kakaoSymbol.strings[0]!.includes(`<path d="${KAKAO_SYMBOL_PATH}" />`), kakaoSymbol.strings[0]);
});
