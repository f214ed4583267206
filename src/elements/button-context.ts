import type { ContextFields, DroppedField } from '../core/context.js';
import { pageContext } from '../core/page-context.js';
import type { MemberInfo } from './configure.js';

/** The button's own context settings, as its attributes and properties hold them. */
export interface ContextSettings {
  placement: string;
  campaign: string;
  pageKey: string;
  memberId: string;
  memberGrade: string;
  member: MemberInfo | null;
  siteMember: MemberInfo | null;
}

const ATTRIBUTE_OF: Record<string, string> = {
  placement: 'placement',
  campaign: 'campaign',
  source: 'source',
  memberId: 'member-id',
  memberGrade: 'member-grade',
  page: 'page-key',
};

const DESCRIPTION: Record<string, string> = {
  phone: 'a phone number',
  email: 'an e-mail address',
  'resident-number': 'a resident registration number',
  'card-number': 'a card number',
};

const PROBLEM: Record<string, string> = {
  invalid: 'is not plain text (control characters, or an invalid key)',
  markup: 'contains < or >',
  'too-long': 'is longer than 256 characters',
};

/** The member when it is an object; anything else (a bare ID string, say) is reported by the button and skipped here. */
const memberObject = (member: unknown): MemberInfo | null => (typeof member === 'object' && member !== null && !Array.isArray(member) ? member : null);

/**
 * Everything the agent should know, from the most specific source available: the button's
 * attributes, then its `member` property, then the site's `configure({ member })`; source,
 * campaign and page from the current URL and referrer.
 */
export function buttonContext(settings: ContextSettings): ContextFields {
  const page = pageContext(location.href, document.referrer);
  const member: MemberInfo =
    settings.memberId || settings.memberGrade
      ? { id: settings.memberId, grade: settings.memberGrade }
      : (memberObject(settings.member) ?? memberObject(settings.siteMember) ?? {});
  return {
    placement: settings.placement,
    campaign: settings.campaign || page.campaign,
    source: page.source,
    memberId: member.id,
    memberGrade: member.grade,
    page: settings.pageKey || page.page,
  };
}

/** The developer-facing name and explanation of a field the codec refused (budget drops are normal). */
export function describeRefusal({ field, reason }: DroppedField): { field: string; message: string } | undefined {
  if (reason === 'budget') return undefined;
  const name = ATTRIBUTE_OF[field] ?? field;
  return {
    field: name,
    message: Object.hasOwn(PROBLEM, reason)
      ? `${name} ${PROBLEM[reason]} and was left out of extra.`
      : `${name} looks like ${DESCRIPTION[reason]} and was left out of extra: personal data must not travel in launch URLs.`,
  };
}
