import { preUpgradeCss } from './button-metrics.js';
import { escapeHtml, renderConsultButton, type MarkupValue } from './consult-markup.js';

/** Where the kit's files are served from, and their SRI hashes (`sha384-…`) when known. */
export interface SnippetFiles {
  /** The `dist/` folder's URL, e.g. `https://unpkg.com/kakao-consult-button@0.1.0/dist`. */
  base: string;
  /** The script-tag file's hash (it carries the element chunk's, so this one pins both). */
  script?: string;
}

/** The `dist/` folder of a published version on unpkg. */
export const unpkgDist = (version: string) => `https://unpkg.com/kakao-consult-button@${version}/dist`;

const integrity = (hash: string | undefined) => (hash ? ` integrity="${escapeHtml(hash)}" crossorigin="anonymous"` : '');

/**
 * The snippet a site pastes: the styles of this button's look and the script tag, then the
 * button with its link already drawn (`renderConsultButton`). It works at the page's first
 * paint, as a plain link, and with JavaScript off; the script fetches the element's code after
 * that paint and upgrades the link to the full button, in the same box. It has no preload of
 * that code: fetched before the first paint, the code is compiled before it too. The styles
 * are inline, so the first paint waits for no stylesheet (a round trip on a phone network); a
 * strict CSP takes the stylesheet link instead (README). Attributes are the element's
 * (`channel`, `placement`, `campaign`, …); every value is escaped.
 */
export function consultSnippet(attributes: Readonly<Record<string, MarkupValue>>, files: SnippetFiles): string {
  const base = escapeHtml(files.base.replace(/\/+$/, ''));
  // Attribute values reach the CSS only as selectors' conditions, matched against fixed words.
  return [
    `<style>\n${preUpgradeCss(undefined, attributes)}</style>`,
    `<script type="module" src="${base}/kakao-consult-button.min.js"${integrity(files.script)}></script>`,
    '',
    renderConsultButton(attributes),
  ].join('\n');
}
