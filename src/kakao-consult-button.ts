// The script-tag file (`<script type="module" src=".../kakao-consult-button.min.js">`), small
// on purpose: it draws every bare tag in the page as the link a server would draw (so it is a
// working button as soon as this file has run, in the page's first paint with
// `blocking="render"`), then imports the element's code (Lit and the behaviour, ~22 KB), which
// upgrades each link in the same box after the links' first frame. `configure` calls made
// before that code arrives are handed to it in order. The pure API stays in the npm entries.
// Node resolves this file to the npm entry instead (package.json's `node` condition): it
// needs a DOM.
import { drawLinks } from './elements/consult-button/drawn-link.js';
import { notLoaded } from './elements/consult-button/load-failure.js';
import type { SiteOptions } from './elements/consult-button/configure.js';
import { TAG } from './elements/internal/tags.js';

export type { MemberInfo, MemberSource, SiteOptions, TicketSource } from './elements/consult-button/configure.js';

drawLinks();

let configureElement: ((options: SiteOptions) => void) | undefined;
const waiting: SiteOptions[] = [];

/** Imports the element's code (built separately, rollup.config.js: this names that build's file). */
const loadElement = () =>
  import('./elements/consult-button/script-tag-element.js').then(
    (element) => {
      configureElement = element.configure;
      for (const options of waiting.splice(0)) element.configure(options);
    },
    // The drawn links still launch, member-free: say why the rest of the button is missing.
    (error: unknown) => console.error(`<kakao-consult-button> script: ${notLoaded(error)}`),
  );
// Links in the page (drawn here or by a server) work already. The element's code then loads
// now but is evaluated after the frame that first shows them, so it cannot push that frame
// back (when it is cached, or preloaded by the README's snippet).
if (document.querySelector(`${TAG}>a`)) {
  const preload = document.createElement('link');
  preload.rel = 'modulepreload';
  preload.href = (import.meta as ImportMeta & { elementChunkUrl: string }).elementChunkUrl;
  document.head.append(preload);
  requestAnimationFrame(() => setTimeout(() => void loadElement()));
} else void loadElement();

/**
 * Sets site-wide options for every button, before or after the buttons load. Calling it
 * again merges the new options in and asks for the member anew (e.g. after a login).
 */
export function configure(options: SiteOptions): void {
  if (configureElement) configureElement(options);
  else waiting.push(options);
}
