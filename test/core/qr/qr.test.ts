import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ConsultInputError } from '../../../src/core/errors.js';
import { buildLaunch, type LaunchOptions } from '../../../src/core/launch/launch.js';
import {
  contrastRatio,
  escapeAttribute,
  qrColors,
  qrLogoBox,
  qrLogoPixels,
  qrMatrix,
  qrRuns,
  qrSvg,
  qrSvgPath,
  qrSymbol,
  type QrEcc,
  type QrMatrix,
  type QrSvgOptions,
} from '../../../src/core/qr/qr.js';
import { decodeSvg, pixelsOfSvg } from '../../support/decode-qr.js';

const KOREAN_EXTRA = '상담예약번호가나다라마바사아자차카타파하거너더러머버서어저처커터퍼허고노도로모보소오조초코토포호구누';

/** Renders at four pixels a module, enough for any reader, and decodes. */
async function roundTrip(text: string, options: QrSvgOptions = {}): Promise<string | null> {
  const margin = options.margin ?? 4;
  const extent = qrSymbol(text, { ecc: options.logo ? 'H' : options.ecc, margin }).extent;
  return decodeSvg(qrSvg(text, { ...options, size: extent * 4 }), extent * 4);
}

function parse(markup: string): SVGSVGElement {
  const document = new DOMParser().parseFromString(markup, 'image/svg+xml');
  // Assert on text: a failing assertion on a DOM node stalls the test runner's reporter.
  expect(document.querySelector('parsererror')?.textContent ?? null, 'well-formed XML').to.equal(null);
  return document.documentElement as unknown as SVGSVGElement;
}

/** A matrix from rows of `#` (dark) and `.` (light). */
function matrixOf(rows: string[]): QrMatrix {
  return { size: rows.length, get: (x, y) => rows[y]?.[x] === '#' };
}

/** The dark cells a path `d` of `M x y h n v1 H x z` rectangles covers, as `x,y` keys. */
function cellsOf(d: string): Set<string> {
  const cells = new Set<string>();
  for (const [, x, y, length] of d.matchAll(/M(\d+) (\d+)h(\d+)v1H\1z/g)) {
    for (let i = 0; i < Number(length); i++) cells.add(`${Number(x) + i},${y}`);
  }
  expect(d.replace(/M(\d+) (\d+)h(\d+)v1H\1z/g, ''), 'nothing but run rectangles').to.equal('');
  return cells;
}

function darkCells(matrix: QrMatrix, margin: number): Set<string> {
  const cells = new Set<string>();
  for (let y = 0; y < matrix.size; y++) {
    for (let x = 0; x < matrix.size; x++) if (matrix.get(x, y)) cells.add(`${x + margin},${y + margin}`);
  }
  return cells;
}

function refusal(run: () => unknown): ConsultInputError {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(ConsultInputError);
    return error as ConsultInputError;
  }
  throw new Error('expected a refusal');
}

/** A small opaque logo as a PNG data URL: a red square with a white dot. */
function pngLogo(): string {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 32;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#e11d48';
  context.fillRect(0, 0, 32, 32);
  context.fillStyle = '#fff';
  context.beginPath();
  context.arc(16, 16, 6, 0, Math.PI * 2);
  context.fill();
  return canvas.toDataURL('image/png');
}

const CONTEXTS: [string, LaunchOptions][] = [
  ['a plain channel', { channel: '@mybrand' }],
  ['a Korean channel', { channel: '@sk렌터카new고객센터' }],
  ['a Korean channel with a 50-character Korean extra', { channel: '@sk렌터카new고객센터', extra: KOREAN_EXTRA }],
  [
    'packed extra, chatbot and event',
    { channel: '@nze3mzc4mwjlc3r', extra: 'userKey=12,HOME_PAGE_DVCD=0300,LAST_PAGE=/a?b', bot: 'true', event: '배송문의' },
  ],
  ['a dealer endpoint', { channel: '@brand', endpoint: 'https://dealer.example/kakao/open', bot: 'auto' }],
];

describe('QR codes', () => {
  it('the test extra is 50 characters of Korean', () => {
    expect(KOREAN_EXTRA).to.have.length(50);
    expect(/^[가-힣]+$/.test(KOREAN_EXTRA)).to.equal(true);
  });

  describe('qrMatrix', () => {
    it('encodes short text as a 21-module version-1 symbol with its finder patterns', () => {
      const matrix = qrMatrix('hello');
      expect(matrix.size).to.equal(21);
      // Finder pattern: dark ring at 0 and 6, light ring at 1 and 5, dark core 2–4; light separator at 7.
      for (const [x, y, dark] of [
        [0, 0, true],
        [6, 6, true],
        [1, 1, false],
        [3, 3, true],
        [7, 7, false],
        [20, 0, true],
        [0, 20, true],
      ] as const) {
        expect(matrix.get(x, y), `${x},${y}`).to.equal(dark);
      }
    });

    it('reads outside the symbol as light (the quiet zone)', () => {
      const matrix = qrMatrix('hello');
      expect([matrix.get(-1, 0), matrix.get(0, -1), matrix.get(21, 0), matrix.get(0, 21)]).to.deep.equal([false, false, false, false]);
      expect(matrix.get(0.5, 0), 'between modules').to.equal(false);
    });

    it('grows with the error-correction level', () => {
      const { url } = buildLaunch(CONTEXTS[2][1]);
      const sizes = (['L', 'M', 'Q', 'H'] as const).map((ecc) => qrMatrix(url, { ecc }).size);
      expect(sizes).to.deep.equal([...sizes].sort((a, b) => a - b));
      expect(sizes[3]).to.be.above(sizes[0]);
    });

    it('is deterministic: the same text and level give the same modules', () => {
      const { url } = buildLaunch(CONTEXTS[1][1]);
      expect(qrSvgPath(qrMatrix(url, { ecc: 'Q' }))).to.equal(qrSvgPath(qrMatrix(url, { ecc: 'Q' })));
    });

    it('refuses empty text and unknown levels', () => {
      expect(refusal(() => qrMatrix('')).field).to.equal('text');
      for (const ecc of ['X', 'm', 'high', ' M']) {
        const error = refusal(() => qrMatrix('hello', { ecc }));
        expect(error.field, ecc).to.equal('ecc');
        expect(error.message).to.contain('"L", "M", "Q" or "H"');
      }
    });

    it('refuses text too long for any QR code, saying how long it is', () => {
      const error = refusal(() => qrMatrix('x'.repeat(2954), { ecc: 'L' }));
      expect(error.field).to.equal('text');
      expect(error.message).to.equal(
        'text is 2954 bytes, too long for a QR code at error correction "L" (it holds 2953 bytes of any text, more of digits and upper-case letters): shorten it.',
      );
      expect(qrMatrix('x'.repeat(2953), { ecc: 'L' }).size).to.equal(177);
    });

    it('counts UTF-8 bytes and suggests a lower level when one would do', () => {
      const error = refusal(() => qrMatrix('가'.repeat(500), { ecc: 'H' }));
      expect(error.message).to.contain('text is 1500 bytes').and.contain('"H"').and.contain('or use a lower level');
      expect(qrMatrix('가'.repeat(500), { ecc: 'L' }).size).to.be.above(0);
    });

    it('packs percent-encoded URLs densely: upper-case hex runs take the alphanumeric mode', () => {
      // 1500 bytes of percent-encoded Korean would not fit level H as bytes (1273 at most).
      const encoded = encodeURIComponent('가'.repeat(166));
      expect(encoded).to.have.length(1494);
      expect(qrMatrix(encoded, { ecc: 'H' }).size).to.be.at.most(177);
    });

    it('refuses a megabyte of input at once', () => {
      const started = performance.now();
      expect(refusal(() => qrMatrix('x'.repeat(1_000_000))).field).to.equal('text');
      expect(performance.now() - started).to.be.below(200);
    });
  });

  describe('qrSvgPath', () => {
    it("merges each row's adjacent dark modules into one rectangle", () => {
      const matrix = matrixOf(['##.#', '....', '####', '.#..']);
      expect(qrSvgPath(matrix, 0)).to.equal('M0 0h2v1H0zM3 0h1v1H3zM0 2h4v1H0zM1 3h1v1H1z');
      expect(qrRuns(matrix)).to.deep.equal([
        { x: 0, y: 0, length: 2 },
        { x: 3, y: 0, length: 1 },
        { x: 0, y: 2, length: 4 },
        { x: 1, y: 3, length: 1 },
      ]);
    });

    it('shifts by the margin (4 modules by default)', () => {
      expect(qrSvgPath(matrixOf(['#.', '.#']))).to.equal('M4 4h1v1H4zM5 5h1v1H5z');
      expect(qrSvgPath(matrixOf(['#.', '.#']), 1)).to.equal('M1 1h1v1H1zM2 2h1v1H2z');
    });

    it('covers exactly the dark modules, with maximal runs', () => {
      fc.assert(
        fc.property(
          fc
            .integer({ min: 1, max: 12 })
            .chain((size) => fc.array(fc.boolean(), { minLength: size * size, maxLength: size * size }).map((bits) => ({ size, bits }))),
          fc.integer({ min: 0, max: 16 }),
          ({ size, bits }, margin) => {
            const matrix: QrMatrix = { size, get: (x, y) => x >= 0 && y >= 0 && x < size && y < size && bits[y * size + x] };
            const d = qrSvgPath(matrix, margin);
            expect(cellsOf(d)).to.deep.equal(darkCells(matrix, margin));
            // Maximal: no run ends where the next one in its row starts.
            const runs = qrRuns(matrix);
            runs.forEach((run, index) => {
              const next = runs[index + 1];
              if (next && next.y === run.y) expect(next.x).to.be.above(run.x + run.length);
            });
          },
        ),
        { numRuns: 200 },
      );
    });

    it('draws a real symbol in far fewer rectangles than it has dark modules', () => {
      const matrix = qrMatrix(buildLaunch(CONTEXTS[2][1]).url);
      const d = qrSvgPath(matrix);
      expect(cellsOf(d)).to.deep.equal(darkCells(matrix, 4));
      expect(d.split('M').length - 1).to.be.below(darkCells(matrix, 0).size * 0.6);
    });

    it('refuses a margin that is not a whole number from 0 to 16', () => {
      for (const margin of [-1, 1.5, 17, Number.NaN]) {
        expect(refusal(() => qrSvgPath(matrixOf(['#']), margin)).field, String(margin)).to.equal('margin');
      }
    });
  });

  describe('qrSvg decodes to exactly the launch URL', () => {
    for (const [name, options] of CONTEXTS) {
      for (const ecc of ['L', 'M', 'Q', 'H'] as QrEcc[]) {
        it(`${name}, level ${ecc}`, async () => {
          const { url } = buildLaunch(options);
          expect(await roundTrip(url, { ecc })).to.equal(url);
        });
      }
    }

    it('with margins 0, 2 and 8 (on a white page)', async () => {
      const { url } = buildLaunch(CONTEXTS[1][1]);
      for (const margin of [0, 2, 8]) expect(await roundTrip(url, { margin }), `margin ${margin}`).to.equal(url);
    });

    it('in custom colours, short and long hex, and translucent ink', async () => {
      const { url } = buildLaunch(CONTEXTS[2][1]);
      for (const [dark, light] of [
        ['#1e3a8a', '#fef9c3'],
        ['#003', '#ffe'],
        ['#000000cc', '#ffffff'],
        ['#3C1E1E', '#FEE500'],
      ]) {
        expect(await roundTrip(url, { dark, light }), `${dark} on ${light}`).to.equal(url);
      }
    });

    it('with a PNG logo in the centre, which forces level H', async () => {
      const { url } = buildLaunch(CONTEXTS[2][1]);
      const href = pngLogo();
      const markup = qrSvg(url, { ecc: 'L', logo: { href, size: 0.25 } });
      const symbol = qrSymbol(url, { ecc: 'H' });
      expect(parse(markup).getAttribute('viewBox')).to.equal(`0 0 ${symbol.extent} ${symbol.extent}`);
      expect(await roundTrip(url, { logo: { href, size: 0.25 } })).to.equal(url);
      expect(await roundTrip(url, { logo: { href } })).to.equal(url);
    });

    it('draws the logo over a light pad in the middle', async () => {
      const { url } = buildLaunch(CONTEXTS[0][1]);
      const markup = qrSvg(url, { logo: { href: pngLogo(), size: 0.25 } });
      const root = parse(markup);
      const image = root.querySelector('image')!;
      const pad = root.querySelectorAll('rect')[1];
      const extent = Number(root.getAttribute('viewBox')!.split(' ')[2]);
      const centre = (x: string | null, width: string | null) => Number(x) + Number(width) / 2;
      expect(centre(image.getAttribute('x'), image.getAttribute('width'))).to.be.closeTo(extent / 2, 0.01);
      expect(centre(pad.getAttribute('x'), pad.getAttribute('width'))).to.equal(extent / 2);
      expect(pad.getAttribute('fill')).to.equal('#ffffff');
      expect(Number(pad.getAttribute('width'))).to.be.above(Number(image.getAttribute('width')));

      // The logo really shows: between its white dot (radius 0.19 of its width) and its edge
      // (0.5), the centre row is the logo's red.
      const pixels = extent * 4;
      const { data } = await pixelsOfSvg(qrSvg(url, { logo: { href: pngLogo(), size: 0.25 }, size: pixels }), pixels);
      const logoWidth = Number(image.getAttribute('width')) * 4;
      const index = ((pixels / 2) * pixels + pixels / 2 - Math.round(logoWidth * 0.35)) * 4;
      [225, 29, 72].forEach((channel, offset) => expect(data[index + offset]).to.be.closeTo(channel, 3));
    });

    it('with an SVG logo', async () => {
      const { url } = buildLaunch(CONTEXTS[1][1]);
      const href = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="5" fill="#fee500"/></svg>')}`;
      expect(await roundTrip(url, { logo: { href, size: 0.2 } })).to.equal(url);
    });

    it('for arbitrary text, Korean and emoji included', async () => {
      await fc.assert(
        fc.asyncProperty(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }), async (text) => {
          expect(await roundTrip(text)).to.equal(text);
        }),
        { numRuns: 25 },
      );
    });
  });

  describe('qrSvg document', () => {
    it('is one standalone SVG: viewBox in modules, crisp edges, a background and one path', () => {
      const { url } = buildLaunch(CONTEXTS[0][1]);
      const root = parse(qrSvg(url, { size: 240 }));
      const extent = qrMatrix(url).size + 8;
      expect(root.namespaceURI).to.equal('http://www.w3.org/2000/svg');
      expect(root.getAttribute('viewBox')).to.equal(`0 0 ${extent} ${extent}`);
      expect([root.getAttribute('width'), root.getAttribute('height')]).to.deep.equal(['240', '240']);
      expect(root.getAttribute('shape-rendering')).to.equal('crispEdges');
      expect([...root.children].map((child) => child.localName)).to.deep.equal(['rect', 'path']);
      expect(root.querySelector('rect')!.getAttribute('fill')).to.equal('#ffffff');
      expect(root.querySelector('path')!.getAttribute('fill')).to.equal('#000000');
      expect(root.querySelector('path')!.getAttribute('d')).to.equal(qrSvgPath(qrMatrix(url)));
    });

    it('scales to its container without a size', () => {
      const root = parse(qrSvg('hello'));
      expect(root.hasAttribute('width')).to.equal(false);
      expect(root.hasAttribute('height')).to.equal(false);
    });

    it('writes colours as #rrggbb, with fill-opacity for an alpha SVG 1.1 viewers understand', () => {
      const root = parse(qrSvg('hello', { dark: '#00000080', light: '#FFE' }));
      const path = root.querySelector('path')!;
      expect(path.getAttribute('fill')).to.equal('#000000');
      expect(path.getAttribute('fill-opacity')).to.equal('0.502');
      expect(root.querySelector('rect')!.getAttribute('fill')).to.equal('#ffffee');
      expect(root.querySelector('rect')!.hasAttribute('fill-opacity')).to.equal(false);
    });

    it('escapes the logo URL so markup in it stays inside the attribute', () => {
      const logo = '<svg xmlns="http://www.w3.org/2000/svg"><rect width=\'1\' height="1"/></svg><script>alert(1)</script>&amp;';
      const href = `data:image/svg+xml,${logo}"/><script>alert(2)</script><image href="`;
      const root = parse(qrSvg('hello', { logo: { href } }));
      expect(root.querySelectorAll('script')).to.have.length(0);
      expect(root.querySelectorAll('image')).to.have.length(1);
      expect(root.querySelector('image')!.getAttribute('href')).to.equal(href);
    });

    it('escapeAttribute leaves no character that ends or opens markup', () => {
      expect(escapeAttribute(`a&b<c>d"e'f`)).to.equal('a&#38;b&#60;c&#62;d&#34;e&#39;f');
    });
  });

  describe('refusals', () => {
    const colours: [string, string | undefined, string | undefined, RegExp][] = [
      ['a colour name', 'red', undefined, /"red" must be a hex colour/],
      ['rgb()', 'rgb(0,0,0)', undefined, /hex colour/],
      ['#rgba', '#0008', undefined, /hex colour/],
      ['five digits', '#00000', undefined, /hex colour/],
      ['not hex', '#ggg', undefined, /hex colour/],
      ['a space', ' #000', undefined, /hex colour/],
      ['an attribute break-out', '#000" onload="alert(1)', undefined, /hex colour/],
      ['a light break-out', undefined, '#fff"/><script>', /hex colour/],
    ];
    for (const [name, dark, light, message] of colours) {
      it(`refuses ${name} as a colour, naming the field`, () => {
        const error = refusal(() => qrSvg('hello', { dark, light }));
        expect(error.field).to.equal(dark === undefined ? 'light' : 'dark');
        expect(error.message).to.match(message);
      });
    }

    it('refuses colours too close to read, naming the one that was changed', () => {
      const grey = refusal(() => qrSvg('hello', { light: '#555555' }));
      expect(grey.field).to.equal('light');
      expect(grey.message).to.match(/contrast ratio of 2\.8\d:1; QR readers need at least 3:1/);
      expect(refusal(() => qrSvg('hello', { dark: '#aaa' })).field).to.equal('dark');
      expect(refusal(() => qrSvg('hello', { dark: '#777', light: '#888' })).field).to.equal('dark');
      // Kakao yellow on white is a pretty but unreadable code.
      expect(refusal(() => qrSvg('hello', { dark: '#fee500' })).message).to.contain('contrast');
      // Faint ink is judged as it looks on the light ground.
      expect(refusal(() => qrSvg('hello', { dark: '#00000033' })).message).to.contain('contrast');
    });

    it('refuses inverted codes (light modules on dark)', () => {
      const error = refusal(() => qrSvg('hello', { dark: '#ffffff', light: '#000000' }));
      expect(error.field).to.equal('dark');
      expect(error.message).to.contain('lighter than light').and.contain('swap');
    });

    it('accepts the smallest readable contrast and measures it the WCAG way', () => {
      expect(contrastRatio([0, 0, 0, 255], [255, 255, 255, 255])).to.equal(21);
      expect(contrastRatio([119, 119, 119, 255], [255, 255, 255, 255])).to.be.closeTo(4.48, 0.01);
      expect(contrastRatio([10, 20, 30, 255], [10, 20, 30, 255])).to.equal(1);
      expect(qrColors('#949494', '#ffffff')).to.deep.equal({ dark: '#949494', light: '#ffffff' });
      expect(refusal(() => qrColors('#959595', '#ffffff')).field).to.equal('dark');
    });

    const hrefs = [
      'https://cdn.example/logo.png',
      '//cdn.example/logo.png',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'data:image/jpeg;base64,AAAA',
      'data:image/png,rawbytes',
      'data:image/png;base64,"onload="alert(1)',
      'data:image/svg+xml;charset=latin1,<svg/>',
      '',
    ];
    for (const href of hrefs) {
      it(`refuses the logo href ${JSON.stringify(href.slice(0, 30))}`, () => {
        const error = refusal(() => qrSvg('hello', { logo: { href } }));
        expect(error.field).to.equal('logo');
        expect(error.message).to.contain('data:image/png;base64 or data:image/svg+xml');
      });
    }

    it('refuses a logo wider than a quarter of the code', () => {
      for (const size of [0.26, 0, -0.1, Number.NaN, 1]) {
        const error = refusal(() => qrSvg('hello', { logo: { href: 'data:image/png;base64,AAAA', size } }));
        expect(error.field, String(size)).to.equal('logo');
        expect(error.message).to.contain('at most 0.25');
      }
    });

    it('places the logo pad on whole modules of the centre', () => {
      for (const size of [21, 25, 57, 97]) {
        const { pad, image } = qrLogoBox(size, 0.25);
        expect(Number.isInteger(pad.start), `${size}`).to.equal(true);
        expect(pad.start * 2 + pad.size).to.equal(size);
        expect(image.size).to.equal(size * 0.25);
        expect(image.start - pad.start).to.be.at.least(0.5);
      }
    });

    it('places a raster logo on whole pixels: the pad on its modules, the image centred with its aspect ratio', () => {
      const box = qrLogoBox(25, 0.2);
      const square = qrLogoPixels(box, 4, 10, 32, 32);
      expect(square.pad).to.deep.equal({
        x: (4 + box.pad.start) * 10,
        y: (4 + box.pad.start) * 10,
        width: box.pad.size * 10,
        height: box.pad.size * 10,
      });
      expect(square.image).to.deep.equal({ x: 140, y: 140, width: 50, height: 50 });
      // A wide logo takes the square's width and sits in the middle of its height.
      const wide = qrLogoPixels(box, 4, 10, 64, 16);
      expect(wide.image).to.deep.equal({ x: 140, y: 158, width: 50, height: 13 });
      // However thin, a logo keeps a pixel.
      expect(qrLogoPixels(box, 4, 1, 4000, 1).image.height).to.equal(1);
      for (const { pad, image } of [square, wide]) {
        for (const value of [...Object.values(pad), ...Object.values(image)]) expect(Number.isInteger(value), `${value}`).to.equal(true);
        expect(image.x).to.be.at.least(pad.x + 5);
        expect(image.x + image.width).to.be.at.most(pad.x + pad.width - 5);
      }
    });

    it('refuses bad sizes and margins, and text too long, naming the option', () => {
      for (const size of [0, -10, Number.NaN, Infinity, 5000])
        expect(refusal(() => qrSvg('hello', { size })).field, String(size)).to.equal('size');
      expect(refusal(() => qrSvg('hello', { margin: 3.5 })).field).to.equal('margin');
      expect(refusal(() => qrSvg('hello', { ecc: 'Z' })).field).to.equal('ecc');
      expect(
        refusal(() => qrSvg('hello', { ecc: 'Z', logo: { href: 'data:image/png;base64,AAAA' } })).field,
        'even when a logo forces H',
      ).to.equal('ecc');
      expect(refusal(() => qrSvg('x'.repeat(1300), { ecc: 'H' })).field).to.equal('text');
      expect(refusal(() => qrSvg('x'.repeat(1300), { logo: { href: 'data:image/png;base64,AAAA' } })).message).to.contain('"H"');
    });
  });
});
