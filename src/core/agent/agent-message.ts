import type { JsonObject } from './safe-json.js';
import { assignDefined, FieldReader, readBody, type BodyProblem, type WebhookBody } from './webhook-body.js';

/** A user's message as the partner's `/message` webhook receives it. */
export interface ConsultMessage {
  userKey?: string;
  sessionId?: string;
  senderKey?: string;
  /** `serial_number`, exact: values such as 1689884130894833200 are beyond JavaScript's safe integers. */
  serialNumber?: string;
  /** When it was sent (`time`, ms since 1970). */
  at?: number;
  /** The message type, e.g. `text`, `photo`. */
  type?: string;
  /** The text of a text message. */
  content?: string;
  /** The whole body, read safely (no prototype, large integers as digit strings), for other fields. */
  body: JsonObject;
  /** Everything that could not be read, by JSON path. */
  problems: BodyProblem[];
}

/**
 * Reads a `/message` webhook body with `readReference`'s guarantees: never throws, bodies over
 * 64 KiB are not read, large integers stay exact (`serialNumber` is a string).
 */
export function readMessage(body: WebhookBody): ConsultMessage {
  const { object, problems } = readBody(body);
  const top = new FieldReader(object, '', problems);
  const result: ConsultMessage = { body: object, problems };
  const optional = {
    userKey: top.text('user_key'),
    sessionId: top.text('session_id'),
    senderKey: top.text('sender_key'),
    serialNumber: top.integer('serial_number'),
    at: top.time('time'),
    type: top.text('type'),
    content: top.text('content'),
  };
  return assignDefined(result, optional);
}
