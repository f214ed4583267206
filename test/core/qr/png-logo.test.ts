import { expect } from '@open-wc/testing';
import { ConsultInputError } from '../../../src/core/errors.js';
import { PNG_SIGNATURE } from '../../../src/core/qr/png-chunk.js';
import { pngLogoSize } from '../../../src/core/qr/png-logo.js';

/** A PNG from the browser's own encoder. */
async function canvasPng(width: number, height: number): Promise<Uint8Array> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((result) => resolve(result!), 'image/png'));
  return new Uint8Array(await blob.arrayBuffer());
}

/** The signature and an IHDR header claiming a size: all the check reads. */
function header(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(33);
  bytes.set(PNG_SIGNATURE);
  const view = new DataView(bytes.buffer);
  view.setUint32(8, 13);
  bytes.set(new TextEncoder().encode('IHDR'), 12);
  view.setUint32(16, width);
  view.setUint32(20, height);
  return bytes;
}

function refusal(bytes: Uint8Array): ConsultInputError {
  try {
    pngLogoSize(bytes);
  } catch (error) {
    expect(error).to.be.instanceOf(ConsultInputError);
    expect((error as ConsultInputError).field).to.equal('logo');
    return error as ConsultInputError;
  }
  throw new Error('expected a refusal');
}

describe('pngLogoSize', () => {
  it("reads a PNG's width and height from its header", async () => {
    expect(pngLogoSize(await canvasPng(40, 20))).to.deep.equal({ width: 40, height: 20 });
    // A view into a larger buffer reads from its own start.
    const png = await canvasPng(7, 9);
    const padded = new Uint8Array(png.length + 5);
    padded.set(png, 5);
    expect(pngLogoSize(padded.subarray(5))).to.deep.equal({ width: 7, height: 9 });
  });

  it('refuses JPEG, SVG, GIF and truncated bytes by their signature', () => {
    const notPng = [
      Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, ...new Array(40).fill(0)]),
      new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>'),
      new TextEncoder().encode('GIF89a, not a PNG at all, really not'),
      header(10, 10).subarray(0, 23),
    ];
    for (const bytes of notPng) expect(refusal(bytes).message).to.equal('logo is not a PNG file (its signature is missing).');
  });

  it('refuses more than 4096 pixels a side before anything decodes it', () => {
    expect(pngLogoSize(header(4096, 4096))).to.deep.equal({ width: 4096, height: 4096 });
    expect(refusal(header(4097, 10)).message).to.equal('logo is 4097×10 pixels; at most 4096 a side is accepted.');
    expect(refusal(header(10, 100000)).message).to.contain('10×100000 pixels');
  });
});
