// The React wrapper's stand-in for <kakao-consult-qr>'s class names the element's properties
// itself (the class loads lazily); a property added to one and not the other fails here.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
// The built modules: the element's sources need the DOM's types, which Node's tests do not load.
import { KakaoConsultQr } from '../../dist/elements/consult-qr.js';
import { QR_PROPERTY_NAMES } from '../../dist/react/components.js';

describe("the React QR component's stand-in class", () => {
  it("names exactly the element's properties", () => {
    assert.deepEqual([...QR_PROPERTY_NAMES].sort(), Object.keys(KakaoConsultQr.properties).sort());
  });
});
