import { aTimeout, expect } from '@open-wc/testing';
import type { ConsultProblemDetail } from '../../src/elements/consult-button/consult-button.js';
import type { LaunchSpy } from './launch-spy.js';

/**
 * Markup that would run if anything parsed it as HTML: every variant sets the same flag.
 * `src=x` makes the image fail at once, so its onerror would fire within the test.
 */
export const MARKUP = `"><img src=x onerror="window.__hostile=1"><svg onload="window.__hostile=1"></svg><script>window.__hostile=1</script>`;

/** One megabyte of text, the size of a hostile attribute that must not stall the page. */
export const MEGABYTE = 'a'.repeat(1 << 20);

/** Elements no input may create, in the element's shadow root or nested ones. */
const DANGEROUS = 'img, script, iframe, object, embed, [onerror], [onload]';

/** Counts what matches `selector` under `root`, through every open shadow root. */
function deepCount(root: ParentNode, selector: string): number {
  let count = root.querySelectorAll(selector).length;
  for (const element of root.querySelectorAll('*')) if (element.shadowRoot) count += deepCount(element.shadowRoot, selector);
  return count;
}

/** Asserts, a task later, that no input became markup: no such element, and the flag never set. */
export async function expectInert(element: Element): Promise<void> {
  await aTimeout(0);
  expect(deepCount(element.shadowRoot!, DANGEROUS), 'elements created from input').to.equal(0);
  expect(deepCount(element, DANGEROUS), 'elements created in the light DOM').to.equal(0);
  expect((window as { __hostile?: unknown }).__hostile, 'injected code ran').to.equal(undefined);
}

export interface Problem extends ConsultProblemDetail {
  type: 'consult-error' | 'consult-warning';
}

/** Records the element's consult-error and consult-warning events; attach before it connects. */
export function recordProblems(element: Element): Problem[] {
  const problems: Problem[] = [];
  for (const type of ['consult-error', 'consult-warning'] as const) {
    element.addEventListener(type, (event) => problems.push({ type, ...(event as CustomEvent<ConsultProblemDetail>).detail }));
  }
  return problems;
}

/**
 * Asserts every way out the page tried is https or this test's own origin (the popup starts
 * at about:blank only to be filled by a POST), and nothing sent carries markup or controls.
 */
export function expectSafeLaunches(spy: LaunchSpy): void {
  for (const { url, target } of spy.opens) {
    if (url === 'about:blank' && spy.submits.some((submit) => submit.target === target)) continue;
    const { protocol, origin } = new URL(url);
    expect(protocol === 'https:' || origin === location.origin, `opened ${url.slice(0, 80)}`).to.equal(true);
    expect(/[<>"\s]/.test(url), `raw markup in ${url.slice(0, 80)}`).to.equal(false);
  }
  for (const { action, fields } of spy.submits) {
    const { protocol, origin } = new URL(action);
    expect(protocol === 'https:' || origin === location.origin, `posted to ${action.slice(0, 80)}`).to.equal(true);
    for (const value of Object.values(fields))
      // eslint-disable-next-line no-control-regex -- control characters are what a hostile value must not carry through.
      expect(/[<>\u0000-\u001f\u202a-\u202e]/.test(value), `sent ${value.slice(0, 80)}`).to.equal(false);
  }
}
