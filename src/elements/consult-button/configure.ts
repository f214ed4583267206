import type { ContextFields } from '../../core/launch/context.js';

/** Who is logged in, as the site knows it. An ID and a grade, never a name or phone number. */
export interface MemberInfo {
  id?: string;
  grade?: string;
}

/** Returns the logged-in member (or null), now or later. */
export type MemberSource = () => MemberInfo | null | undefined | Promise<MemberInfo | null | undefined>;

/**
 * Returns an opaque ticket the site's server issued for the logged-in member (see
 * `issueTicket`), given the button's context; empty when nobody is logged in.
 */
export type TicketSource = (context: ContextFields) => string | null | undefined | Promise<string | null | undefined>;

/** Settings for every button on the page; a button's own attribute wins over them. */
export interface SiteOptions {
  /** Asked once per page, when the first button connects; its answer is shared by all. */
  member?: MemberSource;
  /**
   * Asked for each button when it connects (and again after `configure()`): its answer rides
   * in `extra` on every path, QR codes and intents included, where member fields cannot.
   */
  ticket?: TicketSource;
  /** The site's operating config (JSON): on/off switch, hours, holidays, notice. */
  configSrc?: string;
  /** `datalayer`: push every consult event to `window.dataLayer`. */
  analytics?: 'datalayer' | '';
}

let options: SiteOptions = {};
let member: Promise<MemberInfo | null> | undefined;
const listeners = new Set<() => void>();

/**
 * Sets site-wide options, before or after the buttons load. Calling it again merges the new
 * options in and asks for the member anew (e.g. after a login).
 */
export function configure(next: SiteOptions): void {
  options = { ...options, ...next };
  member = undefined;
  for (const listener of listeners) listener();
}

/** The member from `configure({ member })`, asked once and shared; rejects if the callback fails. */
export function siteMember(): Promise<MemberInfo | null> {
  member ??= (async () => (options.member ? ((await options.member()) ?? null) : null))();
  return member;
}

/** The current site-wide options. */
export function siteOptions(): Readonly<SiteOptions> {
  return options;
}

/** Calls `listener` after every `configure()`; returns the unsubscribe function. */
export function onConfigure(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
