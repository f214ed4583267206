/**
 * One request per tap: while a tap's work is under way for an element (waiting for its code,
 * or for the site's answer), further taps on it (a double tap, an impatient user) are that
 * same request, not new ones. Keyed by element, so nothing outlives the elements it holds.
 */
export class TapGate {
  private readonly running = new WeakSet<object>();

  /** True while a tap's work for `key` is under way. */
  busy(key: object): boolean {
    return this.running.has(key);
  }

  /**
   * Runs `work` for `key` unless a tap's work is under way for it (then undefined). What
   * follows the returned promise runs with the gate open again.
   */
  pass<T>(key: object, work: () => Promise<T>): Promise<T> | undefined {
    if (this.running.has(key)) return undefined;
    this.running.add(key);
    return work().finally(() => this.running.delete(key));
  }
}
