import type * as BehaviourModule from './behaviour/consult-behaviour.js';
import { lazyChunk } from '../internal/lazy-chunk.js';
import { notLoaded } from './load-failure.js';

/**
 * What the button does (validation, context, consent, launch, panel, notices) is a chunk of
 * its own: in a bundling app the label paints with Lit and the look alone, and the rest
 * arrives while the page is still loading. Buttons connected once it is there get their
 * behaviour before their first render. The script-tag file's element chunk carries it and sets `code`
 * before any button module runs (with-behaviour.ts), so nothing imports it there.
 */
export const behaviourCode = lazyChunk<typeof BehaviourModule>(() =>
  import('./behaviour/consult-behaviour.js').catch((error: unknown) => {
    // Logged once per failed load; every button waiting for it fires its `consult-error`.
    console.error(`<kakao-consult-button> script: ${notLoaded(error)}`);
    throw error;
  }),
);
