import type { ContextFields } from '../../../core/launch/context.js';
import { pageContext } from '../../../core/launch/page-context.js';
import type { ButtonSettings } from '../button-host.js';
import type { MemberInfo } from '../configure.js';

/** The attribute a context field comes from, for messages that tell the developer what to change. */
const ATTRIBUTE_OF: Record<string, string> = {
  placement: 'placement',
  campaign: 'campaign',
  source: 'source',
  memberId: 'member-id',
  memberGrade: 'member-grade',
  page: 'page-key',
};

/** The attribute name for a context field (`memberId` → `member-id`); other names as they are. */
export function attributeOf(field: string): string {
  return ATTRIBUTE_OF[field] ?? field;
}

/** The member when it is an object; anything else (a bare ID string, say) is reported by the button and skipped here. */
const memberObject = (member: unknown): MemberInfo | null =>
  typeof member === 'object' && member !== null && !Array.isArray(member) ? member : null;

/**
 * The page's context for this URL and referrer; every button on a page asks with the same
 * ones, so the last answer is kept (the same object while the URL and referrer stay).
 */
const pageContextOf = (() => {
  let last: { href: string; referrer: string; page: ReturnType<typeof pageContext> } | undefined;
  return (href: string, referrer: string) => {
    if (last?.href !== href || last.referrer !== referrer) last = { href, referrer, page: pageContext(href, referrer) };
    return last.page;
  };
})();

/** The page's context now: a new object only once the URL (a single-page app's route) or referrer changed. */
export const currentPage = () => pageContextOf(location.href, document.referrer);

/**
 * What the agent should know besides the member: the button's placement, the campaign (the
 * attribute, else the URL's `utm_campaign`), source and page from the current URL and referrer.
 */
export function buttonContext(
  settings: Pick<ButtonSettings, 'placement' | 'campaign' | 'pageKey'>,
  page = currentPage(),
): Omit<ContextFields, 'memberId' | 'memberGrade'> {
  return {
    placement: settings.placement,
    campaign: settings.campaign || page.campaign,
    source: page.source,
    page: settings.pageKey || page.page,
  };
}

/**
 * The member, from the most specific source available: the button's `member-*` attributes,
 * then its `member` property, then the site's `configure({ member })`.
 */
export function memberOf(
  settings: Pick<ButtonSettings, 'memberId' | 'memberGrade' | 'member'>,
  siteMember: MemberInfo | null,
): MemberInfo | null {
  if (settings.memberId || settings.memberGrade) return { id: settings.memberId, grade: settings.memberGrade };
  return memberObject(settings.member) ?? memberObject(siteMember);
}
