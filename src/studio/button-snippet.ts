// The web-page twin of the single code: the consult button's snippet with its link already
// drawn, as `kakao-consult url --html` prints it (core's consultSnippet: the look's styles, the
// script tag of this version with its hash, the button), with the same channel and
// context as the printed code.
import { consultSnippet, unpkgDist, type SnippetFiles } from '../core/launch/consult-snippet.js';

/** The kit's files as the build writes them in (src/build/kit-files.mjs); an unbuilt module has none. */
declare const __KIT_FILES__: { version: string; script: string };

/** This version's files on unpkg, with their hashes: read when asked, as only a built studio has them. */
export function studioKitFiles(): SnippetFiles {
  const { version, script } = __KIT_FILES__;
  return { base: unpkgDist(version), script };
}

/** The form's fields as the element's attributes (blank fields are left out), in the snippet a page pastes. */
export function buttonSnippet(values: Readonly<Record<string, string>>, files: SnippetFiles): string {
  const attributes: Record<string, string> = {};
  const fields: [attribute: string, field: string][] = [
    ['channel', 'channel'],
    ['placement', 'placement'],
    ['campaign', 'campaign'],
    ['page-key', 'page'],
    ['bot', 'bot'],
    ['event', 'event'],
  ];
  for (const [attribute, field] of fields) if (values[field]) attributes[attribute] = values[field];
  return consultSnippet(attributes, files);
}
