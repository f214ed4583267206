import {
  decideConfig,
  parseRemoteConfig,
  readCachedConfig,
  type CachedConfig,
  type ConfigResult,
  type RemoteConfig,
} from '../../../core/operating/remote-config.js';

// The hours arithmetic rides in this lazy chunk: only pages with an operating config need it.
export { operatingState } from '../../../core/operating/operating-state.js';
import { safeLink } from '../../../core/safe-link.js';
import { clip } from '../../../core/text.js';

/**
 * The site's operating config, loaded only by pages that use one: fetching, caching,
 * validation and the hours arithmetic stay out of the script every page loads.
 */

/** How long a fetched config is trusted before the page asks again (per browser session). */
export const CONFIG_TTL_MS = 5 * 60_000;
/** A config server slower than this is treated as down: buttons must not wait on it. */
export const CONFIG_TIMEOUT_MS = 2000;

export interface ConfigProblem {
  /** `invalid`: the file is wrong (the site must fix it); `unreachable`: the request failed or timed out. */
  kind: 'invalid' | 'unreachable';
  messages: string[];
}

export interface ConfigLoad {
  /** What to apply right away: the cached config (fresh or stale), or null. */
  initial: RemoteConfig | null;
  /** What to apply once the fetch (if any) is done, and what went wrong. */
  settled: Promise<{ config: RemoteConfig | null; problem?: ConfigProblem }>;
}

// One load per URL per page, shared by every button: 100 buttons make one request.
const loads = new Map<string, ConfigLoad>();

const cacheKey = (url: string) => `kakao-consult-button:config:${url}`;

function readCache(url: string): CachedConfig | null {
  try {
    const raw = sessionStorage.getItem(cacheKey(url));
    return raw ? readCachedConfig(JSON.parse(raw)) : null;
  } catch {
    return null;
  }
}

function writeCache(url: string, entry: CachedConfig): void {
  try {
    sessionStorage.setItem(cacheKey(url), JSON.stringify(entry));
  } catch {
    // No session storage: the next page simply fetches again.
  }
}

async function fetchConfig(url: string): Promise<{ result: ConfigResult; kind?: ConfigProblem['kind'] }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), CONFIG_TIMEOUT_MS);
  try {
    const response = await fetch(url, { signal: controller.signal, credentials: 'same-origin', headers: { accept: 'application/json' } });
    if (!response.ok) return { result: { ok: false, errors: [`HTTP ${response.status}`] }, kind: 'unreachable' };
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      return { result: { ok: false, errors: ['not valid JSON'] }, kind: 'invalid' };
    }
    const result = parseRemoteConfig(json);
    return result.ok ? { result } : { result, kind: 'invalid' };
  } catch (error) {
    const reason = controller.signal.aborted ? `no answer within ${CONFIG_TIMEOUT_MS / 1000} s` : String(error);
    return { result: { ok: false, errors: [reason] }, kind: 'unreachable' };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Loads the site's operating config: the session cache at once, the server when the cache is
 * missing or older than {@link CONFIG_TTL_MS}. A failed, slow or invalid fetch keeps the
 * cached config; an invalid file is never applied in part. Problems are logged once per page.
 */
export function loadRemoteConfig(src: string): ConfigLoad {
  const url = safeLink(src, location.href);
  // A refused src is kept under itself: it cannot equal the http(s) URL a valid one resolves to.
  const existing = loads.get(url ?? src);
  if (existing) return existing;
  if (!url) {
    const problem: ConfigProblem = { kind: 'invalid', messages: [`config-src "${clip(src)}" must be https or a path on this site`] };
    console.error(`<kakao-consult-button> config-src: ${problem.messages[0]}`);
    const refused = { initial: null, settled: Promise.resolve({ config: null, problem }) };
    loads.set(src, refused);
    return refused;
  }

  const cached = readCache(url);
  const first = decideConfig({ cached, now: Date.now(), ttlMs: CONFIG_TTL_MS });
  const settled = first.shouldFetch
    ? fetchConfig(url).then(({ result, kind }) => {
        const decision = decideConfig({ cached, fetched: result, now: Date.now(), ttlMs: CONFIG_TTL_MS });
        if (decision.store) writeCache(url, decision.store);
        if (result.ok || !kind) return { config: decision.config };
        const problem: ConfigProblem = { kind, messages: result.errors };
        const log = kind === 'invalid' ? console.error : console.warn;
        log(
          `<kakao-consult-button> config-src ${url}: ${problem.messages.join('; ')}${decision.config ? ' (keeping the cached config)' : ''}`,
        );
        return { config: decision.config, problem };
      })
    : Promise.resolve({ config: first.config });
  const load = { initial: first.config, settled };
  loads.set(url, load);
  return load;
}
