// `kakao-consult batch --sheet` and `--one-pdf`, and the sticker's die-cut line, read back as a
// print shop's tools read them: pages rendered by poppler (pdftoppm) and every code on them
// decoded; the PDF's own objects read for the CutContour separation and CMYK-only paint.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { inflateSync } from 'node:zlib';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { CROP_MARK_MM } from '../../../src/core/print/artwork-marks.js';
import { jobDate, SHEET_MARGIN_MM, SHEETS } from '../../../src/core/print/artwork-sheet.js';
import { batchCommand } from '../../../src/node/cli/batch/batch-command.js';
import { ensurePoppler } from '../../support/poppler.mjs';

const DPI = 300;
const px = (mm: number) => Math.round((mm / 25.4) * DPI);
let work: string;
before(() => {
  ensurePoppler();
  work = mkdtempSync(join(tmpdir(), 'kakao-consult-print-'));
});
after(() => rmSync(work, { recursive: true, force: true }));

async function batch(...args: string[]): Promise<{ code: number; err: string[] }> {
  const err: string[] = [];
  const code = await batchCommand(args, { out: () => undefined, err: (line) => err.push(line), progress: () => undefined });
  return { code, err };
}

/** The PDF's pages rendered in grey at 300 dpi. */
function renderPages(file: string): PNG[] {
  const prefix = join(work, `page-${Math.random().toString(36).slice(2)}`);
  execFileSync('pdftoppm', ['-r', String(DPI), '-gray', '-png', file, prefix]);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
  return Array.from({ length: pages }, (_, index) => PNG.sync.read(readFileSync(`${prefix}-${index + 1}.png`)));
}

/** The darkest grey (0 black … 255 white) in a box given in millimetres. */
function darkest(page: PNG, x: number, y: number, width: number, height: number): number {
  let min = 255;
  for (let row = px(y); row <= px(y + height); row++)
    for (let column = px(x); column <= px(x + width); column++) min = Math.min(min, page.data[(row * page.width + column) * 4]!);
  return min;
}

/** The QR code read from a box of the page, in millimetres. */
function decodeBox(page: PNG, x: number, y: number, side: number): string | undefined {
  const left = px(x);
  const top = px(y);
  const size = px(side);
  const pixels = new Uint8ClampedArray(size * size * 4);
  for (let row = 0; row < size; row++)
    pixels.set(page.data.subarray(((top + row) * page.width + left) * 4, ((top + row) * page.width + left + size) * 4), row * size * 4);
  return jsQR(pixels, size, size)?.data;
}

/** The PDF's text: its objects, with every compressed stream inflated. */
function pdfText(bytes: Buffer): string {
  const text = bytes.toString('latin1');
  return text.replace(/\/FlateDecode \/Length (\d+) >>\nstream\n/g, (match, length: string, offset: number) => {
    const start = offset + match.length;
    return `>>\nstream\n${inflateSync(bytes.subarray(start, start + Number(length))).toString('latin1')}\n`;
  });
}

describe('print-shop files', () => {
  it('imposes a 40-code batch on A4 sheets: crop marks at every item, the job slug outside the trim, every code decodes', async () => {
    const rows = Array.from({ length: 40 }, (_, index) => `poster_${index + 1},@brand,poster_${index + 1},spring26`);
    writeFileSync(join(work, 'spring26.csv'), ['name,channel,placement,campaign', ...rows].join('\n'));
    const { code } = await batch(
      join(work, 'spring26.csv'),
      '-o',
      join(work, 'out'),
      '--format',
      'pdf',
      '--size',
      '30mm',
      '--sheet',
      'a4',
      '--one-pdf',
    );
    assert.equal(code, 0);
    const manifest = readFileSync(join(work, 'out/manifest.csv'), 'utf8').trim().split('\r\n').slice(1);
    const urls = manifest.map((line) => line.split(',').find((cell) => cell.startsWith('https://'))!);
    assert.equal(urls.length, 40);

    const pages = renderPages(join(work, 'out/sheets-a4.pdf'));
    const [sheetWidth, sheetHeight] = SHEETS.a4;
    assert.ok(pages.length >= 2, `${pages.length} pages`);
    for (const page of pages) assert.ok(Math.abs(page.width - px(sheetWidth)) <= 1, `page width ${page.width} px`);
    // Items go row by row from the top-left margin; each cell is the code with its crop marks' margin.
    const cell = 30 + 2 * CROP_MARK_MM;
    const perRow = Math.floor((sheetWidth - 2 * SHEET_MARGIN_MM + 2) / (cell + 2));
    const perPage = perRow * Math.floor((sheetHeight - 2 * SHEET_MARGIN_MM + 2) / (cell + 2));
    assert.equal(pages.length, Math.ceil(40 / perPage));
    const decoded: (string | undefined)[] = [];
    for (let index = 0; index < 40; index++) {
      const page = pages[Math.floor(index / perPage)]!;
      const slot = index % perPage;
      const x = SHEET_MARGIN_MM + (slot % perRow) * (cell + 2) + CROP_MARK_MM;
      const y = SHEET_MARGIN_MM + Math.floor(slot / perRow) * (cell + 2) + CROP_MARK_MM;
      decoded.push(decodeBox(page, x - 1, y - 1, 32));
      // A crop mark on each trim line, in the margin outside the trim: left of the top-left corner, below the bottom-right.
      assert.ok(darkest(page, x - CROP_MARK_MM, y - 0.1, CROP_MARK_MM - 0.5, 0.2) < 160, `code ${index + 1}'s top-left mark`);
      assert.ok(darkest(page, x + 30 - 0.1, y + 30 + 0.5, 0.2, CROP_MARK_MM - 1) < 160, `code ${index + 1}'s bottom-right mark`);
    }
    assert.deepEqual(decoded, urls);
    // The slug: ink in the bottom margin, page 1/2 and 2/2 drawn differently; above it, the margin is clean.
    const slug = (page: PNG) =>
      [...Array(px(60)).keys()].map((column) => darkest(page, SHEET_MARGIN_MM + (column * 25.4) / DPI, sheetHeight - 7, 0, 4)).join();
    assert.ok(darkest(pages[0]!, SHEET_MARGIN_MM, sheetHeight - 7, 60, 4) < 100, 'the slug is printed');
    assert.notEqual(slug(pages[0]!), slug(pages[1]!), 'each page has its own number');
    assert.equal(
      darkest(pages[1]!, 0, sheetHeight - SHEET_MARGIN_MM + 0.5, sheetWidth - 1, 1),
      255,
      'nothing but the slug in the bottom margin',
    );

    // The whole batch in one PDF: a page per code.
    assert.match(execFileSync('pdfinfo', [join(work, 'out/codes.pdf')], { encoding: 'utf8' }), /Pages:\s+40\n/);
    assert.equal(jobDate(new Date(2026, 0, 5, 23, 59)), '2026-01-05');
  });

  it('gives a sticker its die-cut line on the CutContour separation, overprinting, and paints everything else in CMYK', async () => {
    writeFileSync(join(work, 'stickers.csv'), 'name,channel,placement,template,label\nshop_1,@brand,shop_1,sticker,가게 1\n');
    const { code } = await batch(join(work, 'stickers.csv'), '-o', join(work, 'stickers'), '--format', 'pdf', '--bleed', '3mm');
    assert.equal(code, 0);
    const pdf = pdfText(readFileSync(join(work, 'stickers/shop_1.pdf')));
    const separation =
      /(\d+) 0 obj\n\[\/Separation \/CutContour \/DeviceCMYK << \/FunctionType 2 \/Domain \[0 1\] \/C0 \[0 0 0 0\] \/C1 \[0 1 0 0\] \/N 1 >>\]/.exec(
        pdf,
      );
    assert.ok(separation, 'a Separation named CutContour, 100 % magenta as its alternate');
    const space = new RegExp(`/ColorSpace << /(\\w+) ${separation[1]} 0 R >>`).exec(pdf);
    assert.ok(space, 'the page names the separation');
    const overprint = /(\d+) 0 obj\n<< \/Type \/ExtGState \/OP true \/op true \/OPM 1 >>/.exec(pdf);
    assert.ok(overprint, 'an overprinting graphics state');
    // Its own path: set the state and the ink, stroke one closed path, nothing else in that group.
    const cut = new RegExp(`q /(\\w+) gs /${space[1]} CS 1 SCN\\n[\\d.]+ w\\n([^Q]*?)\\nS Q`).exec(pdf);
    assert.ok(cut, 'the die-cut line is stroked in CutContour');
    assert.match(pdf, new RegExp(`/${cut[1]} ${overprint[1]} 0 R`), 'with overprint on');
    assert.match(cut[2]!, /^[\d. ]+ m\n[^m]*\nh$/, 'one closed path');
    assert.doesNotMatch(pdf, / (rg|RG|g|G|sc|SC)\n/, 'no RGB or grey paint: every colour is CMYK');
    assert.match(pdf, /q 0 0 0 0 k\n/, 'the white background is CMYK too (no ink)');
  });
});
