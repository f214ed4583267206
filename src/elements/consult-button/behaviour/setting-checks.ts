import { versionHint } from '../../../core/launch/client.js';
import { ConsultInputError } from '../../../core/errors.js';
import {
  consentNotice,
  unknownAnalytics,
  unknownConsent,
  unreadableVersion,
  unsafePolicyLink,
  unusableMember,
} from '../../../core/launch/ignored-values.js';
import { parsePopupSize } from '../../../core/launch/popup-size.js';
import { clip } from '../../../core/text.js';
import { describeRefusalWith } from '../../../core/i18n/refusals.js';
import { REFUSALS_EN } from '../../../core/i18n/refusals.en.js';
import type { LaunchPlan } from '../../../core/launch/launch-plan.js';
import type { ProblemLog } from '../../internal/problem-log.js';
import { BUTTON_ATTRIBUTES, type ButtonAttribute, type ButtonProperty } from '../button-attributes.js';
import { isBridgeName } from './app-bridge.js';
import { attributeOf } from './button-context.js';
import type { ButtonInput } from './button-input.js';
import type { ConfigProblem } from './remote-config-loader.js';

/** A check of the input: the warning for a value the button works without, or undefined. */
type Check = (input: ButtonInput) => ConsultInputError | undefined;

/** `popup-size` as the launch uses it; a bad value leaves the default, and {@link SETTING_CHECKS} tells. */
function popupSizeProblem({ popupSize }: ButtonInput): ConsultInputError | undefined {
  try {
    parsePopupSize(popupSize);
    return undefined;
  } catch (error) {
    return error as ConsultInputError;
  }
}

/** The enumerated attributes (the look's and the behaviour's): attribute, property and choices, the first the default. */
const ENUMERATED = Object.entries(BUTTON_ATTRIBUTES as Record<ButtonProperty, ButtonAttribute>).flatMap(
  ([property, { attribute, choices }]) =>
    choices ? [[typeof attribute === 'string' ? attribute : property, property as ButtonProperty, choices] as const] : [],
);

/**
 * Every setting the button can do without, its check and the warning it gives: one table, so
 * each warning has one place. Checked whenever the input changes; each source is told once
 * until it changes (errors that disable the button come from the launch plan instead).
 */
export const SETTING_CHECKS: readonly (readonly [source: string, check: Check])[] = [
  ['kakaotalk-version', ({ kakaotalkVersion }) => unreadableVersion(kakaotalkVersion)],
  [
    'update',
    ({ client, kakaotalkVersion }) =>
      client.needsUpdate
        ? // An unreadable hint is ignored, so then the version came from the user agent.
          new ConsultInputError(
            versionHint(kakaotalkVersion) ? 'kakaotalk-version' : 'user-agent',
            `KakaoTalk ${client.kakaoTalkVersion} is older than 5.8.0, which the consult button needs; the user is asked to update.`,
          )
        : undefined,
  ],
  [
    'bridge',
    ({ bridge }) =>
      bridge && !isBridgeName(bridge)
        ? new ConsultInputError('bridge', `bridge "${clip(String(bridge))}" is not a JavaScript identifier; it is ignored.`)
        : undefined,
  ],
  ['consent-href', ({ consent, consentHref }) => unsafePolicyLink(consentNotice(consent), consentHref, location.href)],
  ['member-property', ({ member }) => unusableMember(member, 'member')],
  ['site-member', ({ siteMember }) => unusableMember(siteMember, 'configure')],
  ['consent', ({ consent }) => unknownConsent(consent)],
  ['analytics', ({ analytics }) => unknownAnalytics(analytics)],
  ['popup-size', popupSizeProblem],
  ...ENUMERATED.map(([field, property, allowed]): readonly [string, Check] => [
    field,
    (input) => {
      const value: unknown = input[property];
      // null: the attribute was removed, which leaves the default.
      const known = value == null || allowed.includes(value as string);
      return known
        ? undefined
        : new ConsultInputError(field, `${field} "${clip(String(value))}" is not one of ${allowed.join(', ')}; using "${allowed[0]}".`);
    },
  ]),
];

/**
 * Tells the developer about refused context values: early, from the preview, and on a
 * click. That a member stays out of a QR code or intent (`url-only`) is told when it happens,
 * not on every page a logged-in member opens.
 */
export function reportRefusals(problems: ProblemLog, plan: LaunchPlan, urlOnly: boolean): void {
  for (const dropped of plan.refused) {
    if (dropped.reason === 'url-only' && !urlOnly) continue;
    const name = attributeOf(dropped.field);
    problems.report(
      `context:${dropped.field}`,
      'warning',
      new ConsultInputError(name, describeRefusalWith(REFUSALS_EN, dropped, { name })),
    );
  }
}

/** A bad config file is an error the site must fix; an unreachable one only a warning. The loader logs once per page. */
export function reportConfig(problems: ProblemLog, problem: ConfigProblem): void {
  problems.report(
    'config',
    problem.kind === 'invalid' ? 'error' : 'warning',
    new ConsultInputError('config-src', problem.messages.join('; ')),
    true,
  );
}
