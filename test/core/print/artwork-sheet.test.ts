import { expect } from '@open-wc/testing';
import { ConsultInputError } from '../../../src/core/errors.js';
import { CROP_MARK_MM } from '../../../src/core/print/artwork-marks.js';
import { imposeSheets, jobDate, SHEET_GAP_MM, SHEET_MARGIN_MM, SHEETS, slugText } from '../../../src/core/print/artwork-sheet.js';
import { BLACK, CUT_CONTOUR, paintOf, type Drawing } from '../../../src/core/print/artwork.js';
import type { TextOutliner } from '../../../src/core/print/text-outline.js';

/** An outliner for layout only: a character is half its size wide, and the font knows ASCII alone. */
const outliner: TextOutliner = {
  outline: (text, size, x, y) => [{ type: 'M', x, y }, { type: 'L', x: x + text.length * size * 0.5, y }, { type: 'Z' }],
  width: (text, size) => text.length * size * 0.5,
  missing: (text) => [...new Set([...text].filter((character) => !/[\x20-\x7e·]/.test(character)))],
};

const item = (side: number, bleed = 0): Drawing => ({
  width: side,
  height: side,
  bleed,
  cropMarks: false,
  shapes: [{ kind: 'rects', rects: [[0, 0, side, side]], paint: BLACK }],
});
const JOB = { name: 'spring26', date: '2026-12-02' };

describe('imposeSheets', () => {
  it('places items row by row inside the margin, their marks apart by the gap, never overlapping', () => {
    const { pages, placements } = imposeSheets(
      Array.from({ length: 40 }, () => item(30)),
      'a4',
      JOB,
      outliner,
    );
    const [width, height] = SHEETS.a4;
    const cell = 30 + 2 * CROP_MARK_MM;
    expect(placements[0]).to.deep.equal({
      page: 0,
      x: SHEET_MARGIN_MM + CROP_MARK_MM,
      y: SHEET_MARGIN_MM + CROP_MARK_MM,
      width: 30,
      height: 30,
    });
    expect(placements[1]!.x - placements[0]!.x).to.be.closeTo(cell + SHEET_GAP_MM, 1e-9);
    for (const [index, a] of placements.entries()) {
      expect(a.x - CROP_MARK_MM).to.be.at.least(SHEET_MARGIN_MM);
      expect(a.x + a.width + CROP_MARK_MM).to.be.at.most(width - SHEET_MARGIN_MM);
      expect(a.y + a.height + CROP_MARK_MM).to.be.at.most(height - SHEET_MARGIN_MM);
      for (const b of placements.slice(index + 1)) {
        const apart =
          a.page !== b.page ||
          a.x + a.width + 2 * CROP_MARK_MM <= b.x ||
          b.x + b.width + 2 * CROP_MARK_MM <= a.x ||
          a.y + a.height + 2 * CROP_MARK_MM <= b.y ||
          b.y + b.height + 2 * CROP_MARK_MM <= a.y;
        expect(apart, `items ${index} and ${placements.indexOf(b)} overlap`).to.equal(true);
      }
    }
    expect(pages.length).to.equal(placements.at(-1)!.page + 1);
    expect(pages.every((page) => page.width === width && page.height === height && page.bleed === 0)).to.equal(true);
  });

  it('moves each item and its marks together, and writes the slug in the bottom margin of every page', () => {
    const { pages, placements } = imposeSheets([item(60, 3), item(60, 3)], 'a3', JOB, outliner);
    const background = pages[0]!.shapes.find((shape) => shape.kind === 'rects' && shape.rects.length === 1);
    expect(background?.kind === 'rects' && background.rects[0]!.slice(0, 2)).to.deep.equal([placements[0]!.x, placements[0]!.y]);
    const marks = pages[0]!.shapes.filter((shape) => shape.kind === 'rects' && shape.rects.length === 8);
    expect(marks.length).to.equal(2);
    const slug = pages[0]!.shapes.at(-1)!;
    expect(slug.kind === 'path' && slug.commands[0]).to.deep.include({ x: SHEET_MARGIN_MM });
    expect(slug.kind === 'path' && (slug.commands[0] as { y: number }).y).to.be.above(SHEETS.a3[1] - SHEET_MARGIN_MM);
    expect(slugText(JOB, 1, 2)).to.equal('spring26 · 2026-12-02 · 1/2');
  });

  it('refuses an item too large for the sheet, and a job name the font cannot draw, naming the sheet', () => {
    for (const work of [
      () => imposeSheets([item(200)], 'a4', JOB, outliner),
      () => imposeSheets([item(30)], 'a4', { ...JOB, name: '봄 행사' }, outliner),
    ]) {
      let refusal: unknown;
      try {
        work();
      } catch (error) {
        refusal = error;
      }
      expect(refusal).to.be.instanceOf(ConsultInputError);
      expect((refusal as ConsultInputError).field).to.equal('sheet');
    }
    expect(imposeSheets([item(200)], 'sra3', JOB, outliner).pages.length).to.equal(1);
  });

  it('dates the job in local time', () => expect(jobDate(new Date(2026, 11, 2, 0, 30))).to.equal('2026-12-02'));
});

describe('print colours', () => {
  it('gives every colour a CMYK build: black K 100, white no ink, grey K only, a colour by the device formula', () => {
    expect(paintOf('#000000').cmyk).to.deep.equal([0, 0, 0, 1]);
    expect(paintOf('#ffffff').cmyk).to.deep.equal([0, 0, 0, 0]);
    expect(paintOf('#808080').cmyk).to.deep.equal([0, 0, 0, 0.498]);
    expect(paintOf('#ff0000').cmyk).to.deep.equal([0, 1, 1, 0]);
    expect(paintOf('#00000080')).to.deep.include({ opacity: 128 / 255 });
  });

  it('names the die-cut ink CutContour, 100 % magenta as its alternate', () =>
    expect(CUT_CONTOUR).to.deep.include({ spot: 'CutContour', cmyk: [0, 1, 0, 0] }));
});
