import { androidIntentUrl } from './app-links.js';
import type { ClientInfo } from './client.js';
import { encodeContext, signedPayload, type ContextFields, type DroppedField, type EncodeResult } from './context.js';
import { ConsultInputError } from '../errors.js';
import { buildLaunch, type LaunchOptions, type LaunchRequest } from './launch.js';

/**
 * How a launch leaves the page:
 * - `_self`: this tab, by GET or by a POST form (`request.method` says which) — phones;
 * - `popup`: a sized popup on PC (the Kakao-account path), POST form or GET address;
 * - `panel`: the PC panel, whose QR code carries `request.url` and whose PC button launches
 *   `request` in the popup;
 * - `intent`: an Android `intent://` URL (an app's webview cannot follow the https app link);
 * - `bridge`: the host app's bridge, handed `request`;
 * - `consent`: ask for consent first, then plan again;
 * - `wait`: the remote switch has not answered yet: wait for it, then plan again;
 * - `disabled`: nothing launches (`blocked` says why).
 */
export type PlanTarget = '_self' | 'popup' | 'panel' | 'intent' | 'bridge' | 'consent' | 'wait' | 'disabled';

/** The targets that send a launch (the rest ask, wait or refuse): `consult-launch`'s `target`. */
export type LaunchTarget = Extract<PlanTarget, '_self' | 'popup' | 'intent' | 'bridge'>;

/** On a PC: the panel with a choice, the panel's QR code only, or the popup directly. */
export type PcMode = 'choice' | 'qr' | 'popup';

/** What the site's operating config says, or `pending` while it has not answered. */
export type OperatingInput = { enabled: boolean; open: boolean } | 'pending';

/** Where the plan is for: a page with a user and a client, or a printed code (only a URL). */
export type PlanClient = ClientInfo | 'print';

export interface PlanInputs {
  /** The channel's search ID with its `@`; validated here. */
  channel: unknown;
  endpoint?: unknown;
  bot?: unknown;
  event?: unknown;
  /** A pre-packed (e.g. server-signed) `extra`, sent as is instead of `context`. */
  extra?: string;
  /** Context other than the member: placement, campaign, source, page, custom fields. */
  context?: Omit<ContextFields, 'memberId' | 'memberGrade' | 'ticket'>;
  /** The logged-in member, when the page knows one. */
  member?: { id?: unknown; grade?: unknown } | null;
  /** An opaque reference to the member, issued by the site's server: rides on every path. */
  ticket?: string;
  /** The site's ticket source has not answered yet: wait for it. */
  ticketPending?: boolean;
  /** `required`: consent must be given before a launch; `given`: it was. Default none needed. */
  consent?: 'none' | 'required' | 'given';
  pcMode?: PcMode;
  /** Whether the host app registered the button's bridge. */
  bridge?: boolean;
  client: PlanClient;
  /** Default: always open and enabled (no operating config). */
  operating?: OperatingInput;
  /** Outside the hours: `launch` (the chatbot answers) or `disabled`. */
  offlineMode?: 'launch' | 'disabled';
}

export interface LaunchPlan {
  target: PlanTarget;
  /** Why nothing launches, for `disabled`: bad settings, the site's switch, or closed hours. */
  blocked?: 'invalid' | 'switched-off' | 'closed';
  /** The settings error that disables the button (`blocked: 'invalid'`). */
  error?: ConsultInputError;
  /**
   * What is sent (absent when nothing can be). `request.url` is always the member-free GET
   * form: the QR code, intent, fallback link and a bridge's `url` use it, so no URL the kit
   * produces carries member fields. For `intent` the request is that GET itself.
   */
  request?: LaunchRequest;
  /**
   * The member-free GET launch that `request.url` is the URL of: what a QR code, an intent or
   * a printed code carries. The same object as `request` where only a URL travels.
   */
  link?: LaunchRequest;
  /** For `intent`: the `intent://` URL that opens `request.url` in KakaoTalk. */
  intent?: string;
  /** How the context was packed into the sent `extra` (absent for a pre-packed `extra`). */
  context?: EncodeResult;
  /** Whether member fields (id, grade) ride in `request.fields` (never in `request.url`). */
  memberPacked: boolean;
  /** Values left out that the site should hear about (not budget cuts, which are normal). */
  refused: DroppedField[];
  /** Outside the hours the chatbot answers: `bot=true` was set for this launch. */
  offlineBot: boolean;
  /** Watch whether KakaoTalk took over the page (phones), to offer help if not. */
  watch: boolean;
}

const MEMBER_KEYS = new Set(['m', 'g']);

/** The pieces of a pre-packed extra that are member fields, and the rest without signature. */
function splitPrepacked(extra: string): { carriesMember: boolean; withoutMember: string } {
  const { payload, signature } = signedPayload(extra);
  const pieces = payload === '' ? [] : payload.split(';');
  const kept = pieces.filter((piece) => !MEMBER_KEYS.has(piece.slice(0, piece.indexOf('='))));
  const carriesMember = kept.length !== pieces.length;
  // Dropping a piece breaks a signature; an unsigned value says honestly what it is.
  return { carriesMember, withoutMember: carriesMember ? kept.join(';') : signature === undefined ? payload : extra };
}

function blank(value: unknown): boolean {
  return value == null || (typeof value === 'string' && value.trim() === '');
}

/** Where a launch goes for this client, before bridges, modes and consent. */
function routeFor(client: PlanClient, pcMode: PcMode, bridge: boolean): LaunchTarget | 'panel' {
  if (client === 'print') return '_self';
  if (bridge) return 'bridge';
  if (client.platform === 'desktop') return pcMode === 'popup' ? 'popup' : 'panel';
  if (client.platform === 'android' && client.inApp === 'webview') return 'intent';
  return '_self';
}

/** Targets where only a URL can travel: member fields never ride there. */
const URL_ONLY = new Set<PlanTarget>(['intent']);

/**
 * The one launch decision, pure: settings, client, operating state → what to send, where,
 * and what to tell. Invariant: no URL in the plan (`request.url`, and for URL-only targets
 * the whole request) carries a member field; member data rides only in POST fields.
 */
export function planLaunch(inputs: PlanInputs): LaunchPlan {
  const plan: LaunchPlan = { target: 'disabled', memberPacked: false, refused: [], offlineBot: false, watch: false };
  const operating = inputs.operating ?? { enabled: true, open: true };
  const print = inputs.client === 'print';
  const route = routeFor(inputs.client, inputs.pcMode ?? 'choice', Boolean(inputs.bridge));
  const urlOnly = print || URL_ONLY.has(route);

  // Outside the hours nobody is at the desk: the chatbot answers unless the site chose a mode.
  const closed = operating !== 'pending' && !operating.open;
  plan.offlineBot = closed && blank(inputs.bot) && !print;
  const bot = plan.offlineBot ? 'true' : inputs.bot;

  const packed = pack(inputs, urlOnly, plan);
  try {
    // Attributes are untrusted: buildLaunch validates whatever type arrives.
    const base = { channel: inputs.channel, bot, event: inputs.event, endpoint: inputs.endpoint } as LaunchOptions;
    const sent = buildLaunch({ ...base, extra: packed.sent, post: plan.memberPacked });
    const free = packed.free === packed.sent ? sent : buildLaunch({ ...base, extra: packed.free });
    // Where only a URL travels, bot and event ride in its query, which the protocol allows.
    plan.link = { ...free, method: 'GET', action: free.url };
    plan.request = urlOnly ? plan.link : { ...sent, url: free.url };
  } catch (error) {
    if (!(error instanceof ConsultInputError)) throw error;
    plan.error = error;
    plan.blocked = 'invalid';
    plan.memberPacked = false;
    return plan;
  }

  if (operating === 'pending' || inputs.ticketPending) plan.target = 'wait';
  else if (!operating.enabled) plan.blocked = 'switched-off';
  else if (closed && inputs.offlineMode === 'disabled') plan.blocked = 'closed';
  else if (inputs.consent === 'required') plan.target = 'consent';
  else plan.target = route;
  if (plan.blocked) return plan;
  // Only the panel shows the member-free URL on purpose: say once that its code leaves the member out.
  if (plan.target === 'panel' && plan.memberPacked) plan.refused.push({ field: 'member', reason: 'url-only' });
  // An intent needs https; a test endpoint on http://localhost goes to the tab instead.
  if (plan.target === 'intent') {
    if (plan.request.url.startsWith('https:')) plan.intent = androidIntentUrl(plan.request.url);
    else plan.target = '_self';
  }
  plan.watch = !print && (plan.target === '_self' || plan.target === 'intent');
  return plan;
}

/**
 * The `extra` to send and its member-free twin. Member fields are packed only where a POST
 * can carry them and consent allows; on URL-only paths they are left out and said so.
 */
function pack(inputs: PlanInputs, urlOnly: boolean, plan: LaunchPlan): { sent: string; free: string } {
  if (!blank(inputs.extra)) {
    const extra = inputs.extra as unknown;
    // Not text: buildLaunch refuses it, naming `extra`.
    if (typeof extra !== 'string') return { sent: extra as string, free: extra as string };
    const { carriesMember, withoutMember } = splitPrepacked(extra);
    if (!carriesMember) return { sent: extra, free: extra };
    if (urlOnly) {
      plan.refused.push({ field: 'member', reason: 'url-only' });
      return { sent: withoutMember, free: withoutMember };
    }
    plan.memberPacked = true;
    return { sent: extra, free: withoutMember };
  }
  // A ticket stands for the member, so it waits for consent as member fields do.
  const consented = inputs.consent !== 'required';
  const base: ContextFields = { ...inputs.context, ticket: consented ? inputs.ticket : undefined };
  const member = inputs.member && consented ? inputs.member : undefined;
  const hasMember = member != null && (!blank(member.id) || !blank(member.grade));
  const free = encodeContext(base);
  if (!hasMember) {
    plan.context = free;
    plan.refused.push(...free.dropped.filter(({ reason }) => reason !== 'budget'));
    return { sent: free.extra, free: free.extra };
  }
  const full = encodeContext({ ...base, memberId: member.id as string, memberGrade: member.grade as string });
  plan.refused.push(...full.dropped.filter(({ reason }) => reason !== 'budget'));
  const memberKept = full.kept.includes('memberId') || full.kept.includes('memberGrade');
  if (urlOnly) {
    if (memberKept) plan.refused.push({ field: 'member', reason: 'url-only' });
    plan.context = { ...free, dropped: [...free.dropped, ...(memberKept ? [{ field: 'member', reason: 'url-only' as const }] : [])] };
    return { sent: free.extra, free: free.extra };
  }
  plan.memberPacked = memberKept;
  plan.context = full;
  return { sent: full.extra, free: memberKept ? free.extra : full.extra };
}
