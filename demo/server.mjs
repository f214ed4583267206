// Serves the demo site on localhost: demo/ at the root and the built dist/ under /dist/.
// Every page is served under the strict Content-Security-Policy the kit promises to work
// with, so the demo proves it; csp.html under exactly the policy it shows (no data: or blob:
// images either). `node demo/server.mjs` (after `npm run build`) or `npm start`.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MOUNTS = [
  ['/dist/', join(ROOT, 'dist')],
  ['/', join(ROOT, 'demo')],
];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
  "object-src 'none'; base-uri 'none'; form-action 'self' https://bizmessage.kakao.com; " +
  "require-trusted-types-for 'script'; trusted-types lit-html kakao-consult-studio";
/**
 * The strictest policy the kit claims to work under, for `csp.html` to prove it: scripts,
 * styles, images and requests from this site only, DOM sinks only through Lit's policy.
 */
export const STRICT_CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
const POLICY_FOR_PATH = new Map([
  ['/csp.html', STRICT_CONTENT_SECURITY_POLICY],
  ['/no-code.html', STRICT_CONTENT_SECURITY_POLICY],
]);

/** Maps a URL path to a file inside one of the mounts, refusing anything that escapes it. */
function fileFor(pathname) {
  for (const [prefix, directory] of MOUNTS) {
    if (!pathname.startsWith(prefix)) continue;
    const relative = normalize(decodeURIComponent(pathname.slice(prefix.length)) || 'index.html');
    const file = join(directory, relative);
    if (file === directory || file.startsWith(directory + sep)) return file;
    return undefined;
  }
  return undefined;
}

/** Paths of the consult loop (consult-loop.mjs): the site's webhook, scans, Kakao's part, the inbox's feed. */
const LOOP_PATHS = /^\/(reference$|s\/|kakao\/|inbox\/|api\/)/;
let loopListener;
/** The loop, made on first use: the pages that do not need it never open its database. */
async function consultLoop() {
  if (!loopListener) {
    loopListener = Promise.all([import('./consult-loop.mjs'), import('../dist/node/server/index.js')]).then(
      async ([{ createConsultLoop }, { toNodeListener }]) => {
        const loop = await createConsultLoop();
        return toNodeListener(async (request) => (await loop.handle(request)) ?? new Response('Not found\n', { status: 404 }));
      },
    );
  }
  return loopListener;
}

/** Pages the server renders per request rather than reads from demo/. */
const RENDERED = new Map([['/server-rendered.html', async () => (await import('./server-rendered.mjs')).serverRenderedPage()]]);

async function handle(request, response) {
  const { pathname } = new URL(request.url, 'http://localhost');
  if (LOOP_PATHS.test(pathname)) return (await consultLoop())(request, response);
  try {
    const render = RENDERED.get(pathname);
    if (render) {
      const body = await render();
      response.writeHead(200, {
        'Content-Type': TYPES['.html'],
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'Cache-Control': 'no-store',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
      return;
    }
    let file = fileFor(pathname);
    if (file && (await stat(file)).isDirectory()) file = join(file, 'index.html');
    const info = file && (await stat(file));
    if (!info?.isFile()) throw new Error('not found');
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': info.size,
      'Content-Security-Policy': POLICY_FOR_PATH.get(pathname) ?? CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  } catch {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end(`Not found: ${pathname}\n`);
  }
}

/** Starts the server on the first free port from `port` (0: any free port); resolves to its URL. */
export async function startDemoServer({ port = 8000, host = '127.0.0.1', attempts = 20 } = {}) {
  for (let attempt = 0; ; attempt += 1) {
    const server = createServer(
      (request, response) =>
        void handle(request, response).catch((error) => {
          console.error(error);
          if (!response.headersSent) response.writeHead(500);
          response.end();
        }),
    );
    const tryPort = port === 0 ? 0 : port + attempt;
    try {
      await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(tryPort, host, resolve);
      });
      const url = `http://${host === '127.0.0.1' ? 'localhost' : host}:${server.address().port}/`;
      return { server, url };
    } catch (error) {
      if (error.code !== 'EADDRINUSE' || attempt + 1 >= attempts) throw error;
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await startDemoServer({ port: Number(process.env.PORT) || 8000 });
  console.log(`Demo: ${url}  (Ctrl+C to stop)`);
}
