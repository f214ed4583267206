import { expect } from '@open-wc/testing';
import { withPixelDensity } from '../../../src/core/qr/png-density.js';

/** A PNG from the browser's own encoder. */
async function canvasPng(side: number): Promise<Uint8Array> {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = side;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#000';
  context.fillRect(0, 0, side / 2, side / 2);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((result) => resolve(result!), 'image/png'));
  return new Uint8Array(await blob.arrayBuffer());
}

function chunkTypes(png: Uint8Array): string[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const types: string[] = [];
  for (let offset = 8; offset + 12 <= png.length; offset += 12 + view.getUint32(offset)) {
    types.push(String.fromCharCode(...png.subarray(offset + 4, offset + 8)));
  }
  return types;
}

function hex(bytes: Uint8Array): string {
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

describe('withPixelDensity', () => {
  it('writes the pHYs chunk every 72-dpi PNG carries, CRC included', async () => {
    const png = withPixelDensity(await canvasPng(8), 72);
    const at = hex(png).indexOf(hex(new TextEncoder().encode('pHYs'))) / 2 - 4;
    // Length 9, "pHYs", 2835 px/m both ways, unit metre, CRC 0x009a9c18.
    expect(hex(png.subarray(at, at + 21))).to.equal('00000009704859730000' + '0b1300000b1301009a9c18');
  });

  it('puts it right after IHDR, replaces an earlier one, and leaves a PNG the browser still reads', async () => {
    const original = await canvasPng(16);
    const png = withPixelDensity(withPixelDensity(original, 600), 300);
    const types = chunkTypes(png);
    expect(types[0]).to.equal('IHDR');
    expect(types[1]).to.equal('pHYs');
    expect(types.filter((type) => type === 'pHYs')).to.have.length(1);
    expect(png.length).to.equal(original.length + (chunkTypes(original).includes('pHYs') ? 0 : 21));
    const bitmap = await createImageBitmap(new Blob([png], { type: 'image/png' }));
    expect([bitmap.width, bitmap.height]).to.deep.equal([16, 16]);
  });

  it('refuses bytes that are not a PNG', () => {
    expect(() => withPixelDensity(new TextEncoder().encode('GIF89a, not a PNG at all, really not'), 300)).to.throw(
      TypeError,
      'not a PNG file',
    );
  });
});
