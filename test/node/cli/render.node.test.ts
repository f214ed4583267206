// A code's PDF as the CLI writes it: a bare code's drawing (a few kilobytes) as it is, a card's
// outlined text deflated; both decode after poppler renders them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveCode } from '../../../src/core/print/printed-code.js';
import { loadOutliner } from '../../../src/node/cli/font.js';
import { renderCode, STORED_STREAM_BYTES } from '../../../src/node/cli/render.js';
import { decodePdf } from '../../support/pdf.mjs';
import { ensurePoppler } from '../../support/poppler.mjs';

/** Each stream's length, and whether it is deflated. */
const streams = (pdf: Uint8Array) =>
  [...new TextDecoder('latin1').decode(pdf).matchAll(/<< [^\n]*?(\/Filter \/FlateDecode )?\/Length (\d+) >>\nstream\n/g)].map(
    ([, filter, length]) => ({ deflated: filter !== undefined, length: Number(length) }),
  );

describe('renderCode, PDF', () => {
  it('writes a bare code’s drawing as it is and deflates a card’s text', async () => {
    ensurePoppler();
    const input = { channel: '@brand', placement: 'poster_1', format: 'pdf' };
    const bare = renderCode(resolveCode(input));
    assert.deepEqual(
      streams(bare).map(({ deflated }) => deflated),
      [false],
    );
    assert.ok(streams(bare)[0]!.length <= STORED_STREAM_BYTES);
    const card = renderCode(resolveCode({ ...input, template: 'card', caption: '매장 입구' }), { outliner: await loadOutliner() });
    assert.ok(streams(card).some(({ deflated, length }) => deflated && length > 0));
    const url = resolveCode(input).launch.url;
    assert.equal(decodePdf(bare, 300), url);
    assert.equal(decodePdf(card, 200), url);
  });
});
