import { fixtureSync } from '@open-wc/testing';

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
