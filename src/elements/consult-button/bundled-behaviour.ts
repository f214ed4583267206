import type * as BehaviourModule from './behaviour/consult-behaviour.js';

/**
 * The behaviour's code when the page's script carries it in its own module graph (the
 * script-tag file, with-behaviour.ts): set before the button's modules are evaluated, so they
 * neither import it nor wait for it. Empty in bundling apps, which load it as a chunk.
 */
export const bundledBehaviour: { code?: typeof BehaviourModule } = {};
