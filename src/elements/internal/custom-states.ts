import { unsafeCSS, type CSSResult } from 'lit';

/**
 * Custom states (`:state(name)`) where the engine has them, and a fallback where it does not:
 * Safari before 17.4 has no `CustomStateSet` (before 16.4 not even `attachInternals`),
 * Firefox before 126 neither, and Chromium before 125 only the old `--name` form, which
 * throws on `add('name')`. There the states are written to the host's `consult-state`
 * attribute instead, and the styles select `[consult-state~=name]`: the same look, no error.
 */
export const STATE_ATTRIBUTE = 'consult-state';

/** True where `:state()` and `ElementInternals.states` both work; a server (no `CSS`) keeps the standard form. */
const nativeStates =
  typeof CSS === 'undefined' ||
  (typeof ElementInternals !== 'undefined' && 'states' in ElementInternals.prototype && CSS.supports('selector(:state(a))'));

/** A state set that mirrors itself into the host's attribute. */
class AttributeStates extends Set<string> {
  constructor(private readonly host: HTMLElement) {
    super();
  }

  override add(name: string): this {
    super.add(name);
    this.reflect();
    return this;
  }

  override delete(name: string): boolean {
    const had = super.delete(name);
    this.reflect();
    return had;
  }

  private reflect(): void {
    if (this.size) this.host.setAttribute(STATE_ATTRIBUTE, [...this].join(' '));
    else this.host.removeAttribute(STATE_ATTRIBUTE);
  }
}

/** The host's custom states: its `ElementInternals.states`, or the attribute fallback. Call once per element. */
export function customStates(host: HTMLElement): CustomStateSet {
  return nativeStates ? host.attachInternals().states : new AttributeStates(host);
}

/**
 * Sets or clears a custom state only when it changes: every write restyles the element, and a
 * page of buttons re-renders each of them more than once.
 */
export function toggleState(states: CustomStateSet, name: string, on: boolean): void {
  if (states.has(name) === on) return;
  if (on) states.add(name);
  else states.delete(name);
}

/**
 * The styles as this engine can apply them: as written, or with each `:state(name)` turned
 * into the fallback's attribute selector (one unknown pseudo-class would drop its whole rule).
 */
export function stateStyles(style: CSSResult): CSSResult {
  return nativeStates ? style : unsafeCSS(style.cssText.replace(/:state\(([\w-]+)\)/g, `[${STATE_ATTRIBUTE}~=$1]`));
}
