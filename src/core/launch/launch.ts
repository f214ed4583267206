import { ConsultInputError } from '../errors.js';
import { isLoopbackHost } from '../safe-link.js';
import { charCount, clip, hasBrokenText, hasMarkup, hasUnsafeCharacters } from '../text.js';

/** The 상담톡 launch endpoint real sites use. */
export const DEFAULT_ENDPOINT = 'https://bizmessage.kakao.com/chat/open';

/** Far longer than any real endpoint; beyond it the URL is a mistake, and a QR code could not hold it. */
const ENDPOINT_MAX_LENGTH = 500;

/** Dealer docs type `extra` as Text(50). */
export const EXTRA_MAX_LENGTH = 50;

/** Dealer docs type `event` as Text(100). */
export const EVENT_MAX_LENGTH = 100;

/** Who answers first: `false` an agent, `true` the chatbot, `auto` whatever the session had. */
export type BotMode = 'true' | 'false' | 'auto';
const BOT_MODES: readonly string[] = ['true', 'false', 'auto'] satisfies BotMode[];

export interface LaunchOptions {
  /** The channel's search ID with its leading `@`, e.g. `@mybrand` or `@sk렌터카new고객센터`. */
  channel: string;
  /** Metadata handed to the agent system; at most 50 characters. */
  extra?: string;
  /**
   * Connect to the chatbot first (`true`), an agent (`false`) or keep the session's mode.
   * Any other string (attributes are untrusted) is refused; `''` means unset.
   */
  bot?: BotMode | boolean | (string & {});
  /** Chatbot block event to run when connecting to the bot; at most 100 characters. */
  event?: string;
  /** Launch endpoint override (https only; http is allowed on localhost for tests). */
  endpoint?: string;
  /** Send as a POST form even without bot or event, e.g. to keep member data out of URLs. */
  post?: boolean;
}

/** The POST form fields of a launch; absent options are left out rather than sent empty. */
export interface LaunchFields {
  uuid: string;
  extra?: string;
  bot?: BotMode;
  event?: string;
}

export interface LaunchRequest {
  /** `POST` when a chatbot mode or event is set (the documented form) or `post` is asked for, else `GET`. */
  method: 'GET' | 'POST';
  /** Where to send it: the endpoint for `POST`, the GET URL for `GET`. */
  action: string;
  /** The POST form fields, the same values the GET URL carries. */
  fields: LaunchFields;
  /** The equivalent GET URL: `{endpoint}/@{channel}?extra=…&bot=…&event=…` (for links and QR codes). */
  url: string;
}

// Search IDs are letters (Korean included), digits and a few joiners. The cap only bounds
// hostile input; real IDs are far shorter.
const SEARCH_ID = /^@[\p{L}\p{N}_.-]{1,60}$/u;
const PUBLIC_ID = /^_[A-Za-z0-9]+$/;

/**
 * Validates a channel search ID and returns it trimmed and in NFC (text pasted from macOS can
 * carry decomposed Hangul, which would encode to a different URL).
 */
export function normalizeChannel(channel: unknown): string {
  if (channel == null || (typeof channel === 'string' && channel.trim() === '')) {
    throw new ConsultInputError('channel', 'channel is missing: set it to the channel search ID with its "@", e.g. "@mybrand".');
  }
  if (typeof channel !== 'string') {
    throw new ConsultInputError(
      'channel',
      `channel is ${typeof channel === 'object' ? 'an object' : `a ${typeof channel}`}, not text: set it to the channel search ID with its "@", e.g. "@mybrand".`,
    );
  }
  const id = channel.trim().normalize('NFC');
  if (SEARCH_ID.test(id)) return id;
  if (PUBLIC_ID.test(id) || id.includes('pf.kakao.com')) {
    throw new ConsultInputError(
      'channel',
      `channel "${clip(id)}" is a Kakao Channel public ID (from pf.kakao.com/_xxxx); 상담톡 needs the channel's search ID with "@", e.g. "@mybrand".`,
    );
  }
  if (!id.startsWith('@') && SEARCH_ID.test(`@${id}`)) {
    throw new ConsultInputError('channel', `channel "${clip(id)}" must start with "@": did you mean "@${id}"?`, `@${id}`);
  }
  throw new ConsultInputError(
    'channel',
    `channel "${clip(id)}" is not a search ID: use "@" followed by letters (Korean allowed), digits, "_", "." or "-".`,
  );
}

/** Validates an endpoint override: https, or http on localhost; no credentials, query or fragment. */
export function normalizeEndpoint(endpoint: string | null | undefined): string {
  // null: what a removed attribute leaves in its property.
  if (endpoint == null) return DEFAULT_ENDPOINT;
  if (typeof endpoint !== 'string')
    throw new ConsultInputError('endpoint', `endpoint must be a string, an https URL; got ${typeof endpoint}.`);
  if (endpoint.trim() === '') return DEFAULT_ENDPOINT;
  if (endpoint.length > ENDPOINT_MAX_LENGTH) {
    throw new ConsultInputError(
      'endpoint',
      `endpoint is ${endpoint.length} characters; a launch endpoint is a short https URL (at most ${ENDPOINT_MAX_LENGTH}).`,
    );
  }
  let url: URL;
  try {
    url = new URL(endpoint.trim());
  } catch {
    throw new ConsultInputError('endpoint', `endpoint "${clip(endpoint)}" is not an absolute URL; use e.g. "${DEFAULT_ENDPOINT}".`);
  }
  const local = isLoopbackHost(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
    throw new ConsultInputError('endpoint', `endpoint "${clip(endpoint)}" must use https (http is allowed only on localhost).`);
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new ConsultInputError('endpoint', `endpoint "${clip(endpoint)}" must not carry credentials, a query or a fragment.`);
  }
  return url.href.replace(/\/+$/, '');
}

function normalizeBot(bot: LaunchOptions['bot']): BotMode | undefined {
  if (bot == null || bot === '') return undefined;
  if (bot === true || bot === false) return String(bot) as BotMode;
  if (BOT_MODES.includes(bot as BotMode)) return bot as BotMode;
  throw new ConsultInputError(
    'bot',
    `bot "${clip(String(bot))}" must be "true" (chatbot first), "false" (an agent) or "auto" (keep the session's mode).`,
  );
}

function checkText(field: 'extra' | 'event', value: string | null | undefined, max: number): string | undefined {
  if (value == null || value === '') return undefined;
  if (typeof value !== 'string') {
    throw new ConsultInputError(field, `${field} must be a string.`);
  }
  if (hasBrokenText(value)) {
    throw new ConsultInputError(field, `${field} holds a character that did not decode (U+FFFD, or half of a surrogate pair); retype it.`);
  }
  if (hasUnsafeCharacters(value)) {
    throw new ConsultInputError(field, `${field} contains control or bidi-override characters; remove them.`);
  }
  if (hasMarkup(value)) {
    throw new ConsultInputError(field, `${field} contains < or >, which an agent's console could take for markup; remove them.`);
  }
  const length = charCount(value);
  if (length > max) {
    throw new ConsultInputError(field, `${field} is ${length} characters; the 상담톡 endpoint takes at most ${max}.`);
  }
  return value;
}

/**
 * Turns a channel and options into the launch request, validating every input.
 *
 * @throws ConsultInputError naming the field at fault.
 */
export function buildLaunch(options: LaunchOptions): LaunchRequest {
  const uuid = normalizeChannel(options.channel);
  const endpoint = normalizeEndpoint(options.endpoint);
  const extra = checkText('extra', options.extra, EXTRA_MAX_LENGTH);
  const bot = normalizeBot(options.bot);
  const event = checkText('event', options.event, EVENT_MAX_LENGTH);
  if (event !== undefined && bot === 'false') {
    throw new ConsultInputError(
      'event',
      'event runs a chatbot block, but bot is "false" (agent only): set bot to "true" or "auto", or drop event.',
    );
  }

  const fields: LaunchFields = { uuid };
  if (extra !== undefined) fields.extra = extra;
  if (bot !== undefined) fields.bot = bot;
  if (event !== undefined) fields.event = event;

  const query = (['extra', 'bot', 'event'] as const)
    .filter((name) => fields[name] !== undefined)
    .map((name) => `${name}=${encodeURIComponent(fields[name] as string)}`)
    .join('&');
  const url = `${endpoint}/@${encodeURIComponent(uuid.slice(1))}${query ? `?${query}` : ''}`;
  const method = options.post || bot !== undefined || event !== undefined ? 'POST' : 'GET';
  return { method, action: method === 'POST' ? endpoint : url, fields, url };
}
