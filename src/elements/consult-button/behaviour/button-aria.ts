/** What the behaviour tells assistive technology about the button. */
export interface ButtonAria {
  disabled: boolean;
  busy: boolean;
  /** The ids of the notes that explain the button, space-separated ('' for none). */
  describedBy: string;
}

/**
 * Writes the button's ARIA states, each only when it changes (every write restyles the button).
 * The behaviour's own: a button without it has none of them.
 */
export function writeButtonAria(button: HTMLButtonElement, { disabled, busy, describedBy }: ButtonAria): void {
  write(button, 'aria-disabled', disabled ? 'true' : null);
  write(button, 'aria-busy', busy ? 'true' : null);
  write(button, 'aria-describedby', describedBy || null);
}

function write(element: Element, name: string, value: string | null): void {
  if (element.getAttribute(name) === value) return;
  if (value === null) element.removeAttribute(name);
  else element.setAttribute(name, value);
}
