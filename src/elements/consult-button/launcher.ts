/**
 * The no-code install: the script tag that loaded the kit, when it carries `data-channel`,
 * mounts a round floating launcher at the bottom right. Its `data-*` attributes become the
 * launcher's attributes (`data-placement` → `placement`), so a bad value is reported as the
 * element reports it; `data-shape` cannot make it anything but round. The element's chunk
 * imports this chunk only when the page has such a tag.
 */

import { tellProblem } from '../internal/tell-problem.js';

/**
 * The script-tag file's URL: this chunk sits in its `chunks/` folder (rollup.config.js).
 * Module scripts have no `document.currentScript`, so the tag is found by its `src`.
 */
const SCRIPT_URL = new URL('../kakao-consult-button.min.js', import.meta.url).href;

/**
 * The tag that loaded the kit: the one whose `src` is the script's URL or, when a CDN
 * redirected it (an unversioned unpkg URL), the only kit tag with `data-channel`.
 */
function ownTag(): HTMLScriptElement | undefined {
  const tags = [...document.querySelectorAll<HTMLScriptElement>('script[data-channel]')];
  const kit = tags.filter((tag) => /kakao-consult-button/.test(tag.src));
  return tags.find((tag) => tag.src === SCRIPT_URL) ?? (kit.length === 1 ? kit[0] : undefined);
}

function mountLauncher(script: HTMLScriptElement | undefined): void {
  // A tag manager may run the tag again on a virtual page view: one launcher per tag.
  if (!script || script.hasAttribute('data-mounted')) return;
  script.setAttribute('data-mounted', '');
  // The tag written out: importing TAG would make the element's chunk export it for this one.
  const launcher = document.createElement('kakao-consult-button');
  for (const name of script.getAttributeNames()) {
    if (name.startsWith('data-') && name !== 'data-mounted') launcher.setAttribute(name.slice(5), script.getAttribute(name)!);
  }
  launcher.setAttribute('shape', 'round');
  const mount = () => {
    document.body.append(launcher);
    // Its settings are known once it is defined, which may wait for its behaviour's code.
    void customElements.whenDefined(launcher.localName).then(() => warnUnknown(launcher, script));
  };
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount, { once: true });
}

/**
 * A `data-*` name the button has no attribute for (`data-chanel`, `data-placment`) would do
 * nothing without a word, so it is told as the element tells a bad value: on the console and
 * as a `consult-warning` from the launcher.
 */
function warnUnknown(launcher: HTMLElement, script: HTMLScriptElement): void {
  const known = (launcher.constructor as { observedAttributes?: string[] }).observedAttributes;
  if (!known) return;
  for (const name of script.getAttributeNames()) {
    const attribute = name.slice(5);
    if (!name.startsWith('data-') || attribute === 'mounted' || known.includes(attribute)) continue;
    tellProblem(launcher, 'warning', {
      field: name,
      message: `${name} is not a setting of the button (its settings are the element's attributes with data- in front); check the spelling.`,
    });
  }
}

mountLauncher(ownTag());
