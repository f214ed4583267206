import { TICKET } from '../launch/context.js';
import { base64url, hmacBase64url, secretBytes, type Secret } from './signature.js';

/**
 * Member by reference. Where only a URL can travel (a QR code, an Android intent) member
 * fields stay out of `extra`; a ticket goes instead: 16 random base64url characters (96 bits)
 * that the site's server issued and stored with the member, which the agent side redeems
 * once. The store never holds the ticket itself, only HMAC(secret, ticket), so a leaked
 * store dump names no ticket that could be redeemed, and one store can serve several secrets.
 */

/**
 * Where tickets wait to be redeemed: any key-value store with expiry (Redis, a database
 * table, the in-memory {@link MemoryTicketStore}). Methods may be synchronous or async.
 */
export interface TicketStore {
  /** Stores `value` under `key` for `ttlMs` milliseconds. */
  set(key: string, value: string, ttlMs: number): unknown;
  /** The value under `key`, or undefined (or null) when there is none or it expired. */
  get(key: string): string | undefined | null | Promise<string | undefined | null>;
  /**
   * Removes `key`; true (or 1) only when it was there. Redemption trusts this answer, so two
   * agents redeeming the same ticket at once get the member once (Redis' `DEL` count does it).
   */
  delete(key: string): boolean | number | Promise<boolean | number>;
}

/** A store in memory with expiry: for tests, one-process sites and as a model for others. */
export class MemoryTicketStore implements TicketStore {
  readonly #entries = new Map<string, { value: string; expires: number }>();

  /** @param now The clock (ms since 1970); for tests. */
  constructor(private readonly now: () => number = Date.now) {}

  set(key: string, value: string, ttlMs: number): void {
    this.#sweep();
    this.#entries.set(key, { value, expires: this.now() + ttlMs });
  }

  get(key: string): string | undefined {
    const entry = this.#entries.get(key);
    return entry && entry.expires > this.now() ? entry.value : undefined;
  }

  delete(key: string): boolean {
    const entry = this.#entries.get(key);
    this.#entries.delete(key);
    return entry !== undefined && entry.expires > this.now();
  }

  /** How many tickets wait; expired ones are dropped first. */
  get size(): number {
    this.#sweep();
    return this.#entries.size;
  }

  // Expired entries go on every write, so memory stays bounded by the live tickets.
  #sweep(): void {
    const now = this.now();
    for (const [key, { expires }] of this.#entries) if (expires <= now) this.#entries.delete(key);
  }
}

export interface TicketOptions {
  /** Where tickets are kept. */
  store: TicketStore;
}

export interface IssueTicketOptions extends TicketOptions {
  /** How long the ticket can be redeemed, in ms; default 24 hours (a page's lifetime). */
  ttl?: number;
}

/** The default lifetime of a ticket: 24 hours. */
export const DEFAULT_TICKET_TTL = 86_400_000;
const TICKET_BYTES = 12;
const KEY_PREFIX = 'kakao-consult-ticket:';

async function storeKey(ticket: string, secret: Secret): Promise<string> {
  return KEY_PREFIX + (await hmacBase64url(secret, ticket));
}

/**
 * Issues a ticket for `member` (anything JSON can hold, e.g. `{ id: 'A1029', grade: 'VIP' }`)
 * and stores it; the ticket goes to the browser (`configure({ ticket })`) and rides in `extra`.
 *
 * @throws ConsultInputError when the secret is shorter than 16 bytes; RangeError for a `ttl`
 * that is not a positive number.
 */
export async function issueTicket(
  member: unknown,
  secret: Secret,
  { store, ttl = DEFAULT_TICKET_TTL }: IssueTicketOptions,
): Promise<string> {
  secretBytes(secret);
  if (!(ttl > 0 && Number.isFinite(ttl))) throw new RangeError(`ticket ttl must be a positive number of milliseconds, got ${String(ttl)}`);
  const ticket = base64url(globalThis.crypto.getRandomValues(new Uint8Array(TICKET_BYTES)));
  await store.set(await storeKey(ticket, secret), JSON.stringify(member), ttl);
  return ticket;
}

/**
 * Gives back the member a ticket was issued for, once: the ticket is spent by redeeming it,
 * and an expired, unknown, spent or malformed ticket gives undefined.
 *
 * @throws ConsultInputError when the secret is shorter than 16 bytes.
 */
export async function redeemTicket<Member = unknown>(
  ticket: unknown,
  secret: Secret,
  { store }: TicketOptions,
): Promise<Member | undefined> {
  secretBytes(secret);
  if (typeof ticket !== 'string' || !TICKET.test(ticket)) return undefined;
  const key = await storeKey(ticket, secret);
  const value = await store.get(key);
  if (value === undefined || value === null) return undefined;
  // Only the caller whose delete removed it gets the member.
  if (!(await store.delete(key))) return undefined;
  return JSON.parse(value) as Member;
}
