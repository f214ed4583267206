/**
 * Registers a tag unless it already is: a page may load the kit twice (a CMS plugin and a
 * script tag), and the first definition wins. Without `customElements` (server rendering)
 * there is nothing to register.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements !== 'undefined' && !customElements.get(tag)) customElements.define(tag, element);
}
