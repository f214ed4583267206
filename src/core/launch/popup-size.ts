import { ConsultInputError } from '../errors.js';
import { clip } from '../text.js';

export interface PopupSize {
  width: number;
  height: number;
}

/**
 * The PC consult popup's size when none is set: what sites submitting the current launch
 * endpoint use, and what its Kakao-account login page fits (it is laid out for phones).
 */
export const DEFAULT_POPUP_SIZE: PopupSize = { width: 350, height: 550 };

/** Smaller than this the login page's buttons fall off; larger than this is no popup. */
const MIN_SIDE = 300;
const MAX_SIDE = 4000;

/**
 * Reads a popup size written `WIDTHxHEIGHT` in CSS pixels, e.g. `1024x800` (an older dealer
 * document's recommendation for the login window). Blank means the default.
 *
 * @throws ConsultInputError (field `popup-size`) for anything else.
 */
export function parsePopupSize(value: unknown): PopupSize {
  if (value == null || (typeof value === 'string' && value.trim() === '')) return DEFAULT_POPUP_SIZE;
  const match = typeof value === 'string' ? /^\s*(\d{1,5})\s*[x×]\s*(\d{1,5})\s*$/i.exec(value) : null;
  const [width, height] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
  if (!(width >= MIN_SIDE && width <= MAX_SIDE && height >= MIN_SIDE && height <= MAX_SIDE)) {
    const shown = clip(String(value));
    throw new ConsultInputError(
      'popup-size',
      `popup-size "${shown}" is not WIDTHxHEIGHT (${MIN_SIDE}–${MAX_SIDE} px), e.g. "1024x800"; using 350x550.`,
    );
  }
  return { width, height };
}

/** The size as `window.open` features. */
export function popupFeatures({ width, height }: PopupSize): string {
  return `width=${width},height=${height}`;
}
