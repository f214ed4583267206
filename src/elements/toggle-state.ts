/**
 * Sets or clears a custom state (`:state(name)`) only when it changes: every write restyles
 * the element, and a page of buttons re-renders each of them more than once.
 */
export function toggleState(states: CustomStateSet, name: string, on: boolean): void {
  if (states.has(name) === on) return;
  if (on) states.add(name);
  else states.delete(name);
}
