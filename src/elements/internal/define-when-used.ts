/**
 * Loads an element's code only once the page uses its tag: now if it is already in the
 * document, or when it is first added. Keeps rarely used elements out of the script every
 * page downloads.
 */
export function defineWhenUsed(tag: string, load: () => Promise<unknown>): void {
  if (typeof document === 'undefined' || customElements.get(tag)) return;
  const found = (node: Node) => node instanceof Element && (node.localName === tag || node.querySelector(tag) !== null);
  if (document.querySelector(tag)) {
    void load();
    return;
  }
  const observer = new MutationObserver((records) => {
    if (!records.some((record) => [...record.addedNodes].some(found))) return;
    observer.disconnect();
    void load();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}
