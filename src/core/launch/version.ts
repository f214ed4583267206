import { ConsultInputError } from '../errors.js';
import { clip } from '../text.js';

/** The oldest KakaoTalk the consult button works on (brochure: "5.8.0 and later"). */
export const MIN_KAKAOTALK_VERSION = '5.8.0';

// Two to four components: KakaoTalk's bare numbers are build codes (Android's versionCode,
// e.g. 2610420), not versions. Nine digits keep each component an exact number, and the
// anchored, bounded pattern cannot backtrack.
const VERSION = /^\d{1,9}(?:\.\d{1,9}){1,3}$/;
const MAX_VERSION_LENGTH = 4 * 9 + 3;

/**
 * True for a dotted version of two to four decimal components (`5.8`, `10.5.0`, `26.3.5`).
 * A bare number, whitespace, a `v` prefix or a suffix like `-beta` is not a version.
 */
export function isValidVersion(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_VERSION_LENGTH && VERSION.test(value);
}

/**
 * Compares two versions numerically, component by component (`5.10.1` > `5.8.0`); a missing
 * component counts as 0 (`5.8` equals `5.8.0`).
 *
 * @returns -1 when `a` is older than `b`, 0 when equal, 1 when newer.
 * @throws ConsultInputError (field `version`) when either is not a valid version.
 */
export function compareVersions(a: string, b: string): -1 | 0 | 1 {
  const left = componentsOf(a);
  const right = componentsOf(b);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return difference < 0 ? -1 : 1;
  }
  return 0;
}

function componentsOf(version: unknown): number[] {
  if (!isValidVersion(version)) {
    const shown = typeof version === 'string' ? `"${clip(version)}"` : typeof version;
    throw new ConsultInputError('version', `version ${shown} is not a dotted version such as "10.5.0".`);
  }
  return version.split('.').map(Number);
}
