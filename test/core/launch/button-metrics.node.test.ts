// The pre-upgrade styles for one look: a page inlines them ahead of its drawn link
// (consultSnippet), so they must hold every rule that look uses and none it does not, and an
// attribute's value must never reach the CSS.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LOOK_CHOICES, preUpgradeCss } from '../../../src/core/launch/button-metrics.js';
import { LOOK } from '../../../src/elements/consult-button/button-attributes.js';

const LOOKS = LOOK_CHOICES;

/** Every combination of the look's attributes, each value or left out. */
function* looks(): Generator<Record<string, string>> {
  const names = Object.keys(LOOKS) as (keyof typeof LOOKS)[];
  const walk = function* (index: number, look: Record<string, string>): Generator<Record<string, string>> {
    if (index === names.length) return yield look;
    yield* walk(index + 1, look);
    for (const value of LOOKS[names[index]!]) yield* walk(index + 1, { ...look, [names[index]!]: value });
  };
  yield* walk(0, {});
}

/** The attribute conditions in a rule's selector, e.g. `[['size', 'small']]`. */
const conditions = (rule: string) => [...rule.matchAll(/\[([a-z]+)=([a-z]+)\]/g)].map(([, name, value]) => [name!, value!]);

describe('the look', () => {
  it("takes the element's own choices (its attribute table), default first, for `url --html` to check", () => {
    assert.deepEqual(
      Object.fromEntries(LOOK.map(([property, choices]) => [property, [...choices]])),
      Object.fromEntries(Object.entries(LOOK_CHOICES).map(([name, choices]) => [name, [...choices]])),
    );
  });
});

describe('preUpgradeCss for a look', () => {
  const all = preUpgradeCss().split('\n').filter(Boolean);

  it('keeps, for each of the 144 looks, exactly the rules of the whole stylesheet whose conditions it meets, in order', () => {
    let count = 0;
    for (const look of looks()) {
      count += 1;
      const expected = all.filter((rule) => conditions(rule).every(([name, value]) => look[name] === value));
      assert.deepEqual(preUpgradeCss(undefined, look).split('\n').filter(Boolean), expected, JSON.stringify(look));
    }
    assert.equal(count, 4 * 3 * 3 * 4);
  });

  it('gives the default look (no look attributes, or unknown values, as the element falls back) the unconditional rules only', () => {
    const plain = preUpgradeCss(undefined, { channel: '@brand', placement: 'cart' });
    assert.deepEqual(
      plain.split('\n').filter(Boolean),
      all.filter((rule) => conditions(rule).length === 0),
    );
    assert.equal(preUpgradeCss(undefined, { size: 'huge', shape: 'ROUND' }), plain);
    assert.ok(plain.length < 1300, `${plain.length} characters`);
  });

  it('never writes a value into the CSS: a value that tries to close the rule only picks no rule', () => {
    const hostile = preUpgradeCss(undefined, { size: 'small]{}body{display:none}', color: '</style><script>' });
    assert.equal(hostile, preUpgradeCss(undefined, {}));
    assert.doesNotMatch(hostile, /body|script|display:none/);
  });

  it('uses the given tag in every selector', () => {
    const css = preUpgradeCss('x-button', { shape: 'round' });
    assert.ok(
      css
        .split('\n')
        .filter(Boolean)
        .every((rule) => rule.startsWith('x-button:not(:defined)')),
    );
  });
});
