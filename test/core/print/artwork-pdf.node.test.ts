// A code's modules in a PDF: drawn on the module grid (one `cm`, then whole-number runs), every
// run where qrRuns puts it, the grid scaled to the code's exact print size. Read from the page's
// content stream, written uncompressed here.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deflateSync, inflateSync } from 'node:zlib';
import { artworkPdf } from '../../../src/core/print/artwork-pdf.js';
import { artworkFrame, drawArtwork } from '../../../src/core/print/artwork.js';
import { qrRuns, qrSymbol } from '../../../src/core/qr/qr.js';

/** The page's content: the one stream without a dictionary of its own. */
function content(pdf: Uint8Array): string {
  const text = new TextDecoder().decode(pdf);
  return /<< {2}\/Length \d+ >>\nstream\n([\s\S]*?)\nendstream/.exec(text)![1]!;
}

/** The grid's scale and origin, and the runs drawn on it. */
function grid(stream: string) {
  const [, scale, x, y, body] = /\n([\d.]+) 0 0 \1 ([\d.]+) ([\d.]+) cm\n([\s\S]*?)\nf Q/.exec(stream)!;
  const runs = body!.split('\n').map((line) => {
    const [, rx, ry, length] = /^(\d+) (\d+) (\d+) 1 re$/.exec(line)!;
    return { x: Number(rx), y: Number(ry), length: Number(length) };
  });
  return { scale: Number(scale), x: Number(x), y: Number(y), runs };
}

describe('artworkPdf, a code on its module grid', () => {
  for (const [text, margin, sideMm] of [
    ['https://bizmessage.kakao.com/chat/open/@brand?extra=p%3Dposter_0001', 4, 30],
    // Version 40 with the widest quiet zone: coordinates of three digits.
    ['x'.repeat(2300), 16, 120],
  ] as const) {
    it(`draws each run in whole modules where qrRuns has it (${sideMm} mm, quiet zone ${margin})`, () => {
      const symbol = qrSymbol(text, { margin });
      const drawn = grid(content(artworkPdf(drawArtwork(symbol, { template: 'code', sideMm }))));
      assert.deepEqual(
        drawn.runs,
        qrRuns(symbol.matrix).map(({ x, y, length }) => ({ x: x + margin, y: y + margin, length })),
      );
      assert.deepEqual([drawn.x, drawn.y], [0, 0]);
      // The grid spans the code's side to well under a micrometre.
      assert.ok(Math.abs(drawn.scale * symbol.extent - sideMm) < 1e-4, `${drawn.scale} × ${symbol.extent}`);
    });
  }

  it('places the grid at the code on a card', () => {
    const symbol = qrSymbol('https://bizmessage.kakao.com/chat/open/@brand');
    const outliner = { missing: () => [], width: () => 10, outline: () => [] };
    const drawn = grid(content(artworkPdf(drawArtwork(symbol, { template: 'card' }, outliner))));
    const { code } = artworkFrame('card', undefined, 'a6', false);
    assert.deepEqual([drawn.x, drawn.y], [code.x, code.y]);
    assert.ok(Math.abs(drawn.scale * symbol.extent - code.side) < 1e-4);
  });

  it('writes a stream its deflate declines as it is, and one it compresses as FlateDecode', () => {
    const drawing = drawArtwork(qrSymbol('https://bizmessage.kakao.com/chat/open/@brand'), { template: 'code' });
    const stored = content(artworkPdf(drawing, () => undefined));
    const packed = new TextDecoder('latin1').decode(artworkPdf(drawing, (data) => deflateSync(data)));
    const [, length, rest] = /<< {2}\/Filter \/FlateDecode \/Length (\d+) >>\nstream\n([\s\S]*)/.exec(packed)!;
    assert.equal(inflateSync(Buffer.from(rest!.slice(0, Number(length)), 'latin1')).toString('latin1'), stored);
  });
});
