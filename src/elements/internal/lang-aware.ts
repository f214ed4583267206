import { LitElement } from 'lit';

/** The connected elements, whose language a `lang` change may concern. */
const followers = new Set<LitElement>();

/**
 * One MutationObserver for the page (as Shoelace's localize keeps one on <html>): it watches
 * `lang` on <html> and below while any element is connected, so a page that switches
 * language, or a wrapper whose `lang` changes, re-renders the elements inside. (None in Node,
 * where the elements are imported but never connected.)
 */
const languageWatch =
  globalThis.MutationObserver &&
  new MutationObserver((records) => {
    for (const element of followers) if (records.some(({ target }) => target.contains(element))) element.requestUpdate();
  });

/**
 * The base of the kit's elements: the page's language, from the element's own `lang` or the
 * nearest ancestor's, re-rendering when either changes (or the document's). `lang` is a
 * global attribute, not a Lit property, so the element's own is observed here too: an
 * element inside another's shadow root is out of the page observer's sight.
 */
export class LangAwareElement extends LitElement {
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!followers.size) languageWatch.observe(document.documentElement, { attributeFilter: ['lang'], subtree: true });
    followers.add(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    followers.delete(this);
    if (!followers.size) languageWatch.disconnect();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /** The language in effect: the nearest `lang`, the element's own included, else the document's. */
  protected get effectiveLang(): string {
    return this.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
  }
}
