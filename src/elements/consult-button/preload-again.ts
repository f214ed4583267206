/**
 * Before the script-tag file loads the behaviour chunk again after a failure: the page's own
 * preload of it again, its `integrity` included (the README's snippet). A module that failed
 * is fetched anew by the next import, which carries no hash of its own: without this, a retry
 * after a refused (changed) chunk ran it. The import follows only if this preload passed; a
 * page without such a preload imports as it is. (Bundling apps have no such preload.)
 */
export async function preloadAgain(): Promise<void> {
  const preload = document.querySelector('link[rel="modulepreload"][integrity][href*="consult-behaviour-"]');
  if (!preload) return;
  const again = preload.cloneNode() as HTMLLinkElement;
  await new Promise((resolve, reject) => {
    again.onload = resolve;
    again.onerror = () => reject(new Error(`${again.href}: refused by its integrity or unreachable`));
    document.head.append(again);
  });
}
