// Server-side rendering and Node tools import the package; that must not need a DOM.
import assert from 'node:assert/strict';
import { it } from 'node:test';

it('imports the built browser entry in Node without touching window or document', async () => {
  const api = await import('../../dist/index.js');
  assert.equal('window' in globalThis, false);
  assert.equal('document' in globalThis, false);
  assert.equal(api.TAG, 'kakao-consult-button');
  assert.equal(typeof api.configure, 'function');
});
