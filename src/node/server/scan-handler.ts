import { SCAN_ID, scanDay } from '../../core/print/scan-code.js';
import { notFoundAnswer, redirectAnswer, textAnswer } from './answers.js';
import type { ConsultStore, ScanCode } from './store.js';

/** A scan-counted code and where it sends a scan: its row's member-free launch. */
export interface ScanTarget extends ScanCode {
  url: string;
}

export interface ScanHandlerOptions {
  /** The codes served (e.g. `readScanManifest`'s); any other id is a 404. */
  targets: Iterable<ScanTarget>;
  /** Where scans are counted. */
  store: Pick<ConsultStore, 'countScan'>;
  /** The path before the id, as in the scan base (`/s/` for `https://go.example.kr/s/`); default: any, the id is the last segment. */
  prefix?: string;
  /** Told when a count could not be stored; the visitor is still sent on. Default: logged. */
  onError?: (error: unknown) => void;
  /** The clock; for tests. */
  now?: () => number;
}

/** Longer paths are not ours; no need to look further. */
const MAX_PATH = 256;

/**
 * The scan endpoint as a Fetch handler: `GET <prefix><id>` counts one scan of the code today
 * and answers 302 to its launch; anything else is a 404 page (405 for other methods). Only
 * the code and the day are stored. `HEAD` (link previews) redirects without counting.
 */
export function createScanHandler({
  targets,
  store,
  prefix,
  onError = (error) => console.error('kakao-consult scans:', error),
  now = Date.now,
}: ScanHandlerOptions): (request: Request) => Promise<Response> {
  const byId = new Map<string, ScanTarget>();
  for (const target of targets) byId.set(target.id, target);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textAnswer(405, 'Only GET and HEAD.', { Allow: 'GET, HEAD' });
    // The raw path, never decoded: ids are URL-safe, so an escape, a dot or a NUL is not one.
    const pathname = new URL(request.url).pathname;
    const start = prefix === undefined ? pathname.lastIndexOf('/') + 1 : pathname.startsWith(prefix) ? prefix.length : Infinity;
    const id = pathname.length <= MAX_PATH ? pathname.slice(start) : '';
    const target = SCAN_ID.test(id) ? byId.get(id) : undefined;
    if (!target) return notFoundAnswer(request.method);
    if (request.method === 'GET') {
      try {
        await store.countScan(target.id, scanDay(now()));
      } catch (error) {
        onError(error);
      }
    }
    return redirectAnswer(target.url);
  };
}
