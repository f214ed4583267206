import { fixtureSync, oneEvent } from '@open-wc/testing';
import type { ConsultProblemDetail } from '../../src/elements/internal/events.js';

/**
 * Renders a template and waits for every Lit element in it to finish updating. Unlike
 * `fixture()`, it never waits for an animation frame, which a test page running in the
 * background (the runner runs two at once) does not get.
 */
export async function mount<T extends Element>(template: Parameters<typeof fixtureSync>[0]): Promise<T> {
  const root = fixtureSync<T>(template);
  const elements = [root, ...root.querySelectorAll('*')] as (Element & { updateComplete?: Promise<unknown> })[];
  await Promise.all(elements.map((element) => element.updateComplete));
  return root;
}

/**
 * Puts a new element on the page with these attributes, listening for its first `event` from
 * the start (a problem may be reported while it connects).
 */
export function connectListening<Tag extends 'kakao-consult-button' | 'kakao-consult-qr'>(
  tag: Tag,
  attributes: Record<string, string>,
  event: 'consult-error' | 'consult-warning',
) {
  const element = document.createElement(tag) as HTMLElementTagNameMap[Tag];
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const fired = oneEvent(element, event) as Promise<CustomEvent<ConsultProblemDetail>>;
  document.body.append(element);
  return { element, fired };
}
