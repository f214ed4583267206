import type { ContextFields } from './context.js';

/**
 * What a page tells about how the user got there: `utm_source` or else the referring site's
 * host (another site only: moving around your own site says nothing), `utm_campaign`, and
 * the page's path as its key. Hosts lose `www.` and `m.`, which cost characters and mean
 * nothing to an agent.
 */
export function pageContext(pageUrl: string, referrer = ''): Pick<ContextFields, 'source' | 'campaign' | 'page'> {
  const page = parse(pageUrl);
  if (!page) return {};
  const result: Pick<ContextFields, 'source' | 'campaign' | 'page'> = { page: page.pathname };
  const utmSource = page.searchParams.get('utm_source')?.trim();
  const utmCampaign = page.searchParams.get('utm_campaign')?.trim();
  const from = parse(referrer);
  if (utmSource) result.source = utmSource;
  else if (from && /^https?:$/.test(from.protocol) && from.host !== page.host) result.source = from.hostname.replace(/^(?:www|m)\./, '');
  if (utmCampaign) result.campaign = utmCampaign;
  return result;
}

function parse(url: string): URL | undefined {
  // No referrer is the common case; a thrown TypeError costs more than the check.
  if (!url) return undefined;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}
