import { html, render } from 'lit';

let prototype: HTMLButtonElement | undefined;

/** The button, its symbol and a label of one space (a text node to write); drawn by Lit once, so Trusted Types see its policy, not a bare HTML string. */
function build(): HTMLButtonElement {
  const holder = document.createElement('div');
  // On one line: the whitespace of an indented template would be text nodes in every button.
  // The symbol is core's KAKAO_SYMBOL_PATH written out (a few bytes less in every app's first
  // chunk than importing it); the rendering test holds the two equal.
  render(
    html`<button part="button" type="button"><svg class="symbol" part="symbol" viewBox="0 0 18 18" aria-hidden="true"><path d="M.8 8.2a8.2 6.7 0 1 1 16.4 0a8.2 6.7 0 1 1-16.4 0zM5.2 13.6l3.4.9-4.3 2.7z" /></svg><span part="label" class="label"> </span></button>`,
    holder,
  );
  return holder.firstElementChild as HTMLButtonElement;
}

/**
 * A new copy of the button's markup. Drawn once and cloned for every button: a clone is one
 * native call, where a template instance per button walks its nodes and makes a part for each
 * binding, and a page of 100 buttons paid that 100 times before any of them worked.
 */
export function cloneShell(): HTMLButtonElement {
  return (prototype ??= build()).cloneNode(true) as HTMLButtonElement;
}
