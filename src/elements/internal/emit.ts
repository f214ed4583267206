import type { ConsultEventMap, ConsultEventName } from './events.js';

/**
 * Dispatches a `consult-*` event the one way the kit does: bubbling and composed, so it
 * reaches listeners outside any shadow root. The name must be in the event map, and the
 * detail must be its type. Returns false when a listener cancelled it.
 */
export function emit<K extends ConsultEventName>(target: EventTarget, name: K, detail: ConsultEventMap[K], cancelable = false): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
}
