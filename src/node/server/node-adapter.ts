import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { ReadableStream } from 'node:stream/web';

/** A Fetch-standard handler: what the kit's server parts are, on any runtime. */
export type FetchHandler = (request: Request) => Promise<Response>;

/** Requests with longer targets are refused before a handler sees them. */
const MAX_TARGET = 8192;

/**
 * Serves a Fetch handler from Node's `http` server, or as Express middleware (mount it before
 * any body parser, which would consume the body): `createServer(toNodeListener(handler))`,
 * `app.use('/reference', toNodeListener(handler))`. A request Node could not turn into a
 * `Request` gets a 400; a handler that throws, a 500, and the server keeps serving.
 */
export function toNodeListener(handler: FetchHandler): (request: IncomingMessage, response: ServerResponse) => void {
  return (incoming, outgoing) => {
    void serve(handler, incoming, outgoing);
  };
}

async function serve(handler: FetchHandler, incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
  let request: Request;
  try {
    request = toRequest(incoming);
  } catch {
    return plain(outgoing, 400, 'Bad request.');
  }
  let response: Response;
  try {
    response = await handler(request);
  } catch (error) {
    console.error('kakao-consult server:', error);
    incoming.resume();
    return plain(outgoing, 500, 'Internal error.');
  }
  // Whatever the handler left unread is drained, so the connection can be reused.
  incoming.resume();
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  outgoing.writeHead(response.status, headers);
  if (!response.body || incoming.method === 'HEAD') return void outgoing.end();
  Readable.fromWeb(response.body as ReadableStream)
    .on('error', () => outgoing.destroy())
    .pipe(outgoing);
}

/** The Node request as a Fetch `Request`; its path stays as sent (`originalUrl` under Express). */
function toRequest(incoming: IncomingMessage): Request {
  const target = (incoming as IncomingMessage & { originalUrl?: string }).originalUrl ?? incoming.url ?? '/';
  if (target.length > MAX_TARGET || !target.startsWith('/')) throw new RangeError('bad request target');
  const host = /^[A-Za-z0-9.:[\]-]{1,255}$/.test(incoming.headers.host ?? '') ? incoming.headers.host! : 'localhost';
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const method = incoming.method ?? 'GET';
  const body = method === 'GET' || method === 'HEAD' ? undefined : (Readable.toWeb(incoming) as ReadableStream<Uint8Array>);
  return new Request(`http://${host}${target}`, { method, headers, body, duplex: 'half' } as RequestInit);
}

function plain(outgoing: ServerResponse, status: number, text: string): void {
  if (outgoing.headersSent) return void outgoing.destroy();
  outgoing.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  outgoing.end(`${text}\n`);
}
