import { preUpgradeCss } from '../../core/launch/button-metrics.js';
import { consultButtonDrawing } from '../../core/launch/consult-markup.js';
import { DRAWN_SYMBOL_ATTRIBUTES, KAKAO_SYMBOL_PATH } from '../../core/kakao-symbol.js';
import { TAG } from '../internal/tags.js';

const SVG = 'http://www.w3.org/2000/svg';

/**
 * The script-tag file's first job, before the element's code (Lit inside) has arrived: into
 * every tag in the page that is not defined and has no link yet, the link a server would have
 * drawn (`renderConsultButton`, one drawing for both), styled by the pre-upgrade stylesheet
 * adopted here. A bare tag is then a working button as soon as this small file has run,
 * which `blocking="render"` puts in the page's first paint; the element upgrades it later in
 * the same box, as it does a server's link. Built with DOM calls: no markup is parsed, so
 * nothing an attribute holds can become HTML. Returns how many it drew.
 */
export function drawLinks(): number {
  const bare = [...document.querySelectorAll(`${TAG}:not(:defined)`)].filter((tag) => !tag.querySelector(':scope>a'));
  if (bare.length) adoptStyles(preUpgradeCss(TAG));
  // A product list's tags mostly share their settings: each set is planned and drawn once.
  const drawn = new Map<string, HTMLAnchorElement>();
  for (const tag of bare) {
    const attributes: Record<string, string> = {};
    for (const { name, value } of tag.attributes) attributes[name] = value;
    // The element's language is the nearest `lang`, as LangAwareElement reads it.
    attributes.lang = tag.closest('[lang]')?.getAttribute('lang') ?? '';
    const settings = JSON.stringify(attributes);
    let link = drawn.get(settings);
    if (!link) drawn.set(settings, (link = linkFor(attributes)));
    tag.append(link.cloneNode(true));
  }
  return bare.length;
}

function linkFor(attributes: Record<string, string>): HTMLAnchorElement {
  const { href, label } = consultButtonDrawing(attributes);
  const link = document.createElement('a');
  if (href) link.href = href;
  const symbol = document.createElementNS(SVG, 'svg');
  for (const [name, value] of Object.entries(DRAWN_SYMBOL_ATTRIBUTES)) symbol.setAttribute(name, value);
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', KAKAO_SYMBOL_PATH);
  const text = document.createElement('span');
  text.textContent = label;
  symbol.append(path);
  link.append(symbol, text);
  return link;
}

/** Constructed, not a <style>: a strict CSP (no 'unsafe-inline' styles) allows it. Safari before 16.4 has none and gets the <style>. */
function adoptStyles(css: string): void {
  if ('replaceSync' in CSSStyleSheet.prototype && 'adoptedStyleSheets' in document) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return;
  }
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
}
