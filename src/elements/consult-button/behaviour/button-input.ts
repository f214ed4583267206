import { parseClient, type ClientInfo } from '../../../core/launch/client.js';
import type { Locale } from '../../../core/i18n/labels.js';
import { planLaunch, type LaunchPlan } from '../../../core/launch/launch-plan.js';
import type { OperatingState } from '../../../core/operating/operating-state.js';
import { BUTTON_ATTRIBUTES, type ButtonProperty, type ButtonSettings } from '../button-attributes.js';
import type { MemberInfo } from '../configure.js';
import { hasAppBridge } from './app-bridge.js';
import { buttonContext, memberOf } from './button-context.js';

/** Whether member data may go: no consent asked, asked and given, or asked and not (yet) given. */
export type ConsentState = 'none' | 'required' | 'given';

/**
 * Everything the button's behaviour depends on, read once per update: every setting of the
 * attribute table, and what the page and the site said. Derived, never mirrored: the
 * behaviour compares a new input with the last one key by key (as Lit's `Task` compares its
 * arguments), so a setting added to the table is compared without anyone listing it.
 */
export interface ButtonInput extends Readonly<ButtonSettings> {
  readonly locale: Locale;
  readonly client: ClientInfo;
  /** The member from `configure({ member })`, shared by every button. */
  readonly siteMember: MemberInfo | null;
  /** The ticket from `configure({ ticket })` for this button, once it answered. */
  readonly siteTicket: string | undefined;
  /** The site's ticket source has not answered yet. */
  readonly siteTicketPending: boolean;
  readonly consentState: ConsentState;
  /** The operating state as drawn, so a click acts on what the user saw. */
  readonly operating: OperatingState;
  /** The operating config has not answered and nothing is cached: the site's switch is unknown. */
  readonly operatingPending: boolean;
}

/** The client for these inputs; every button on a page asks with the same ones, so the last answer is kept. */
export const clientOf = (() => {
  let last: { userAgent: string; maxTouchPoints: number; kakaoTalkVersion: string; client: ClientInfo } | undefined;
  return (userAgent: string, maxTouchPoints: number, kakaoTalkVersion: string): ClientInfo => {
    // Compared one by one: a joined key would build and flatten a string on every update.
    if (last?.userAgent !== userAgent || last.maxTouchPoints !== maxTouchPoints || last.kakaoTalkVersion !== kakaoTalkVersion) {
      last = { userAgent, maxTouchPoints, kakaoTalkVersion, client: parseClient(userAgent, { maxTouchPoints, kakaoTalkVersion }) };
    }
    return last.client;
  };
})();

const SETTINGS = Object.keys(BUTTON_ATTRIBUTES) as ButtonProperty[];

/** The input: the host's settings now, with what the page and the site said. */
export function readInput(settings: Readonly<ButtonSettings>, said: Omit<ButtonInput, ButtonProperty>): ButtonInput {
  const input: Record<string, unknown> = { ...said };
  for (const name of SETTINGS) input[name] = settings[name];
  return input as unknown as ButtonInput;
}

/** True when both inputs hold the same values (by identity, as Lit compares properties). */
export function sameInput(previous: ButtonInput | undefined, next: ButtonInput): boolean {
  if (!previous) return false;
  for (const key in next) if (!Object.is(next[key as keyof ButtonInput], previous[key as keyof ButtonInput])) return false;
  return true;
}

/**
 * Asks core what a click does with this input. `mayWait` false plans with what is known (the
 * preview, or a tap that has waited already); true lets an unanswered ticket source or
 * operating config make the plan `wait`. The context is read now: the URL may have changed
 * in a single-page app.
 */
export function planFor(input: ButtonInput, mayWait: boolean): LaunchPlan {
  return planLaunch({
    channel: input.channel,
    endpoint: input.endpoint,
    bot: input.bot,
    event: input.event,
    extra: input.extra,
    context: buttonContext(input),
    member: memberOf(input, input.siteMember),
    ticket: input.ticket || input.siteTicket,
    ticketPending: !input.ticket && input.siteTicketPending && mayWait,
    consent: input.consentState,
    pcMode: input.pcMode,
    bridge: Boolean(input.bridge) && hasAppBridge(input.bridge),
    client: input.client,
    operating: input.operatingPending && mayWait ? 'pending' : input.operating,
    offlineMode: input.offlineMode,
  });
}
