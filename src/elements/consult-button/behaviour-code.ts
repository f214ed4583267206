import type * as BehaviourModule from './behaviour/consult-behaviour.js';
import { lazyChunk } from '../internal/lazy-chunk.js';
import { TAG } from '../internal/tags.js';
import { bundledBehaviour } from './bundled-behaviour.js';

export const notLoaded = (error: unknown) => `the button's code did not load (${error}); serve dist/chunks/ with the script.`;

/**
 * What the button does (validation, context, consent, launch, panel, notices) is a chunk of
 * its own: in a bundling app the label paints with Lit and the look alone, and the rest
 * arrives while the page is still loading. Buttons connected once it is there get their
 * behaviour before their first render. The script-tag file carries it (bundled-behaviour.ts).
 */
export const behaviourCode = lazyChunk<typeof BehaviourModule>(
  () =>
    import('./behaviour/consult-behaviour.js').catch((error: unknown) => {
      // Logged once per failed load; every button waiting for it fires its `consult-error`.
      console.error(`<kakao-consult-button> script: ${notLoaded(error)}`);
      throw error;
    }),
  bundledBehaviour.code,
);

/** A drawn link (server rendering) is in the page as the script runs: it works already. */
export const drawnLinkAtStart = globalThis.document?.querySelector(`${TAG}>a`) != null;

/**
 * In a bundling app, the behaviour's load, started as this module is evaluated (before Lit)
 * when the page already has a bare tag or the no-code install's script tag (`data-channel`,
 * whose launcher needs it): its request (and its compile, off the main thread) overlaps Lit's evaluation instead
 * of following it, and the define waits for it (consult-button.define.ts). Not with a drawn
 * link: evaluating the chunk must not push its first paint back. The buttons there at start
 * attach to this load, failed or not (consult-button.ts).
 */
export const earlyLoad: Promise<typeof BehaviourModule> | undefined =
  !drawnLinkAtStart && !behaviourCode.code && globalThis.document?.querySelector(`${TAG},script[data-channel]`)
    ? behaviourCode.load()
    : undefined;
// Each button tells a failure; this only keeps it from counting as unhandled.
earlyLoad?.catch(() => undefined);
