import { expect } from '@open-wc/testing';
import { ConsultInputError } from '../../../src/core/errors.js';
import { DEFAULT_POPUP_SIZE, parsePopupSize, popupFeatures } from '../../../src/core/launch/popup-size.js';

describe('parsePopupSize', () => {
  it('reads WIDTHxHEIGHT, with × or spaces, and gives the default for blank', () => {
    expect(parsePopupSize('1024x800')).to.deep.equal({ width: 1024, height: 800 });
    expect(parsePopupSize(' 480 × 700 ')).to.deep.equal({ width: 480, height: 700 });
    expect(parsePopupSize('')).to.equal(DEFAULT_POPUP_SIZE);
    expect(parsePopupSize(null)).to.equal(DEFAULT_POPUP_SIZE);
    expect(popupFeatures(DEFAULT_POPUP_SIZE)).to.equal('width=350,height=550');
  });

  for (const bad of ['1024', '1024x', '100x100', '5000x800', 'wide', '1024x800;left=0', 42, {}]) {
    it(`refuses ${JSON.stringify(bad)}, naming popup-size`, () => {
      expect(() => parsePopupSize(bad)).to.throw(
        ConsultInputError,
        /^popup-size .* is not WIDTHxHEIGHT \(300–4000 px\), e\.g\. "1024x800"; using 350x550\.$/,
      );
    });
  }
});
