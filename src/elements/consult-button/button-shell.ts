import { html, render } from 'lit';
import { KAKAO_SYMBOL_PATH } from '../../core/kakao-symbol.js';

/** The parts of one button's shadow markup that change: the button's ARIA states and the label's text. */
export interface ButtonShell {
  readonly button: HTMLButtonElement;
  readonly label: Text;
}

let prototype: HTMLButtonElement | undefined;

/** The button, its symbol and an empty label; drawn by Lit once, so Trusted Types see its policy, not a bare HTML string. */
function build(): HTMLButtonElement {
  const holder = document.createElement('div');
  // On one line: the whitespace of an indented template would be text nodes in every button.
  render(
    html`<button part="button" type="button"><svg class="symbol" part="symbol" viewBox="0 0 18 18" aria-hidden="true" focusable="false"><path d=${KAKAO_SYMBOL_PATH} /></svg><span part="label" class="label"></span></button>`,
    holder,
  );
  const button = holder.firstElementChild as HTMLButtonElement;
  (button.lastChild as Element).append('');
  return button;
}

/**
 * A new copy of the button's markup. Drawn once and cloned for every button: a clone is one
 * native call, where a template instance per button walks its nodes and makes a part for each
 * binding, and a page of 100 buttons paid that 100 times before any of them worked.
 */
export function cloneShell(): ButtonShell {
  const button = (prototype ??= build()).cloneNode(true) as HTMLButtonElement;
  return { button, label: button.lastChild!.firstChild as Text };
}

/** Writes an attribute (or removes it, for `null`) only when it changes: every write restyles the button. */
export function writeAttribute(element: Element, name: string, value: string | null): void {
  if (element.getAttribute(name) === value) return;
  if (value === null) element.removeAttribute(name);
  else element.setAttribute(name, value);
}
