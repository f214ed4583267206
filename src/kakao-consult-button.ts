// The script-tag file (`<script type="module" src=".../kakao-consult-button.min.js">`), small
// on purpose: it draws every bare tag in the page as the link a server would draw (so it is a
// working button as soon as this file has run, in the page's first paint with
// `blocking="render"`), then imports the element's code (Lit and the behaviour, ~22 KB), which
// upgrades each link in the same box. `configure` calls made before that code arrives are
// handed to it in order. The pure API stays in the npm entries. Node resolves this file to
// the npm entry instead (package.json's `node` condition): it needs a DOM.
import { drawLinks } from './elements/consult-button/drawn-link.js';
import { notLoaded } from './elements/consult-button/load-failure.js';
import type { SiteOptions } from './elements/consult-button/configure.js';

export type { MemberInfo, MemberSource, SiteOptions, TicketSource } from './elements/consult-button/configure.js';

drawLinks();

let configureElement: ((options: SiteOptions) => void) | undefined;
const waiting: SiteOptions[] = [];

// Built separately (rollup.config.js): this file's import names that build's file.
import('./elements/consult-button/script-tag-element.js').then(
  (element) => {
    configureElement = element.configure;
    for (const options of waiting.splice(0)) element.configure(options);
  },
  // The drawn links still launch, member-free: say why the rest of the button is missing.
  (error: unknown) => console.error(`<kakao-consult-button> script: ${notLoaded(error)}`),
);

/**
 * Sets site-wide options for every button, before or after the buttons load. Calling it
 * again merges the new options in and asks for the member anew (e.g. after a login).
 */
export function configure(options: SiteOptions): void {
  if (configureElement) configureElement(options);
  else waiting.push(options);
}
