// The studio page's elements by id, typed: a missing or renamed element stops the page at
// start with its id named, instead of a `null` failing later inside a handler.

/** The element with this id, which must be of the given kind (HTMLInputElement, …). */
export function pageElement<T extends HTMLElement>(id: string, kind: abstract new () => T): T {
  const found = document.getElementById(id);
  if (!(found instanceof kind)) throw new Error(`the studio page has no #${id} of the kind ${kind.name}`);
  return found;
}

/** The page's language: `?lang=en` or `<html lang="en">` for English, else Korean. */
export function pageLocale(): 'ko' | 'en' {
  return new URLSearchParams(location.search).get('lang') === 'en' || document.documentElement.lang === 'en' ? 'en' : 'ko';
}
