/** What a user or screen reader meets inside a button's shadow root, queried one way in every suite. */

/** The button itself (`part="button"`). */
export const button = (element: Element) => element.shadowRoot!.querySelector<HTMLButtonElement>('button[part="button"]')!;

/** A part by name, or null when it is not shown. */
export const part = (element: Element, name: string) => element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** A dialog by id (`consent` or `panel`). */
export const dialog = (element: Element, id: 'consent' | 'panel') => element.shadowRoot!.querySelector<HTMLDialogElement>(`dialog#${id}`)!;
