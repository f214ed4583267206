// A consumer's project: the package as `npm pack` ships it, unpacked into a fresh folder whose
// node_modules links to this repository's dependencies (offline), and what bundling an app
// there costs up front. Shared by the consumer test and the bundle benchmark.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A fresh project whose node_modules holds the packed package and links to its dependencies. */
export function installPackedPackage() {
  const directory = mkdtempSync(join(tmpdir(), 'kakao-consult-consumer-'));
  const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', directory], { cwd: ROOT, encoding: 'utf8' })
    .trim()
    .split('\n')
    .pop();
  const modules = join(directory, 'node_modules');
  mkdirSync(modules);
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (entry !== 'kakao-consult-button' && !entry.startsWith('.')) symlinkSync(join(ROOT, 'node_modules', entry), join(modules, entry));
  }
  execFileSync('tar', ['-xzf', join(directory, tarball), '-C', directory]);
  cpSync(join(directory, 'package'), join(modules, 'kakao-consult-button'), { recursive: true });
  writeFileSync(join(directory, 'package.json'), JSON.stringify({ name: 'consumer', type: 'module', private: true }));
  return directory;
}

/**
 * Gzip bytes (level 9, file by file) of an app's initial JS when esbuild bundles it with code
 * splitting: its entry file and every chunk that imports statically, all that loads before
 * the app runs; dynamic import()s are the lazy rest.
 */
export async function initialBytes(project, name, source) {
  writeFileSync(join(project, `${name}.js`), source);
  const { metafile } = await build({
    entryPoints: [join(project, `${name}.js`)],
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    outdir: join(project, `out-${name}`),
    metafile: true,
    absWorkingDir: project,
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const entry = Object.keys(metafile.outputs).find((file) => metafile.outputs[file].entryPoint?.endsWith(`${name}.js`));
  return [...firstChunks(metafile, entry)].reduce(
    (total, file) => total + gzipSync(readFileSync(join(project, file)), { level: 9 }).length,
    0,
  );
}

/** The output files that load before an app runs: its entry and every chunk imported statically from there. */
export function firstChunks(metafile, entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const imported of metafile.outputs[file].imports) if (imported.kind === 'import-statement') visit(imported.path);
  };
  visit(entry);
  return seen;
}

const MOUNT = "document.body.append(Object.assign(document.createElement('kakao-consult-button'), { channel: '@brand' }));";
const REACT_BARE = "import * as React from 'react';\nconsole.log(React.createElement('div'));";

/** What each way of importing the kit adds to an app's initial JS, in gzip bytes, for one button. */
export async function initialGrowth(project) {
  const bare = await initialBytes(project, 'bare-app', MOUNT);
  const reactBare = await initialBytes(project, 'react-bare', REACT_BARE);
  return {
    'kakao-consult-button/button': (await initialBytes(project, 'button-app', `import 'kakao-consult-button/button';\n${MOUNT}`)) - bare,
    'kakao-consult-button': (await initialBytes(project, 'main-app', `import 'kakao-consult-button';\n${MOUNT}`)) - bare,
    'kakao-consult-button/react':
      (await initialBytes(
        project,
        'react-app',
        "import * as React from 'react';\nimport { KakaoConsultButton } from 'kakao-consult-button/react';\nconsole.log(React.createElement(KakaoConsultButton, { channel: '@brand' }));",
      )) - reactBare,
  };
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** Serves a consumer project's files on a free localhost port, as a static host would. */
export async function serveProject(project) {
  const server = createServer(async (request, response) => {
    try {
      const file = join(project, decodeURIComponent(new URL(request.url, 'http://x').pathname));
      const body = await readFile(file);
      response.writeHead(200, { 'Content-Type': `${TYPES[extname(file)] ?? 'application/octet-stream'}; charset=utf-8` });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}
