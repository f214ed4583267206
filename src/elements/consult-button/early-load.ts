import type * as BehaviourModule from './behaviour/consult-behaviour.js';
import { behaviourCode } from './behaviour-code.js';
import { TAG } from '../internal/tags.js';

/** A drawn link (server rendering) is in the page as the script runs: it works already. */
export const drawnLinkAtStart = globalThis.document?.querySelector(`${TAG}>a`) != null;

/**
 * In a bundling app, the behaviour's load, started as this module is evaluated (before Lit)
 * when the page already has a bare tag or the no-code install's script tag (`data-channel`,
 * whose launcher needs it): its request (and its compile, off the main thread) overlaps
 * Lit's evaluation instead of following it, and the define waits for it
 * (consult-button.define.ts). Not with a drawn link: evaluating the chunk must not push its
 * first paint back, nor where the page's script carries the code. The buttons there at
 * start attach to this load, failed or not (consult-button.ts).
 */
export const earlyLoad: Promise<typeof BehaviourModule> | undefined =
  !drawnLinkAtStart && !behaviourCode.code && globalThis.document?.querySelector(`${TAG},script[data-channel]`)
    ? behaviourCode.load()
    : undefined;
// Each button tells a failure; this only keeps it from counting as unhandled.
earlyLoad?.catch(() => undefined);
