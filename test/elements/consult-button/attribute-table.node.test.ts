// The button's attribute table (button-attributes.ts) is the one place an attribute is
// declared: every other place that names the attributes is derived from it or checked here,
// and a failure names the place that lacks one.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
// The built modules: the elements' sources need the DOM's types, which Node's tests do not load.
import { BUTTON_ATTRIBUTES, LOOK } from '../../../dist/elements/consult-button/button-attributes.js';
import { KakaoConsultButton } from '../../../dist/elements/consult-button/consult-button.js';
import { BUTTON_PROPERTY_NAMES } from '../../../dist/react/components.js';

interface ManifestMember {
  kind: string;
  name: string;
  attribute?: string;
  reflects?: boolean;
  description?: string;
  type?: { text: string };
}
interface ManifestAttribute {
  name: string;
  fieldName?: string;
  description?: string;
  type?: { text: string };
}
interface ManifestDeclaration {
  name: string;
  attributes?: ManifestAttribute[];
  members?: ManifestMember[];
}

const manifest = JSON.parse(readFileSync(new URL('../../../dist/custom-elements.json', import.meta.url), 'utf8')) as {
  modules: { declarations?: ManifestDeclaration[] }[];
};
const button = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .find((declaration) => declaration.name === 'KakaoConsultButton')!;
const rows = Object.entries(BUTTON_ATTRIBUTES) as [
  string,
  { attribute?: string | false; reflect?: boolean; choices?: readonly string[] },
][];
const attributeName = (property: string, attribute: string | false | undefined) =>
  attribute === false ? undefined : (attribute ?? property);

describe("<kakao-consult-button>'s attribute table", () => {
  it('is what Lit declares', () => {
    assert.equal(KakaoConsultButton.properties, BUTTON_ATTRIBUTES);
  });

  it('has every attribute in the custom-elements manifest, described, with its choices as its type', () => {
    for (const [property, { attribute, choices }] of rows) {
      const field = button.members?.find((member) => member.kind === 'field' && member.name === property);
      assert.ok(field?.description, `the manifest (the class field's JSDoc in consult-button.ts) lacks a description of ${property}`);
      for (const choice of choices ?? [])
        assert.match(field.type?.text ?? '', new RegExp(`'${choice}'`), `the class field ${property}'s type lacks '${choice}'`);
      const name = attributeName(property, attribute);
      if (!name) continue;
      const entry = button.attributes?.find((candidate) => candidate.name === name);
      assert.equal(entry?.fieldName, property, `the manifest lacks the attribute ${name}`);
      assert.ok(entry.description, `the manifest lacks a description of the attribute ${name}`);
    }
  });

  it('reflects exactly the look and the channel (so `[size=large]` matches however it was set)', () => {
    const reflected = rows.filter(([, { reflect }]) => reflect).map(([property]) => property);
    assert.deepEqual(reflected.sort(), ['channel', ...LOOK.map(([property]) => property)].sort());
    for (const property of reflected)
      assert.equal(
        button.members?.find((member) => member.name === property)?.reflects,
        true,
        `the manifest does not say ${property} reflects`,
      );
  });

  it('gives the React wrapper every property but the look', () => {
    const look = LOOK.map(([property]) => property);
    for (const [property] of rows) {
      assert.equal(
        (BUTTON_PROPERTY_NAMES as readonly string[]).includes(property),
        !look.includes(property as never),
        `the React wrapper's property names (src/react/components.ts) are wrong about ${property}`,
      );
    }
  });
});
