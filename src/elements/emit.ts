/**
 * Dispatches a `consult-*` event the one way the kit does: bubbling and composed, so it
 * reaches listeners outside any shadow root. Returns false when a listener cancelled it.
 */
export function emit<T>(target: EventTarget, name: string, detail: T, cancelable = false): boolean {
  return target.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable }));
}
