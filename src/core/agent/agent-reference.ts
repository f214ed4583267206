import { parseExtra, TICKET, type ContextFields } from '../launch/context.js';
import { checkSignature, type Secret, type SignatureState } from './signature.js';
import { clip } from '../text.js';
import { assignDefined, FieldReader, readBody, type BodyProblem, type WebhookBody } from './webhook-body.js';

/**
 * What a consult request brings to the agent side: the body Kakao POSTs to the partner's
 * `/reference` when a consult starts, read into the context the button sent.
 */
export interface ConsultReference {
  /** The KakaoTalk user, as 상담톡 identifies them (`user_key`). */
  userKey?: string;
  /** `session_id`, exact (digits as text). */
  sessionId?: string;
  /** The channel's sender key (`sender_key`). */
  senderKey?: string;
  /** `app_user_id`, when the channel links app users. */
  appUserId?: string;
  /** When the consult started (`time`, ms since 1970). */
  at?: number;
  /**
   * Where the context came from: this consult's `reference`, or (when it came without one,
   * e.g. the user typed into the chat room) the `last_reference` 상담톡 kept; `none` if neither.
   */
  source: 'reference' | 'last_reference' | 'none';
  /** The `extra` as it arrived, or `''`. */
  extra: string;
  /** The decoded fields; trust member fields only when `signature` is `valid`. */
  context: ContextFields;
  /** The member ticket (`r=`) to redeem with `redeemTicket`, when there is a well-formed one. */
  ticket?: string;
  /** A signed value's expiry (ms since 1970). */
  expiresAt?: number;
  /** `bot` of the reference that gave the context (`'true'`, `'false'`, `'auto'`). */
  bot?: string;
  /** The chatbot block event (`bot_event`), when one ran. */
  botEvent?: string;
  /** The signature check; `no-secret` when no secret was given. */
  signature: SignatureState;
  /** Everything that could not be read, by JSON path; empty for a clean body. */
  problems: BodyProblem[];
}

export interface ReadReferenceOptions {
  /** The secret `signContext` signed with; without it `signature` is `no-secret`. */
  secret?: Secret;
  /** The clock for expiry (ms since 1970); default the consult's own `time`, else now. */
  now?: number;
}

/** Everything `readReference` returns but the signature check, synchronously: for reading logs in bulk. */
export function readReferenceBody(body: WebhookBody): Omit<ConsultReference, 'signature'> {
  const { object, problems } = readBody(body);
  const top = new FieldReader(object, '', problems);
  const reference = top.object('reference');
  const last = top.object('last_reference');
  const current = reference?.text('extra') ?? '';
  const previous = last?.text('extra') ?? '';
  const source = current !== '' ? 'reference' : previous !== '' ? 'last_reference' : 'none';
  const from = source === 'reference' ? reference : last;
  const extra = source === 'reference' ? current : previous;

  const parsed = parseExtra(extra);
  const context = parsed.fields;
  const where = `${source}.extra`;
  if (parsed.unknown.length > 0)
    problems.push({ path: where, message: `not in the kit's key=value form: ${clip(parsed.unknown.join(';'))}` });
  let ticket: string | undefined;
  if (context.ticket !== undefined) {
    if (TICKET.test(context.ticket)) ticket = context.ticket;
    else {
      problems.push({ path: where, message: 'the ticket (r=) is not a ticket: at most 16 letters, digits, _ or -' });
      delete context.ticket;
    }
  }
  const result: Omit<ConsultReference, 'signature'> = { source, extra, context, problems };
  const optional = {
    userKey: top.text('user_key'),
    sessionId: top.text('session_id'),
    senderKey: top.text('sender_key'),
    appUserId: top.text('app_user_id'),
    at: top.time('time'),
    ticket,
    expiresAt: parsed.expiresAt,
    bot: from?.text('bot'),
    botEvent: from?.text('bot_event') || undefined,
  };
  return assignDefined(result, optional);
}

/**
 * Reads a `/reference` webhook body: the raw body (text or bytes, preferred: large integers
 * stay exact) or an object a framework parsed. Never throws on the body: any shape, type,
 * size (bodies over 64 KiB are not read), nesting (over 32 levels), `__proto__` keys or broken
 * UTF-8 end up in `problems`, and nothing is polluted.
 *
 * @throws ConsultInputError only when `options.secret` is shorter than 16 bytes.
 */
export async function readReference(body: WebhookBody, options: ReadReferenceOptions = {}): Promise<ConsultReference> {
  const read = readReferenceBody(body);
  const { state } = await checkSignature(read.extra, options.secret, { now: options.now ?? read.at ?? Date.now() });
  return { ...read, signature: state };
}
