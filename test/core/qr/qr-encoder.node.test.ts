// The quick encoder against the `qrcode` package itself: every symbol must be its symbol, byte
// for byte, whether the text's shape was met before (fixed mask, re-masked here) or not.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import QRCode from 'qrcode';
import { createQrEncoder, textShape } from '../../../src/core/qr/qr-encoder.js';
import type { QrEcc } from '../../../src/core/qr/qr.js';

const LEVELS: QrEcc[] = ['L', 'M', 'Q', 'H'];

/** The package's own symbol, as a user of `qrcode` gets it. */
const reference = (text: string, ecc: QrEcc) => Buffer.from(QRCode.create(text, { errorCorrectionLevel: ecc }).modules.data);

function assertSame(encode: ReturnType<typeof createQrEncoder>, text: string, ecc: QrEcc): void {
  const modules = encode(text, ecc);
  assert.deepEqual(Buffer.from(modules.data), reference(text, ecc), `${JSON.stringify(text)} at ${ecc}`);
  assert.equal(modules.size * modules.size, modules.data.length);
}

// Characters of every class the segmenter tells apart: digits, the alphanumeric set, other ASCII, two- and three-byte UTF-8.
const CHARACTERS = [...'0123456789', ...'ABCXYZ $%*+-./:', ...'abcxyz_?=&#@\n', ...'éß', ...'상담카톡'];
const character = fc.constantFrom(...CHARACTERS);
/** A character of the same class as `sample`, so the text keeps its shape. */
const sameClass = (sample: string) => fc.constantFrom(...CHARACTERS.filter((other) => textShape(other) === textShape(sample)));

describe('createQrEncoder', () => {
  it('gives the qrcode package’s symbol for texts of one shape, the first encoded by the package and the rest re-masked', () => {
    fc.assert(
      fc.property(
        fc
          .array(character, { minLength: 1, maxLength: 120 })
          .chain((first) =>
            fc.tuple(fc.constant(first.join('')), fc.array(fc.tuple(...first.map(sameClass)), { minLength: 1, maxLength: 4 })),
          ),
        fc.constantFrom(...LEVELS),
        ([first, others], ecc) => {
          const encode = createQrEncoder();
          assertSame(encode, first, ecc);
          for (const other of others) assertSame(encode, other.join(''), ecc);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the package’s symbol for a batch’s launch URLs at every level, mostly from the shape it met first', () => {
    const encode = createQrEncoder();
    for (const ecc of LEVELS)
      for (let index = 1; index <= 120; index++) {
        const name = `poster_${String(index).padStart(4, '0')}`;
        assertSame(encode, `https://bizmessage.kakao.com/chat/open/@brand?extra=p%3D${name}%3Bc%3Dspring26`, ecc);
      }
  });

  it('gives the package’s symbol for text with surrogate pairs (the package’s own path), and fails where it fails', () => {
    const encode = createQrEncoder();
    for (const text of ['상담 😀 1234', '😀😀', 'A😀B']) for (const ecc of LEVELS) assertSame(encode, text, ecc);
    assert.throws(() => encode('x'.repeat(3000), 'H'), /too big|cannot contain/i);
  });

  it('stays right past the shapes it keeps, and across levels of one shape', () => {
    const encode = createQrEncoder();
    for (let length = 1; length <= 300; length++) assertSame(encode, `${'a'.repeat(length)}1`, length % 2 ? 'M' : 'L');
    for (const ecc of LEVELS) assertSame(encode, 'https://example.com/?q=ABC123', ecc);
    for (const ecc of LEVELS) assertSame(encode, 'https://example.com/?q=XYZ987', ecc);
  });
});

describe('textShape', () => {
  it('names each code unit’s class as the segmenter reads it', () => {
    assert.equal(textShape('09AZ $%*+-./:az_é상'), '99AAAAAAAAAAA11123');
    assert.equal(textShape(''), '');
    assert.equal(textShape('a😀'), undefined);
  });
});
