// The React components stand in for the elements' classes (which load when the first element
// renders) with the elements' property names, written out; a property added to an element
// and not to its list fails here.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
// The built modules: the elements' sources need the DOM's types, which Node's tests do not load.
import { LOOK } from '../../dist/elements/consult-button/button-attributes.js';
import { KakaoConsultButton } from '../../dist/elements/consult-button/consult-button.js';
import { KakaoConsultQr } from '../../dist/elements/consult-qr/consult-qr.js';
import { BUTTON_PROPERTY_NAMES, QR_PROPERTY_NAMES } from '../../dist/react/components.js';

describe("the React components' stand-in classes", () => {
  it("name exactly <kakao-consult-button>'s properties but its look, which React writes as attributes", () => {
    const look = LOOK.map(([property]) => property);
    assert.deepEqual([...BUTTON_PROPERTY_NAMES, ...look].sort(), Object.keys(KakaoConsultButton.properties).sort());
  });

  it("name exactly <kakao-consult-qr>'s properties", () => {
    assert.deepEqual([...QR_PROPERTY_NAMES].sort(), Object.keys(KakaoConsultQr.properties).sort());
  });
});
