import { ConsultInputError } from '../errors.js';
import { clip } from '../text.js';

const MAX_NAME_LENGTH = 120;
const SAFE_NAME = /^[\p{L}\p{N}][\p{L}\p{M}\p{N} ._()+-]*$/u;
// Names Windows reserves for devices, with any extension.
const RESERVED = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])(?:\.|$)/i;

/**
 * Checks that a name can be used as a file name as is, on every common file system: no
 * path (separators, `..`), nothing hidden or shell-hostile at the start, nothing Windows
 * refuses (reserved device names, a trailing dot or space). Returns it in NFC, so names
 * typed on different systems compare equal.
 *
 * @throws ConsultInputError naming `name`.
 */
export function checkFileName(value: string): string {
  const name = value.trim().normalize('NFC');
  const shown = `name "${clip(name)}"`;
  if (name === '') throw new ConsultInputError('name', 'name is empty: every row needs a file name.');
  if (/[/\\]/.test(name)) throw new ConsultInputError('name', `${shown} contains a path separator: it must be a file name, not a path.`);
  if (name.includes('..')) throw new ConsultInputError('name', `${shown} contains "..": it must be a file name, not a path.`);
  if (!SAFE_NAME.test(name)) {
    throw new ConsultInputError('name', `${shown} may hold only letters, digits, spaces and "_-.()+", starting with a letter or digit.`);
  }
  if (/[. ]$/.test(name) || RESERVED.test(name)) throw new ConsultInputError('name', `${shown} is not a valid file name on Windows.`);
  if (name.length > MAX_NAME_LENGTH)
    throw new ConsultInputError('name', `${shown} is ${name.length} characters; at most ${MAX_NAME_LENGTH}.`);
  return name;
}
