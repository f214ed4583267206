// The PNG renderer, read back with an independent PNG decoder and QR reader.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { ConsultInputError } from '../../../src/core/errors.js';
import { buildLaunch } from '../../../src/core/launch/launch.js';
import { qrMatrix, qrSvg, qrSymbol } from '../../../src/core/qr/qr.js';
import { qrPng, type QrPngOptions } from '../../../src/node/cli/qr-png.js';

const KOREAN_EXTRA = '상담예약번호가나다라마바사아자차카타파하거너더러머버서어저처커터퍼허고노도로모보소오조초코토포호구누';
const KOREAN = buildLaunch({ channel: '@sk렌터카new고객센터', extra: KOREAN_EXTRA }).url;
const PLAIN = buildLaunch({ channel: '@mybrand', extra: 'p=home' }).url;

function decode(png: Buffer): { image: PNG; text: string | null } {
  const image = PNG.sync.read(png);
  const pixels = new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length);
  return { image, text: jsQR(pixels, image.width, image.height, { inversionAttempts: 'dontInvert' })?.data ?? null };
}

function pixel(image: PNG, x: number, y: number): number[] {
  const index = (y * image.width + x) * 4;
  return [...image.data.subarray(index, index + 4)];
}

/** A 40×40 logo: a Kakao-yellow square with a black centre, transparent corners. */
function logoPng(): Buffer {
  const logo = new PNG({ width: 40, height: 40 });
  for (let y = 0; y < 40; y++) {
    for (let x = 0; x < 40; x++) {
      const corner = (x < 4 || x >= 36) && (y < 4 || y >= 36);
      const centre = x >= 15 && x < 25 && y >= 15 && y < 25;
      logo.data.set(corner ? [0, 0, 0, 0] : centre ? [0, 0, 0, 255] : [254, 229, 0, 255], (y * 40 + x) * 4);
    }
  }
  return PNG.sync.write(logo);
}

function refusal(options: QrPngOptions, text = PLAIN): ConsultInputError {
  try {
    qrPng(text, options);
  } catch (error) {
    assert.ok(error instanceof ConsultInputError, `expected a ConsultInputError, got ${String(error)}`);
    return error;
  }
  assert.fail(`expected ${JSON.stringify(options)} to be refused`);
}

describe('qrPng', () => {
  it('the test extra is 50 characters of Korean', () => {
    assert.equal(KOREAN_EXTRA.length, 50);
  });

  for (const px of [256, 1024]) {
    for (const [name, url] of [
      ['plain', PLAIN],
      ['Korean channel and extra', KOREAN],
    ]) {
      it(`decodes to exactly the launch URL at ${px} px (${name})`, () => {
        const { image, text } = decode(qrPng(url, { px }));
        assert.equal(text, url);
        const { extent } = qrSymbol(url);
        assert.equal(image.width, image.height);
        assert.equal(image.width % extent, 0, 'modules are whole pixels');
        assert.ok(Math.abs(image.width - px) <= extent / 2, `${image.width} is the multiple of ${extent} nearest ${px}`);
      });
    }
  }

  it('keeps modules at least one pixel when the target is smaller than the code', () => {
    const { image, text } = decode(qrPng(PLAIN, { px: 10, margin: 4 }));
    assert.equal(image.width, qrSymbol(PLAIN).extent);
    assert.equal(text, PLAIN);
  });

  for (const ecc of ['L', 'M', 'Q', 'H'] as const) {
    it(`decodes at level ${ecc}`, () => {
      assert.equal(decode(qrPng(KOREAN, { ecc, px: 512 })).text, KOREAN);
    });
  }

  for (const margin of [0, 1, 4, 10]) {
    it(`draws a ${margin}-module quiet zone`, () => {
      const png = qrPng(PLAIN, { margin, px: 400 });
      const { image } = decode(png);
      const scale = image.width / qrSymbol(PLAIN, { margin }).extent;
      // The finder pattern's dark corner starts right after the quiet zone.
      assert.deepEqual(pixel(image, margin * scale, margin * scale), [0, 0, 0, 255]);
      if (margin > 0) {
        assert.deepEqual(pixel(image, margin * scale - 1, margin * scale - 1), [255, 255, 255, 255]);
        assert.equal(decode(png).text, PLAIN);
      }
    });
  }

  it('paints custom colours and still decodes', () => {
    for (const [dark, light] of [
      ['#1e3a8a', '#fef9c3'],
      ['#3C1E1E', '#FEE500'],
      ['#000', '#fff'],
    ]) {
      const { image, text } = decode(qrPng(KOREAN, { dark, light, px: 300 }));
      assert.equal(text, KOREAN, `${dark} on ${light}`);
      const hex = (color: string) =>
        color.length === 4
          ? [1, 2, 3].map((i) => parseInt(color[i] + color[i], 16))
          : [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
      assert.deepEqual(pixel(image, 0, 0), [...hex(light), 255]);
      const scale = image.width / qrSymbol(KOREAN).extent;
      assert.deepEqual(pixel(image, 4 * scale, 4 * scale), [...hex(dark), 255]);
    }
  });

  it('keeps a translucent light ground translucent, with dark laid over it', () => {
    const { image, text } = decode(qrPng(PLAIN, { light: '#ffffff00', dark: '#00000080', px: 300 }));
    assert.deepEqual(pixel(image, 0, 0), [255, 255, 255, 0]);
    const scale = image.width / qrSymbol(PLAIN).extent;
    assert.deepEqual(pixel(image, 4 * scale, 4 * scale), [0, 0, 0, 128]);
    assert.equal(text, PLAIN);
  });

  it('writes a code without a logo as a 1-bit indexed PNG, a fraction of the size of RGB', () => {
    const png = qrPng(KOREAN, { px: 1024 });
    // IHDR: bit depth 1, colour type 3 (indexed).
    assert.deepEqual([png[24], png[25]], [1, 3]);
    const { image, text } = decode(png);
    assert.equal(text, KOREAN);
    const rgb = PNG.sync.write(image, { colorType: 2 });
    assert.ok(png.length * 3 < rgb.length, `${png.length} bytes, ${rgb.length} as RGB`);
  });

  it('composites a logo in the centre on a light pad, forces level H and still decodes', () => {
    for (const url of [PLAIN, KOREAN]) {
      for (const logoSize of [0.15, 0.2, 0.25]) {
        const png = qrPng(url, { logo: logoPng(), logoSize, px: 600, ecc: 'L' });
        const { image, text } = decode(png);
        assert.equal(text, url, `${url} with a ${logoSize} logo`);
        const symbol = qrSymbol(url, { logo: logoSize });
        assert.equal(symbol.ecc, 'H');
        assert.equal(image.width % symbol.extent, 0, 'the level-H symbol was drawn');
        const middle = Math.floor(image.width / 2);
        assert.deepEqual(pixel(image, middle, middle), [0, 0, 0, 255], "the logo's black centre");
        const logoPixels = (symbol.logo!.image.size * image.width) / symbol.extent;
        assert.deepEqual(pixel(image, middle, Math.round(middle - logoPixels * 0.35)), [254, 229, 0, 255], "the logo's yellow");
        // A transparent corner of the logo shows the light pad, not modules.
        const corner = Math.round(middle - logoPixels / 2 + 1);
        assert.deepEqual(pixel(image, corner, corner), [255, 255, 255, 255]);
      }
    }
  });

  it('differs from the code without a logo only inside the pad', () => {
    const px = 49 * 8;
    const url = PLAIN;
    const bare = PNG.sync.read(qrPng(url, { ecc: 'H', px }));
    const withLogo = PNG.sync.read(qrPng(url, { logo: logoPng(), logoSize: 0.25, px }));
    const symbol = qrSymbol(url, { logo: 0.25 });
    const scale = bare.width / symbol.extent;
    const from = (symbol.margin + symbol.logo!.pad.start) * scale;
    const to = from + symbol.logo!.pad.size * scale;
    for (let y = 0; y < bare.height; y += 2) {
      for (let x = 0; x < bare.width; x += 2) {
        if (x >= from && x < to && y >= from && y < to) continue;
        assert.deepEqual(pixel(withLogo, x, y), pixel(bare, x, y), `${x},${y}`);
      }
    }
  });

  it('draws the same modules as the SVG of the same text', () => {
    for (const options of [{}, { ecc: 'Q' as const, margin: 2 }, { ecc: 'L' as const, margin: 0 }]) {
      const symbol = qrSymbol(KOREAN, options);
      const { image } = decode(qrPng(KOREAN, { ...options, px: symbol.extent * 3 }));
      const d = /<path d="([^"]+)"/.exec(qrSvg(KOREAN, options))![1];
      const fromSvg = new Set<string>();
      for (const [, x, y, length] of d.matchAll(/M(\d+) (\d+)h(\d+)v1H\d+z/g)) {
        for (let i = 0; i < Number(length); i++) fromSvg.add(`${Number(x) + i},${y}`);
      }
      const fromPng = new Set<string>();
      for (let y = 0; y < symbol.extent; y++) {
        for (let x = 0; x < symbol.extent; x++) {
          // Sample each module's centre pixel.
          if (pixel(image, x * 3 + 1, y * 3 + 1)[0] === 0) fromPng.add(`${x},${y}`);
        }
      }
      assert.deepEqual(fromPng, fromSvg);
      assert.ok(fromPng.size > qrMatrix(KOREAN, options).size, 'a real symbol');
    }
  });

  describe('refusals', () => {
    it('refuses dark and light too close to read', () => {
      for (const [dark, light, field] of [
        ['#777777', '#888888', 'dark'],
        [undefined, '#555555', 'light'],
        ['#aaaaaa', undefined, 'dark'],
        ['#fee500', undefined, 'dark'],
      ] as const) {
        const error = refusal({ dark, light });
        assert.equal(error.field, field, `${dark} on ${light}`);
        assert.match(error.message, /contrast ratio of \d\.\d\d:1; QR readers need at least 3:1/);
      }
    });

    it('refuses an inverted code', () => {
      assert.match(refusal({ dark: '#fff', light: '#000' }).message, /lighter than light/);
    });

    it('refuses malformed colours', () => {
      for (const dark of ['black', '#12345', 'rgb(0 0 0)']) assert.equal(refusal({ dark }).field, 'dark');
    });

    it('refuses bad sizes and margins', () => {
      for (const px of [0, -1, Number.NaN, 5000]) assert.equal(refusal({ px }).field, 'px', String(px));
      for (const margin of [-1, 2.5, 17]) assert.equal(refusal({ margin }).field, 'margin', String(margin));
      assert.equal(refusal({ ecc: 'Z' }).field, 'ecc');
    });

    it('refuses a logo that is no PNG, too large or too wide', () => {
      assert.match(refusal({ logo: Buffer.from('GIF89a not a png at all, clearly') }).message, /not a PNG file/);
      const truncated = logoPng().subarray(0, 60);
      assert.match(refusal({ logo: truncated }).message, /not a readable PNG/);
      const huge = Buffer.from(logoPng());
      huge.writeUInt32BE(100_000, 16);
      assert.match(refusal({ logo: huge }).message, /100000×40 pixels; at most 4096/);
      assert.equal(refusal({ logo: logoPng(), logoSize: 0.3 }).field, 'logo');
      assert.equal(refusal({ logo: 'logo.png' as unknown as Buffer }).field, 'logo');
    });

    it("refuses text too long for a code, counting the logo's level H", () => {
      assert.equal(refusal({}, 'x'.repeat(3000)).field, 'text');
      const error = refusal({ logo: logoPng() }, 'x'.repeat(1300));
      assert.match(error.message, /1300 bytes, too long for a QR code at error correction "H" \(it holds 1273 bytes/);
    });
  });
});
