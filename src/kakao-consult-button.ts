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

/** How many bare tags this file drew as links. */
const drawn = drawLinks();

let configureElement: ((options: SiteOptions) => void) | undefined;
const waiting: SiteOptions[] = [];

/** What the build writes into this file (rollup.config.js): the element chunk's URL and SRI hash. */
type BuildFacts = ImportMeta & { elementChunkUrl: string; elementChunkIntegrity: string };

/**
 * Fetches the element's code, held to the hash this file carries: a page that pins
 * this file by its hash pins that code too, and a chunk that fails its check is never
 * imported (an import after a failed preload would fetch it again, unchecked). Safari before
 * 17 has no modulepreload: the import fetches it there, as the page's own preload could not.
 */
function fetchElement(): Promise<unknown> {
  const preload = document.createElement('link');
  if (!preload.relList.supports('modulepreload')) return Promise.resolve();
  // Read as properties: the build replaces each `import.meta.…` it sees.
  const elementChunkUrl = (import.meta as BuildFacts).elementChunkUrl;
  preload.rel = 'modulepreload';
  preload.href = elementChunkUrl;
  preload.integrity = (import.meta as BuildFacts).elementChunkIntegrity;
  return new Promise((resolve, reject) => {
    preload.onload = resolve;
    preload.onerror = () => reject(new Error(`${elementChunkUrl} did not load, or does not match its hash`));
    document.head.append(preload);
  });
}

// Links in the page work already: the element's code is evaluated after the frame that first
// shows them, so it cannot push that frame back. Where the page drew them all (the README's
// snippet, a server), that frame is the page's first paint and needs nothing from here: the
// code is also fetched only after it, as its download is compiled on arrival (phone bench,
// same runs: the README's snippet painted sooner than with the page preloading the code in 7
// of 8 columns, and its script's share of that paint is within noise). Links drawn here
// came in a frame that waited for this file: their code is fetched at once, the upgrade a
// round trip sooner.
const linksShown = document.querySelector(`${TAG}>a`) && new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

Promise.all([linksShown && !drawn ? linksShown.then(fetchElement) : fetchElement(), linksShown])
  // Built separately (rollup.config.js): this names that build's file.
  .then(() => import('./elements/consult-button/script-tag-element.js'))
  .then(
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
