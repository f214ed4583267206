import { ConsultInputError } from '../errors.js';
import { qrMatrix, type QrEcc } from './qr.js';

/**
 * Turns the encoder's "text too long" error for a launch URL into one naming what to change,
 * shared by the CLI and the generator page: a lower `ecc`, or no logo (a logo forces H), when
 * level L holds the URL; else the URL's own inputs, since no level would.
 *
 * @param ecc The level the code was made at (H when a logo forced it).
 */
export function launchUrlOverflow(url: string, ecc: QrEcc, logo: boolean, error: ConsultInputError): ConsultInputError {
  if (ecc === 'L' || !fitsAtL(url)) {
    return new ConsultInputError(
      'url',
      `the launch URL is ${new TextEncoder().encode(url).length} bytes, too long for a QR code at any level: shorten event, channel or endpoint.`,
    );
  }
  return new ConsultInputError(
    logo ? 'logo' : 'ecc',
    `the launch URL is too long for a QR code at level ${ecc}${logo ? ', which a logo forces' : ''}: ${error.message}`,
  );
}

function fitsAtL(url: string): boolean {
  try {
    qrMatrix(url, { ecc: 'L' });
    return true;
  } catch {
    return false;
  }
}
