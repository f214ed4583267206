import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode } from '@web/test-runner-commands';
import '../../../src/elements/consult-qr/consult-qr.define.js';
import type { KakaoConsultQr } from '../../../src/elements/consult-qr/consult-qr.js';
import type { ConsultProblemDetail } from '../../../src/elements/consult-button/consult-button.js';
import { buildLaunch } from '../../../src/core/launch/launch.js';
import { qrMatrix, qrSvgPath, qrSymbol } from '../../../src/core/qr/qr.js';
import { decodePixels, decodeQrElement as decodeElement, decodeSvg, pixelsOfImage } from '../../support/decode-qr.js';
import { captureConsole } from '../../support/capture-console.js';
import { connectListening } from '../../support/mount.js';

const KOREAN_EXTRA = '상담예약번호가나다라마바사아자차카타파하거너더러머버서어저처커터퍼허고노도로모보소오조초코토포호구누';

const codeOf = (element: KakaoConsultQr) => element.shadowRoot!.querySelector('svg');
// Tests assert on parts' presence as booleans: a failing assertion on a DOM node stalls the test runner's reporter.
const has = (element: KakaoConsultQr, part: string) => element.shadowRoot!.querySelector(`[part~="${part}"]`) !== null;
const buttons = (element: KakaoConsultQr) => [...element.shadowRoot!.querySelectorAll('button')];

interface Download {
  blob: Blob;
  url: string;
  name: string;
}

/** Captures downloads at the two calls a page makes for one: Blob URL creation and the link click. */
function captureDownloads() {
  const createObjectURL = URL.createObjectURL;
  const revokeObjectURL = URL.revokeObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  const blobs = new Map<string, Blob>();
  const downloads: Download[] = [];
  const revoked: string[] = [];
  URL.createObjectURL = (object: Blob | MediaSource) => {
    const url = createObjectURL(object);
    if (object instanceof Blob) blobs.set(url, object);
    return url;
  };
  URL.revokeObjectURL = (url: string) => {
    revoked.push(url);
    revokeObjectURL(url);
  };
  HTMLAnchorElement.prototype.click = function clickLink(this: HTMLAnchorElement) {
    downloads.push({ blob: blobs.get(this.href)!, url: this.href, name: this.download });
  };
  return {
    downloads,
    revoked,
    restore() {
      URL.createObjectURL = createObjectURL;
      URL.revokeObjectURL = revokeObjectURL;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !condition(); waited += 20) {
    if (waited > 3000) throw new Error(`timed out waiting for ${what}`);
    await aTimeout(20);
  }
}

describe('<kakao-consult-qr>', () => {
  describe('rendering', () => {
    it('is an image named 카카오톡 상담 QR 코드, 200 px by default, with crisp modules', async () => {
      const element = await fixture<KakaoConsultQr>(html`<kakao-consult-qr channel="@brand"></kakao-consult-qr>`);
      const code = codeOf(element)!;
      expect(code.getAttribute('role')).to.equal('img');
      expect(code.getAttribute('aria-label')).to.equal('카카오톡 상담 QR 코드');
      expect(code.getBoundingClientRect().width).to.equal(200);
      expect(code.getBoundingClientRect().height).to.equal(200);
      expect(code.getAttribute('shape-rendering')).to.equal('crispEdges');
      const { extent } = qrSymbol(buildLaunch({ channel: '@brand' }).url);
      expect(code.getAttribute('viewBox')).to.equal(`0 0 ${extent} ${extent}`);
      expect(code.querySelectorAll('path')).to.have.length(1);

      type Node = { role: string; name: string };
      // The command's typings say void; it resolves to the page's accessibility tree.
      const snapshot = (await a11ySnapshot({})) as unknown as Node & { children: Node[] };
      expect(findAccessibilityNode<Node>(snapshot, (node) => node.role === 'image' || node.role === 'img')?.name).to.equal(
        '카카오톡 상담 QR 코드',
      );
    });

    it('speaks English under lang="en" and follows a change of lang', async () => {
      const element = await fixture<KakaoConsultQr>(html`<kakao-consult-qr channel="@brand" lang="en"></kakao-consult-qr>`);
      expect(codeOf(element)!.getAttribute('aria-label')).to.equal('KakaoTalk consult QR code');
      expect(buttons(element).map((button) => button.textContent)).to.deep.equal(['Download SVG', 'Download PNG']);
      element.setAttribute('lang', 'ko');
      await element.updateComplete;
      expect(buttons(element).map((button) => button.textContent)).to.deep.equal(['SVG 다운로드', 'PNG 다운로드']);
    });

    it('takes its size in pixels', async () => {
      const element = await fixture<KakaoConsultQr>(html`<kakao-consult-qr channel="@brand" size="320"></kakao-consult-qr>`);
      expect(codeOf(element)!.getBoundingClientRect().width).to.equal(320);
    });

    for (const [name, attributes] of [
      ['a Korean channel with a 50-character Korean extra', { channel: '@sk렌터카new고객센터', extra: KOREAN_EXTRA }],
      ['chatbot and event at level H', { channel: '@brand', bot: 'true', event: '배송문의', ecc: 'H' }],
      ['custom colours and a narrow margin', { channel: '@brand', dark: '#3c1e1e', light: '#fee500', margin: '2', ecc: 'L' }],
    ] as [string, Record<string, string>][]) {
      it(`decodes to exactly the launch URL: ${name}`, async () => {
        const element = document.createElement('kakao-consult-qr');
        for (const [attribute, value] of Object.entries(attributes)) element.setAttribute(attribute, value);
        document.body.append(element);
        await element.updateComplete;
        const { url } = buildLaunch({ channel: attributes.channel, extra: attributes.extra, bot: attributes.bot, event: attributes.event });
        expect(await decodeElement(element)).to.equal(url);
        // The same modules as the core draws (and the downloads carry), inside the quiet zone.
        const margin = Number(attributes.margin ?? 4);
        const matrix = qrMatrix(url, { ecc: attributes.ecc ?? 'M' });
        expect(codeOf(element)!.querySelector('path')!.getAttribute('d')).to.equal(qrSvgPath(matrix, margin));
        expect(codeOf(element)!.getAttribute('viewBox')).to.equal(`0 0 ${matrix.size + 2 * margin} ${matrix.size + 2 * margin}`);
        element.remove();
      });
    }

    it('re-encodes when an attribute changes', async () => {
      const element = await fixture<KakaoConsultQr>(html`<kakao-consult-qr channel="@brand"></kakao-consult-qr>`);
      element.extra = 'c=spring';
      await element.updateComplete;
      expect(await decodeElement(element)).to.equal(buildLaunch({ channel: '@brand', extra: 'c=spring' }).url);
    });

    it('shows the launch URL readably under the code when asked', async () => {
      const plain = await fixture<KakaoConsultQr>(html`<kakao-consult-qr channel="@sk렌터카new고객센터"></kakao-consult-qr>`);
      expect(has(plain, 'caption')).to.equal(false);
      const captioned = await fixture<KakaoConsultQr>(
        html`<kakao-consult-qr channel="@sk렌터카new고객센터" extra="p=홈" caption></kakao-consult-qr>`,
      );
      const caption = captioned.shadowRoot!.querySelector('[part="caption"]')!;
      expect(caption.textContent).to.equal('https://bizmessage.kakao.com/chat/open/@sk렌터카new고객센터?extra=p%3D홈');
      // The one-line URL is some 500 px wide; it wraps instead of widening the element.
      expect(captioned.getBoundingClientRect().width).to.be.below(260);
      expect(caption.getBoundingClientRect().width).to.equal(captioned.getBoundingClientRect().width);
      expect(caption.getBoundingClientRect().height, 'wrapped').to.be.above(30);
    });
  });

  describe('downloads', () => {
    let capture: ReturnType<typeof captureDownloads>;
    beforeEach(() => {
      capture = captureDownloads();
    });
    afterEach(() => capture.restore());

    it('saves an SVG file that decodes to the launch URL, then releases its Blob URL', async () => {
      const element = await fixture<KakaoConsultQr>(
        html`<kakao-consult-qr channel="@sk렌터카new고객센터" extra="p=홈" download-px="600"></kakao-consult-qr>`,
      );
      buttons(element)[0].click();
      expect(capture.downloads).to.have.length(1);
      const [download] = capture.downloads;
      expect(capture.revoked, 'still usable right after the click').not.to.include(download.url);
      expect(download.name).to.equal('kakao-consult-sk렌터카new고객센터.svg');
      expect(download.blob.type).to.equal('image/svg+xml');
      expect(download.url).to.match(/^blob:/);
      const markup = await download.blob.text();
      expect(markup).to.match(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 \d+ \d+" width="600" height="600"/);
      expect(await decodeSvg(markup, 600)).to.equal(buildLaunch({ channel: '@sk렌터카new고객센터', extra: 'p=홈' }).url);
      await until(() => capture.revoked.includes(download.url), 'the Blob URL to be revoked');
    });

    it('saves a PNG of whole-pixel modules near download-px that decodes to the launch URL', async () => {
      const element = await fixture<KakaoConsultQr>(html`<kakao-consult-qr channel="@brand" extra="c=spring" ecc="Q"></kakao-consult-qr>`);
      buttons(element)[1].click();
      await until(() => capture.downloads.length === 1, 'the PNG download');
      const [download] = capture.downloads;
      expect(download.name).to.equal('kakao-consult-brand.png');
      expect(download.blob.type).to.equal('image/png');
      const bitmap = await createImageBitmap(download.blob);
      const { extent } = qrSymbol(buildLaunch({ channel: '@brand', extra: 'c=spring' }).url, { ecc: 'Q' });
      expect(bitmap.width).to.equal(extent * Math.round(1024 / extent));
      expect(bitmap.height).to.equal(bitmap.width);
      expect(decodePixels(pixelsOfImage(bitmap, bitmap.width, bitmap.height))).to.equal(
        buildLaunch({ channel: '@brand', extra: 'c=spring' }).url,
      );
      await until(() => capture.revoked.includes(download.url), 'the Blob URL to be revoked');
    });

    it('draws the PNG in the chosen colours', async () => {
      const element = await fixture<KakaoConsultQr>(
        html`<kakao-consult-qr channel="@brand" dark="#1e3a8a" light="#fef9c3" download-px="300"></kakao-consult-qr>`,
      );
      buttons(element)[1].click();
      await until(() => capture.downloads.length === 1, 'the PNG download');
      const bitmap = await createImageBitmap(capture.downloads[0].blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const scale = bitmap.width / qrSymbol(buildLaunch({ channel: '@brand' }).url).extent;
      expect([...context.getImageData(0, 0, 1, 1).data]).to.deep.equal([254, 249, 195, 255]);
      expect([...context.getImageData(4 * scale, 4 * scale, 1, 1).data]).to.deep.equal([30, 58, 138, 255]);
    });
  });

  describe('bad attributes', () => {
    const cases: [string, Record<string, string>, string, RegExp][] = [
      ['missing channel', {}, 'channel', /channel is missing/],
      ['channel without @', { channel: 'brand' }, 'channel', /did you mean "@brand"/],
      ['extra over 50', { channel: '@brand', extra: 'x'.repeat(51) }, 'extra', /at most 50/],
      ['http endpoint', { channel: '@brand', endpoint: 'http://dealer.example/open' }, 'endpoint', /https/],
      ['unknown ecc', { channel: '@brand', ecc: 'X' }, 'ecc', /"L", "M", "Q" or "H"/],
      ['negative margin', { channel: '@brand', margin: '-1' }, 'margin', /whole number of modules/],
      ['size in CSS units', { channel: '@brand', size: '200px' }, 'size', /number of pixels/],
      ['huge download-px', { channel: '@brand', 'download-px': '100000' }, 'download-px', /at most 4096/],
      ['a colour name', { channel: '@brand', dark: 'navy' }, 'dark', /hex colour/],
      ['markup in a colour', { channel: '@brand', light: '#fff"/><script>' }, 'light', /hex colour/],
      ['Kakao yellow modules on white', { channel: '@brand', dark: '#fee500' }, 'dark', /contrast ratio/],
      ['an inverted code', { channel: '@brand', dark: '#fff', light: '#000' }, 'dark', /lighter than light/],
      // The longest launch the limits allow (60-letter Korean channel, extra and event at their caps) fits level Q, not H.
      [
        'a URL too long for level H',
        { channel: `@${'가'.repeat(60)}`, extra: '나'.repeat(50), bot: 'true', event: '다'.repeat(100), ecc: 'H' },
        'ecc',
        /too long for a QR code.*"H"/,
      ],
      [
        'an endpoint longer than any real one',
        { channel: '@brand', endpoint: `https://dealer.example/${'a'.repeat(3000)}` },
        'endpoint',
        /at most 500/,
      ],
    ];
    for (const [name, attributes, field, message] of cases) {
      it(`explains instead of drawing a broken code: ${name}`, async () => {
        const errors = captureConsole('error');
        try {
          const element = document.createElement('kakao-consult-qr');
          for (const [attribute, value] of Object.entries(attributes)) element.setAttribute(attribute, value);
          const failed = oneEvent(document, 'consult-error');
          document.body.append(element);
          const event = (await failed) as CustomEvent<ConsultProblemDetail>;
          expect(event.target === element, 'dispatched by the element').to.equal(true);
          expect(event.composed).to.equal(true);
          expect(event.detail.field).to.equal(field);
          expect(event.detail.message).to.match(message);
          expect(errors.lines).to.have.length(1);
          expect(errors.lines[0])
            .to.match(new RegExp(`^<kakao-consult-qr> ${field}: `))
            .and.match(message);

          expect(has(element, 'code'), 'no code is drawn').to.equal(false);
          expect(buttons(element).length, 'nothing to download').to.equal(0);
          const explanation = element.shadowRoot!.querySelector('[part="message"]')!;
          expect(explanation.textContent).to.equal('QR 코드를 만들 수 없어요. 사이트 설정을 확인해 주세요.');
          expect(explanation.getBoundingClientRect().height).to.be.above(0);

          element.requestUpdate();
          await element.updateComplete;
          expect(errors.lines, 'reported once, not on every render').to.have.length(1);
          element.remove();
        } finally {
          errors.restore();
        }
      });
    }

    it('recovers when the attribute is fixed, and reports a new mistake again', async () => {
      const errors = captureConsole('error');
      try {
        const element = await fixture<KakaoConsultQr>(html`<kakao-consult-qr channel="@brand" ecc="X"></kakao-consult-qr>`);
        element.setAttribute('ecc', 'H');
        await element.updateComplete;
        expect(has(element, 'message')).to.equal(false);
        expect(await decodeElement(element)).to.equal(buildLaunch({ channel: '@brand' }).url);
        element.setAttribute('margin', '99');
        await element.updateComplete;
        expect(errors.lines).to.have.length(2);
        expect(errors.lines[1]).to.contain('margin:');
      } finally {
        errors.restore();
      }
    });

    it('goes back to the defaults when attributes are removed', async () => {
      const element = await fixture<KakaoConsultQr>(
        html`<kakao-consult-qr channel="@brand" extra="a" margin="1" size="300" ecc="H" dark="#333"></kakao-consult-qr>`,
      );
      for (const attribute of ['extra', 'margin', 'size', 'ecc', 'dark']) element.removeAttribute(attribute);
      await element.updateComplete;
      const { extent } = qrSymbol(buildLaunch({ channel: '@brand' }).url);
      expect(has(element, 'message')).to.equal(false);
      expect(codeOf(element)!.getAttribute('viewBox')).to.equal(`0 0 ${extent} ${extent}`);
      expect(codeOf(element)!.getBoundingClientRect().width).to.equal(200);
      expect(await decodeElement(element)).to.equal(buildLaunch({ channel: '@brand' }).url);
    });
  });
});

describe('<kakao-consult-qr> and member data', () => {
  it('leaves member fields of a pre-packed extra out of the code, and says so once', async () => {
    const output = captureConsole('warn');
    const { element, fired } = connectListening(
      'kakao-consult-qr',
      { channel: '@brand', extra: 'p=poster;m=A1029;g=VIP~sig' },
      'consult-warning',
    );
    const { detail } = await fired;
    expect(detail.field).to.equal('extra');
    await element.updateComplete;
    const decoded = await decodeElement(element);
    expect(decoded).to.equal('https://bizmessage.kakao.com/chat/open/@brand?extra=p%3Dposter');
    expect(output.lines).to.have.length(1);
    output.restore();
    element.remove();
  });
});
