import { expect } from '@open-wc/testing';
import type { ConsultInputError } from '../../../src/core/errors.js';
import { buildLaunch } from '../../../src/core/launch/launch.js';
import { qrMatrix, type QrEcc } from '../../../src/core/qr/qr.js';
import { launchUrlOverflow } from '../../../src/core/qr/qr-overflow.js';

/** The encoder's own refusal of a URL at a level. */
function encoderError(url: string, ecc: QrEcc): ConsultInputError {
  try {
    qrMatrix(url, { ecc });
  } catch (error) {
    return error as ConsultInputError;
  }
  throw new Error(`${url.length} characters fit at ${ecc}`);
}

// Fits at M, not at H: a long Korean channel, extra and chatbot event.
const LONG = buildLaunch({ channel: `@${'가'.repeat(60)}`, extra: `p=${'나'.repeat(48)}`, bot: 'true', event: '다'.repeat(100) }).url;

describe('launchUrlOverflow', () => {
  it('names the logo when the level H it forces is what overflows', () => {
    const error = launchUrlOverflow(LONG, 'H', true, encoderError(LONG, 'H'));
    expect(error.field).to.equal('logo');
    expect(error.message).to.match(
      /^the launch URL is too long for a QR code at level H, which a logo forces: text is \d+ bytes, too long for a QR code at error correction "H"/,
    );
  });

  it('names ecc without a logo, when a lower level holds the URL', () => {
    const error = launchUrlOverflow(LONG, 'H', false, encoderError(LONG, 'H'));
    expect(error.field).to.equal('ecc');
    expect(error.message).to.match(/^the launch URL is too long for a QR code at level H: text is/);
  });

  it("names the URL's inputs, with its length in bytes, when no level holds it", () => {
    const url = `https://bizmessage.kakao.com/chat/open/@brand?event=${'é'.repeat(1500)}`;
    for (const [ecc, logo] of [
      ['L', false],
      ['M', false],
      ['H', true],
    ] as const) {
      const error = launchUrlOverflow(url, ecc, logo, encoderError(url, ecc));
      expect(error.field).to.equal('url');
      expect(error.message).to.equal(
        `the launch URL is ${url.length + 1500} bytes, too long for a QR code at any level: shorten event, channel or endpoint.`,
      );
    }
  });
});
