import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ConsultInputError } from '../../../src/core/errors.js';
import { formatMm, MIN_PRINT_MODULE_MM, parseLength, planSize, withPrintSize } from '../../../src/core/print/print-size.js';
import { qrSvg } from '../../../src/core/qr/qr.js';

function refusal(work: () => unknown): ConsultInputError {
  try {
    work();
  } catch (error) {
    expect(error).to.be.instanceOf(ConsultInputError);
    return error as ConsultInputError;
  }
  throw new Error('expected a ConsultInputError');
}

describe('parseLength', () => {
  for (const [text, mm] of [
    ['30mm', 30],
    ['30 mm', 30],
    ['3cm', 30],
    ['2.5CM', 25],
    ['1in', 25.4],
    ['.5in', 12.7],
    [' 12.5mm ', 12.5],
  ] as const) {
    it(`reads ${JSON.stringify(text)} as ${mm} mm`, () => expect(parseLength('size', text)).to.be.closeTo(mm, 1e-9));
  }

  for (const text of ['30', '30px', '-3cm', '0mm', 'mm', '3 m', '1e3mm', '6000mm', '3,5cm']) {
    it(`refuses ${JSON.stringify(text)}, naming the field and echoing the value`, () => {
      const error = refusal(() => parseLength('size', text));
      expect(error.field).to.equal('size');
      expect(error.message).to.contain(`size "${text}" must be a length with its unit`);
    });
  }
});

describe('planSize', () => {
  it('turns a print size into whole-pixel modules near size × dpi, and the density that prints it at that size', () => {
    const plan = planSize(37, { mm: 30, dpi: 300, raster: true });
    // 30 mm at 300 dpi is 354 px; 354 / 37 = 9.6 → 10 px a module.
    expect(plan).to.deep.equal({ px: 370, modulePx: 10, mm: 30, moduleMm: 30 / 37, dpi: (370 / 30) * 25.4, smallModules: false });
  });

  it('assumes 300 dpi for a print size alone', () => {
    expect(planSize(37, { mm: 30, raster: true }).px).to.equal(370);
  });

  it('keeps an SVG at its print size, without pixels', () => {
    expect(planSize(37, { mm: 30, raster: false })).to.deep.equal({ mm: 30, moduleMm: 30 / 37, smallModules: false });
  });

  it('renders a PNG at 1024 px when no size is asked for, and knows no print size without a dpi', () => {
    expect(planSize(41, { raster: true })).to.deep.equal({ px: 1025, modulePx: 25, smallModules: false });
    expect(planSize(41, { px: 600, dpi: 150, raster: true }).mm).to.be.closeTo((615 / 150) * 25.4, 1e-9);
  });

  it(`flags modules under ${MIN_PRINT_MODULE_MM} mm`, () => {
    expect(planSize(45, { mm: 13, raster: false }).smallModules).to.equal(true);
    expect(planSize(45, { mm: 14, raster: false }).smallModules).to.equal(false);
  });

  it('refuses modules under a pixel, more pixels than are drawn, and both a size and pixels', () => {
    expect(refusal(() => planSize(45, { mm: 3, dpi: 300, raster: true })).field).to.equal('size');
    expect(refusal(() => planSize(45, { px: 40, raster: true })).message).to.contain('px 40 is 40 px for a code of 45 modules');
    expect(refusal(() => planSize(45, { mm: 500, dpi: 300, raster: true })).message).to.match(
      /size 500 mm at 300 dpi needs \d+ px; at most 4096/,
    );
    expect(refusal(() => planSize(45, { mm: 30, px: 300, raster: true })).field).to.equal('px');
    expect(refusal(() => planSize(45, { mm: 30, dpi: 0, raster: true })).field).to.equal('dpi');
  });

  it('always gives whole-pixel modules of at least one pixel, within half a module of the asked width', () => {
    fc.assert(
      fc.property(fc.integer({ min: 21, max: 185 }), fc.integer({ min: 1, max: 4096 }), (extent, px) => {
        fc.pre(px >= extent && Math.round(px / extent) * extent <= 4096);
        const plan = planSize(extent, { px, raster: true });
        expect(plan.px! % extent).to.equal(0);
        expect(plan.modulePx).to.be.at.least(1);
        expect(Math.abs(plan.px! - px)).to.be.at.most(extent / 2);
      }),
    );
  });
});

describe('withPrintSize', () => {
  it('gives a qrSvg document a width and height in millimetres, keeping its viewBox', () => {
    const svg = withPrintSize(qrSvg('https://example.com/'), 25.4);
    expect(svg).to.match(/^<svg width="25\.4mm" height="25\.4mm" xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 \d+ \d+"/);
    const element = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
    expect(element.getAttribute('width')).to.equal('25.4mm');
  });
});

describe('formatMm', () => {
  it('writes lengths for people', () => {
    expect([formatMm(30), formatMm(0.6666), formatMm(1500), formatMm(12.345)]).to.deep.equal(['30 mm', '0.67 mm', '1.5 m', '12.3 mm']);
  });
});
