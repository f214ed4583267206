import { LitElement } from 'lit';

/**
 * The base of the kit's elements: the page's language, from the element's own `lang` or the
 * nearest ancestor's, re-rendering when its own changes. `lang` is a global attribute, not a
 * Lit property, so it is observed here; changes above the element reach it through
 * `followLanguage` (language-watch.ts), which each element joins from a lazy chunk.
 */
export class LangAwareElement extends LitElement {
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
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
