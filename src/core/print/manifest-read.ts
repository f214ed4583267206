import { ConsultInputError } from '../errors.js';
import { parseCsv } from '../table/csv.js';
import { SCAN_ID } from './scan-code.js';

/** A scan-counted code as a manifest lists it: its id, row name, launch and `extra`. */
export interface ManifestScan {
  id: string;
  name: string;
  /** The row's member-free GET launch, where a scan is sent. */
  url: string;
  extra: string;
  /** The address the code carries (`scan_url`), when the manifest has it. */
  scanUrl: string;
  /** The manifest's line (CSV) or item number (JSON), for messages. */
  line: number;
}

/**
 * Reads the scan-counted codes of a manifest `kakao-consult batch --scan-base` wrote (CSV or
 * JSON, told apart by content). Every row is checked: an id that is not one, a launch that is
 * not https, a repeated id.
 *
 * @throws ConsultInputError (field `manifest`) naming the line, or saying the manifest has no scan ids.
 */
export function readScanManifest(text: string): ManifestScan[] {
  const body = text.replace(/^\uFEFF/, '');
  const rows = body.trimStart().startsWith('[') ? jsonRows(body) : csvRows(body);
  const seen = new Map<string, number>();
  const scans: ManifestScan[] = [];
  for (const row of rows) {
    const fail = (message: string): never => {
      throw new ConsultInputError('manifest', `line ${row.line}: ${message}`);
    };
    if (row.id === '') continue;
    if (!SCAN_ID.test(row.id)) fail(`scan id "${row.id.slice(0, 40)}" is not 8 letters, digits, - or _ (starting with a letter or digit).`);
    if (!/^https:\/\/[^\s]+$/.test(row.url) && !/^http:\/\/(localhost|127\.0\.0\.1)[:/]/.test(row.url))
      fail(`the launch "${row.url.slice(0, 60)}" is not an https address.`);
    const first = seen.get(row.id);
    if (first !== undefined) fail(`scan id ${row.id} is also on line ${first}.`);
    seen.set(row.id, row.line);
    scans.push(row);
  }
  if (scans.length === 0)
    throw new ConsultInputError('manifest', 'the manifest has no scan ids: make the codes with kakao-consult batch --scan-base URL.');
  return scans;
}

function csvRows(text: string): ManifestScan[] {
  const [header, ...records] = parseCsv(text);
  const names = (header?.fields ?? []).map((name) => name.trim().toLowerCase());
  const column = (name: string) => names.indexOf(name);
  const [id, name, url, extra, scanUrl] = [column('scan_id'), column('name'), column('url'), column('extra'), column('scan_url')];
  if (id === -1 || url === -1)
    throw new ConsultInputError(
      'manifest',
      'the manifest has no scan_id and url columns: make the codes with kakao-consult batch --scan-base URL.',
    );
  return records.map(({ line, fields }) => ({
    line,
    id: (fields[id] ?? '').trim(),
    name: fields[name] ?? '',
    url: (fields[url] ?? '').trim(),
    extra: fields[extra] ?? '',
    scanUrl: (fields[scanUrl] ?? '').trim(),
  }));
}

function jsonRows(text: string): ManifestScan[] {
  let items: unknown;
  try {
    items = JSON.parse(text);
  } catch (error) {
    throw new ConsultInputError('manifest', `the manifest is not JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(items)) throw new ConsultInputError('manifest', 'a JSON manifest is a list of codes.');
  const text_ = (value: unknown) => (typeof value === 'string' ? value : '');
  return items.map((item: Record<string, unknown> | null, index) => ({
    line: index + 1,
    id: text_(item?.scanId),
    name: text_(item?.name),
    url: text_(item?.url),
    extra: text_(item?.extra),
    scanUrl: text_(item?.scanUrl),
  }));
}

/**
 * The path before the ids, when every code's address shares one (`/s/` for
 * `https://go.example.kr/s/…`), so a server answers that path only; undefined otherwise.
 */
export function scanPathPrefix(scans: readonly ManifestScan[]): string | undefined {
  const prefixes = new Set(
    scans.map(({ id, scanUrl }) => {
      try {
        const { pathname } = new URL(scanUrl);
        return pathname.endsWith(`/${id}`) ? pathname.slice(0, -id.length) : undefined;
      } catch {
        return undefined;
      }
    }),
  );
  return prefixes.size === 1 ? [...prefixes][0] : undefined;
}
