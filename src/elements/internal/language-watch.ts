import type { ReactiveControllerHost } from 'lit';

/** An element that re-renders on request. */
type Follower = ReactiveControllerHost & Node;

/** The connected elements, whose language a `lang` change may concern. */
const followers = new Set<Follower>();

/**
 * One MutationObserver for the page (as Shoelace's localize keeps one on <html>): it watches
 * `lang` on <html> and below while any element follows it, so a page that switches language,
 * or a wrapper whose `lang` changes, re-renders the elements inside. Kept out of the
 * script-tag file: the button joins when its behaviour attaches, just after its first paint.
 */
const languageWatch =
  // None in Node, where the elements are imported (server rendering) but never connected.
  globalThis.MutationObserver &&
  new MutationObserver((records) => {
    for (const element of followers) if (records.some(({ target }) => target.contains(element))) element.requestUpdate();
  });

/** `element` re-renders when a `lang` on it or above it, up to <html>, changes; until {@link unfollowLanguage}. */
export function followLanguage(element: Follower): void {
  if (!followers.size) languageWatch.observe(document.documentElement, { attributeFilter: ['lang'], subtree: true });
  followers.add(element);
}

export function unfollowLanguage(element: Follower): void {
  followers.delete(element);
  if (!followers.size) languageWatch.disconnect();
}
