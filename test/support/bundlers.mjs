// One page, `import 'kakao-consult-button'` and a button, built in a consumer project by each
// bundler a consumer may use (esbuild, Rollup, Vite, webpack), each with its defaults for a
// production build plus code splitting; and the README's Next.js app-router example
// (demo/next-app) built by `next build` (Turbopack). Shared by the bundler and Next.js tests
// and the bundler benchmark.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { ROOT } from './consumer-project.mjs';

const APP = "import 'kakao-consult-button';\n";
const BODY = '<kakao-consult-button channel="@brand" placement="bundled"></kakao-consult-button>';

/** The page for a built entry script (a path under the output folder). */
const page = (entry) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><script type="module" src="${entry}"></script></head><body>${BODY}</body></html>`;

const BUILDS = {
  async esbuild(source, out) {
    const { build } = await import('esbuild');
    await build({
      entryPoints: { main: source },
      bundle: true,
      splitting: true,
      format: 'esm',
      minify: true,
      outdir: out,
      logLevel: 'error',
    });
    writeFileSync(join(out, 'index.html'), page('./main.js'));
  },
  async Rollup(source, out) {
    const { rollup } = await import('rollup');
    const { default: nodeResolve } = await import('@rollup/plugin-node-resolve');
    // esbuild's minifier rather than terser: the same output size within a few per cent, in a fraction of the time.
    const { minify } = await import('rollup-plugin-esbuild');
    const bundle = await rollup({ input: { main: source }, plugins: [nodeResolve({ browser: true })], onwarn: () => {} });
    await bundle.write({ dir: out, format: 'es', plugins: [minify()] });
    writeFileSync(join(out, 'index.html'), page('./main.js'));
  },
  async Vite(source, out, project) {
    const { build } = await import('vite');
    const root = join(project, 'vite-page');
    mkdirSync(root, { recursive: true });
    writeFileSync(join(root, 'index.html'), page(`/${relative(root, source)}`));
    await build({ root, configFile: false, logLevel: 'error', base: './', build: { outDir: out, emptyOutDir: true } });
  },
  async webpack(source, out) {
    const { default: webpack } = await import('webpack');
    const stats = await new Promise((resolve, reject) =>
      webpack(
        {
          mode: 'production',
          entry: { main: source },
          output: {
            path: out,
            publicPath: 'auto',
            module: true,
            chunkFormat: 'module',
            filename: '[name].js',
            chunkFilename: '[name].[contenthash].js',
          },
          experiments: { outputModule: true },
          performance: false,
        },
        (error, result) => (error ? reject(error) : resolve(result)),
      ),
    );
    if (stats.hasErrors()) throw new Error(stats.toString('errors-only'));
    writeFileSync(join(out, 'index.html'), page('./main.js'));
  },
};

export const BUNDLERS = Object.keys(BUILDS);

/**
 * Builds the page with `bundler` under `project`/bundled-<bundler>/ and returns the output
 * folder, the build's milliseconds, its scripts' gzip bytes by path (relative to the folder)
 * and its copies of Lit.
 */
export async function buildPage(project, bundler) {
  const source = join(project, 'bundled-app.js');
  writeFileSync(source, APP);
  const out = join(project, `bundled-${bundler}`);
  const started = performance.now();
  await BUILDS[bundler](source, out, project);
  const milliseconds = performance.now() - started;
  const gzip = Object.fromEntries(scripts(out).map((file) => [relative(out, file), gzipSync(readFileSync(file), { level: 9 }).length]));
  return { out, milliseconds, gzip, lit: litCopies(out) };
}

/** Turbopack's cache, kept across runs (a warm build skips most of the work). */
const CACHE = join(ROOT, 'node_modules/.cache/kakao-consult-next');

/** Copies the example into `project` and runs `next build` there; resolves to the build's milliseconds. */
export async function nextBuild(project) {
  for (const file of ['app', 'tsconfig.json']) cpSync(join(ROOT, 'demo/next-app', file), join(project, file), { recursive: true });
  // The project's node_modules links into this repository's: Turbopack reads only files under
  // its root, so the root is the file system's (the example's own config is empty).
  writeFileSync(join(project, 'next.config.mjs'), "export default { turbopack: { root: '/' } };\n");
  mkdirSync(CACHE, { recursive: true });
  mkdirSync(join(project, '.next'));
  symlinkSync(CACHE, join(project, '.next/cache'));
  const started = performance.now();
  await promisify(execFile)(process.execPath, [join(project, 'node_modules/next/dist/bin/next'), 'build'], {
    cwd: project,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    maxBuffer: 1 << 24,
  });
  return performance.now() - started;
}

/** Every .js file under `directory`, recursively. */
export function scripts(directory) {
  return readdirSync(directory, { recursive: true })
    .filter((file) => String(file).endsWith('.js'))
    .map((file) => join(directory, String(file)));
}

/** How many copies of lit-html the scripts under `directory` hold: each registers its version once. */
export function litCopies(directory) {
  return scripts(directory).reduce((total, file) => total + (readFileSync(file, 'utf8').match(/litHtmlVersions/g)?.length ?? 0), 0);
}
