// qrColors keeps the pairs it accepted: the same answers on the second asking, a refused pair
// refused every time, and any number of pairs (the store starts again when full).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConsultInputError } from '../../../src/core/errors.js';
import { qrColors } from '../../../src/core/qr/qr-color.js';

describe('qrColors, asked again', () => {
  it('answers as the first time, with an object of its own', () => {
    const first = qrColors('#123', undefined);
    assert.deepEqual(first, { dark: '#112233', light: '#ffffff' });
    first.dark = '#ffffff';
    assert.deepEqual(qrColors('#123', undefined), { dark: '#112233', light: '#ffffff' });
    assert.deepEqual(qrColors(undefined, undefined), { dark: '#000000', light: '#ffffff' });
  });

  it('refuses a faint pair every time it is asked', () => {
    for (let time = 0; time < 2; time++) assert.throws(() => qrColors('#959595', '#ffffff'), ConsultInputError);
  });

  it('accepts any number of pairs', () => {
    const hex = (value: number) => value.toString(16).padStart(2, '0');
    for (let pair = 0; pair < 600; pair++) {
      const [dark, light] = [`#${hex(pair % 128)}0000`, `#ff${hex(255 - Math.floor(pair / 128))}ff`];
      assert.deepEqual(qrColors(dark, light), { dark, light });
    }
  });
});
