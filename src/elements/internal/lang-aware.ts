import { LitElement } from 'lit';

/**
 * Which connected elements a `lang` change may concern, and one MutationObserver for the
 * page (as Shoelace's localize keeps one on <html>): it watches `lang` on <html> and below, so
 * a page that switches language, or a wrapper's `lang` that changes, re-renders the elements
 * inside. Observing starts with the first element and stops with the last.
 */
class LanguageWatch {
  private readonly elements = new Set<LitElement>();
  private observer: MutationObserver | undefined;

  add(element: LitElement): void {
    this.elements.add(element);
    if (this.observer) return;
    this.observer = new MutationObserver((records) => this.changed(records));
    this.observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }

  delete(element: LitElement): void {
    this.elements.delete(element);
    if (this.elements.size) return;
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private changed(records: MutationRecord[]): void {
    for (const element of this.elements) {
      if (records.some(({ target }) => target.contains(element))) element.requestUpdate();
    }
  }
}

const languages = new LanguageWatch();

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
    languages.add(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    languages.delete(this);
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
