// The engine matrix's server: its test page, the built dist/, two operating configs and a
// launch endpoint on localhost, all under the demo's Content-Security-Policy. `?nonce=…` on a
// page adds that style nonce, as a site does for Lit's <style> fallback (Safari before 16.4).
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../../demo/server.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MOUNTS = [
  ['/dist/', join(ROOT, 'dist')],
  ['/', join(ROOT, 'test/engines/page')],
];
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

/** Korea's date `days` from now, as the operating config writes it. */
const seoulDate = (days) => new Date(Date.now() + days * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Seoul' });

const CONFIGS = {
  '/config/off.json': () => ({ enabled: false }),
  // Closed today in Korea whatever the hour: today (and its neighbours, for the midnight edge) are holidays.
  '/config/closed.json': () => ({
    enabled: true,
    hours: { week_timetable: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => ({ day, start_at: '0900', end_at: '1800' })) },
    holidays: [seoulDate(-1), seoulDate(0), seoulDate(1)],
  }),
};

function fileFor(pathname) {
  const [prefix, directory] = MOUNTS.find(([mount]) => pathname.startsWith(mount));
  const file = join(directory, normalize(decodeURIComponent(pathname.slice(prefix.length)) || 'index.html'));
  return file.startsWith(directory + sep) ? file : undefined;
}

async function handle(request, response) {
  const { pathname, searchParams } = new URL(request.url, 'http://localhost');
  const nonce = searchParams.get('nonce');
  const policy = nonce ? CONTENT_SECURITY_POLICY.replace("style-src 'self'", `style-src 'self' 'nonce-${nonce}'`) : CONTENT_SECURITY_POLICY;
  const send = (status, type, body) => {
    response.writeHead(status, { 'Content-Type': type, 'Content-Security-Policy': policy, 'Cache-Control': 'no-store' });
    response.end(body);
  };
  if (CONFIGS[pathname]) return send(200, 'application/json', JSON.stringify(CONFIGS[pathname]()));
  if (pathname.startsWith('/launch/')) return send(200, 'text/html; charset=utf-8', '<!doctype html><title>launched</title>');
  const file = fileFor(pathname);
  try {
    send(200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
  } catch {
    send(404, 'text/plain', 'not found');
  }
}

/** Starts the server on a free port; resolves to `{ server, origin }`. */
export async function startEngineServer() {
  const server = createServer((request, response) => void handle(request, response));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://localhost:${server.address().port}` };
}
