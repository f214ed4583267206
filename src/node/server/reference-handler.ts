import { readReference, type ConsultReference } from '../../core/agent/agent-reference.js';
import { isJsonObject, parseJsonSafely } from '../../core/agent/safe-json.js';
import type { Secret } from '../../core/agent/signature.js';
import { redeemTicket, type TicketStore } from '../../core/agent/ticket.js';
import { MAX_BODY_BYTES } from '../../core/agent/webhook-body.js';
import { jsonAnswer, textAnswer } from './answers.js';
import { BodyRefused, readLimitedBody } from './request-body.js';

/** One consult as the site's callback gets it. */
export interface ArrivedConsult<Member = unknown> {
  /** The body read safely, with the signature judged (`valid`, `bad-signature`, …). */
  reference: ConsultReference;
  /** The member the ticket was issued for: only when the signature is valid and the ticket unspent. */
  member?: Member;
}

export interface ReferenceHandlerOptions<Member = unknown> {
  /** The secret the site signs `extra` with; without it nothing is verified (`no-secret`). */
  secret?: Secret;
  /** Where tickets wait (`issueTicket`'s store); without it tickets are not redeemed. */
  tickets?: TicketStore;
  /** Hands each consult to the site: show it to an agent, log it. Its failure is a 500, so Kakao retries. */
  onConsult: (consult: ArrivedConsult<Member>) => void | Promise<void>;
  /** Largest body read, default 64 KiB (a real one is under 2 KiB). */
  maxBytes?: number;
  /** Time allowed for the body to arrive, default 10 s. */
  timeoutMs?: number;
}

/**
 * Kakao's `/reference` webhook as a Fetch handler: reads the body safely (size and time
 * limited, never trusting its shape), verifies the signature, redeems the ticket of a valid
 * context once, and hands the consult to `onConsult`. A tampered context still arrives (the
 * user did ask), marked `bad-signature` and without a member. Answers 200 with `{ ok: true }`;
 * 400 for a body that is not a JSON object, 405, 408, 413, 415 as their names say.
 *
 * @throws ConsultInputError at creation when `secret` is shorter than 16 bytes.
 */
export function createReferenceHandler<Member = unknown>(
  options: ReferenceHandlerOptions<Member>,
): (request: Request) => Promise<Response> {
  const { secret, tickets, onConsult, maxBytes = MAX_BODY_BYTES, timeoutMs = 10_000 } = options;
  return async (request) => {
    if (request.method !== 'POST') return textAnswer(405, 'POST the /reference body.', { Allow: 'POST' });
    const type = request.headers.get('content-type') ?? '';
    if (type !== '' && !/^application\/json\s*(;|$)/i.test(type)) return textAnswer(415, 'The body must be application/json.');
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(await readLimitedBody(request, maxBytes, timeoutMs));
    } catch (error) {
      if (error instanceof BodyRefused) return textAnswer(error.status, `Body refused: ${error.message}.`);
      return textAnswer(400, 'The body is not UTF-8.');
    }
    const parsed = parseJsonSafely(text);
    if (!parsed.ok || !isJsonObject(parsed.value))
      return textAnswer(400, `The body is not a JSON object${parsed.ok ? '' : `: ${parsed.error}`}.`);
    const reference = await readReference(text, secret === undefined ? {} : { secret });
    const consult: ArrivedConsult<Member> = { reference };
    if (tickets && secret !== undefined && reference.signature === 'valid' && reference.ticket !== undefined) {
      const member = await redeemTicket<Member>(reference.ticket, secret, { store: tickets });
      if (member !== undefined) consult.member = member;
    }
    await onConsult(consult);
    return jsonAnswer(200, { ok: true });
  };
}
