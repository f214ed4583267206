import { versionHint } from './client.js';
import type { ConsentNotice } from './consent.js';
import { ConsultInputError } from '../errors.js';
import { safeLink } from '../safe-link.js';
import { clip } from '../text.js';

/**
 * Values the button can work without but must not use, each described as the warning that
 * tells the developer it is ignored: left out silently, a mistake would never be found.
 */

const blank = (value: unknown) => value == null || String(value).trim() === '';

/** The policy link, when it is neither https nor a path on this site and so is left out of the consent dialog. */
export function unsafePolicyLink(notice: ConsentNotice, consentHref: unknown, base: string): ConsultInputError | undefined {
  const fromNotice = notice.href != null;
  const href: unknown = fromNotice ? notice.href : consentHref;
  if (blank(href) || (typeof href === 'string' && safeLink(href, base))) return undefined;
  const field = fromNotice ? 'consent' : 'consent-href';
  return new ConsultInputError(
    field,
    `${fromNotice ? 'consent.href' : 'consent-href'} "${clip(String(href))}" is neither https nor a path on this site; the consent dialog shows no policy link.`,
  );
}

/** A `kakaotalk-version` that is no dotted version: the user agent's version is used instead, if any. */
export function unreadableVersion(hint: unknown): ConsultInputError | undefined {
  if (blank(hint) || versionHint(hint) !== null) return undefined;
  return new ConsultInputError(
    'kakaotalk-version',
    `kakaotalk-version "${clip(String(hint))}" is not a dotted version such as "10.5.0"; it is ignored.`,
  );
}

/** The consent notice object, when `consent` is one. */
export function consentNotice(consent: unknown): ConsentNotice {
  return typeof consent === 'object' && consent !== null ? (consent as ConsentNotice) : {};
}

/** Any `consent` value but blank asks for consent: a typo must not send member data unasked. */
export function consentAsked(consent: unknown): boolean {
  return !blank(consent);
}

/** A `consent` that is neither "required" nor a notice object: consent is asked all the same. */
export function unknownConsent(consent: unknown): ConsultInputError | undefined {
  if (blank(consent) || consent === 'required' || typeof consent === 'object') return undefined;
  return new ConsultInputError(
    'consent',
    `consent "${clip(String(consent))}" is not "required" or a notice object; consent is asked all the same (remove the attribute to ask none).`,
  );
}

/** An `analytics` other than "datalayer": nothing is pushed, not even by the site-wide option. */
export function unknownAnalytics(analytics: unknown): ConsultInputError | undefined {
  if (blank(analytics) || analytics === 'datalayer') return undefined;
  return new ConsultInputError(
    'analytics',
    `analytics "${clip(String(analytics))}" is not "datalayer"; no consult event goes to analytics.`,
  );
}

/** A member that is no object like `{ id, grade }`: it adds no member context, so the developer is told. */
export function unusableMember(member: unknown, source: 'member' | 'configure'): ConsultInputError | undefined {
  if (member == null || (typeof member === 'object' && !Array.isArray(member))) return undefined;
  const given = Array.isArray(member) ? 'an array' : `${typeof member} "${clip(String(member))}"`;
  const name = source === 'member' ? 'the member property' : 'configure({ member })';
  return new ConsultInputError(
    'member',
    `${name} gave ${given}, not an object such as { id: "A1029", grade: "VIP" }; no member context is sent from it.`,
  );
}
