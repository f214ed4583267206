import { emit } from './emit.js';

/** A problem with a setting: the attribute at fault (or `script`, `config-src`…) and what to do. */
export interface Problem {
  field: string;
  message: string;
}

/** `error`: the element cannot do its job until the site fixes it; `warning`: it carries on without the value. */
export type Severity = 'error' | 'warning';

/**
 * Tells the developer of a problem, the one way every element and the no-code launcher do:
 * a console line naming the element and the field, and a `consult-error` or
 * `consult-warning` event from the element (bubbling and composed). `logged` false: the
 * console already has it (the config loader logs once per page, not once per button).
 */
export function tellProblem(element: HTMLElement, severity: Severity, { field, message }: Problem, logged = false): void {
  if (!logged) (severity === 'error' ? console.error : console.warn)(`<${element.localName}> ${field}: ${message}`);
  emit(element, severity === 'error' ? 'consult-error' : 'consult-warning', { field, message });
}
