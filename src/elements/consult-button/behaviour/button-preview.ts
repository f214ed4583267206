import type { ConsultInputError } from '../../../core/errors.js';
import type { LaunchPlan } from '../../../core/launch/launch-plan.js';
import { currentPage } from './button-context.js';
import { planFor, sameInput, type ButtonInput } from './button-input.js';
import { SETTING_CHECKS } from './setting-checks.js';

/** What a button knows before any click: the plan with what is known, and each setting check's warning (or none). */
export interface Preview {
  readonly plan: LaunchPlan;
  readonly warnings: readonly (readonly [source: string, warning: ConsultInputError | undefined])[];
}

let last: { input: ButtonInput; page: object; preview: Preview } | undefined;

/**
 * The preview of this input on this page. Both are pure functions of the input and the page's
 * URL, so buttons with the same input share the last one: a product list of 100 identical
 * buttons plans and checks once (each button still tells its own problems).
 */
export function previewOf(input: ButtonInput): Preview {
  const page = currentPage();
  if (last?.page === page && sameInput(last.input, input)) return last.preview;
  const preview: Preview = {
    plan: planFor(input, false),
    warnings: SETTING_CHECKS.map(([source, check]) => [source, check(input)] as const),
  };
  last = { input, page, preview };
  return preview;
}
