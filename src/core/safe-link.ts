const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Loopback hosts, where plain http is acceptable (tests, local demos). */
export function isLoopbackHost(hostname: string): boolean {
  return LOCAL_HOSTS.has(hostname);
}

/**
 * Returns `href` resolved against the page when it is safe to put in a link the kit renders:
 * https anywhere, a path on the page's own site, or http on localhost. Everything else
 * (`javascript:`, `data:`, plain http elsewhere, garbage) gives undefined.
 */
export function safeLink(href: string, base: string): string | undefined {
  if (typeof href !== 'string' || href.trim() === '') return undefined;
  let url: URL;
  let sameSite: boolean;
  try {
    url = new URL(href.trim(), base);
    sameSite = new URL(base).origin === url.origin;
  } catch {
    return undefined;
  }
  if (url.protocol === 'https:' || (url.protocol === 'http:' && (sameSite || isLoopbackHost(url.hostname)))) return url.href;
  return undefined;
}
