// Builds dist/: ESM modules for bundlers and Node (the CLI included; types come from `tsc`),
// the script-tag file with its lazy chunks, the pre-upgrade stylesheet, and the studio's page
// script, worker and single file. Run through `npm run build`, which runs `tsc` first.
import { build, transformSync } from 'esbuild';
import { readFileSync } from 'node:fs';
import { chmod } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import commonjs from '@rollup/plugin-commonjs';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { elementChunkFile, scriptTagFiles, sri } from './src/build/kit-files.mjs';
import { singleFileStudio } from './src/build/single-file-studio.mjs';
import { vendoredQrEncoder, vendoredQrEncoderBuild } from './src/build/vendor-qrcode.mjs';

/**
 * The oldest engines the kit supports (README, "Browser support"; Samsung Internet 20 is
 * Chromium 106): the output uses no syntax they lack (es2022's class static blocks, for one,
 * need Safari 16.4). test/engines/floor.test.mjs checks the built files against it.
 */
export const BROWSER_FLOOR = ['chrome106', 'safari15.4', 'firefox115'];

const typescript = () => esbuild({ target: BROWSER_FLOOR, tsconfig: 'tsconfig.json' });

/**
 * The one plugin chain of a browser bundle: npm packages resolved for browsers, qrcode's
 * CommonJS bundled (plugin-commonjs 25, not 26+, as the default export), TypeScript, then
 * terser. `before` runs on the sources ahead of TypeScript; `after` on the minified chunks.
 */
export function browserBundle({ before = [], after = [], compress = {} } = {}) {
  return [
    nodeResolve({ browser: true }),
    commonjs({ requireReturnsDefault: 'preferred' }),
    ...before,
    typescript(),
    terser({ format: { comments: false }, compress }),
    ...after,
  ];
}

/** Minifies the CSS inside Lit's css`…` templates (ours hold no interpolations). */
function minifyCssTemplates() {
  return {
    name: 'minify-css-templates',
    transform(code, id) {
      if (!id.endsWith('.styles.ts')) return null;
      const minified = code.replace(
        /css`([^`$]*)`/g,
        (_, text) => `css\`${transformSync(text, { loader: 'css', minify: true }).code.trim()}\``,
      );
      return { code: minified, map: null };
    },
  };
}

/**
 * The script-tag file runs only in browsers (package.json sends Node to the npm entry), so
 * the guards our modules keep for server rendering are settled at build time and dropped.
 */
function browserOnly() {
  const GUARDS = [
    [/typeof document === 'undefined'/g, 'false'],
    [/typeof customElements !== 'undefined'/g, 'true'],
    [/typeof CSS === 'undefined'/g, 'false'],
  ];
  return {
    name: 'browser-only',
    transform(code, id) {
      if (!id.includes('/src/') || !id.endsWith('.ts')) return null;
      const settled = GUARDS.reduce((text, [guard, value]) => text.replace(guard, value), code);
      return settled === code ? null : { code: settled, map: null };
    },
  };
}

/**
 * Lit's registries that only tools and @lit-labs/ssr's hydration read (the versions loaded,
 * the hydration hook), left out of the script-tag file: it never hydrates Lit's own server
 * output (the kit's server rendering is a light-DOM link), and those bytes paid for the
 * no-code trigger within the 9,500 B line.
 */
function withoutLitRegistries() {
  // Each is found in Lit's minified modules: the versions pushed by lit-html, lit-element and
  // reactive-element, and lit-element's hydration hook.
  const REGISTRIES = [
    { pattern: /\([\w$]+\.(?:litHtml|litElement|reactiveElement)Versions\?\?=\[\]\)\.push\("[\d.]+"\)/g, expected: 3 },
    { pattern: /[\w$]+\.litElementHydrateSupport\?\.\(\{LitElement:[\w$]+\}\)/g, expected: 1 },
  ];
  const found = REGISTRIES.map(() => 0);
  return {
    name: 'without-lit-registries',
    buildStart() {
      found.fill(0);
    },
    transform(code, id) {
      if (!/node_modules\/(lit-html|lit-element|@lit\/reactive-element)\//.test(id)) return null;
      const trimmed = REGISTRIES.reduce(
        (text, { pattern }, index) =>
          text.replace(pattern, () => {
            found[index] += 1;
            return 'void 0';
          }),
        code,
      );
      return trimmed === code ? null : { code: trimmed, map: null };
    },
    buildEnd(error) {
      if (error) return;
      // A Lit release that writes these differently must not quietly grow the script-tag file.
      REGISTRIES.forEach(({ pattern, expected }, index) => {
        if (found[index] !== expected)
          this.error(
            `without-lit-registries: ${pattern} matched ${found[index]} times in Lit's modules, not ${expected}; update the pattern for this Lit version.`,
          );
      });
    },
  };
}

/** Emits dist/kakao-consult-button.css from the same metrics the element's styles use. */
function preUpgradeStylesheet() {
  return {
    name: 'pre-upgrade-stylesheet',
    async generateBundle() {
      const { outputFiles } = await build({
        entryPoints: ['src/core/launch/button-metrics.ts'],
        bundle: true,
        format: 'esm',
        write: false,
      });
      const metrics = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
      this.emitFile({ type: 'asset', fileName: 'kakao-consult-button.css', source: metrics.preUpgradeCss() });
    },
  };
}

/**
 * What the CLI bundle leaves to Node: its built-ins and the package's dependencies (installed
 * with it). Development packages it uses (qrcode's encoder, fflate) go into the bundle.
 */
const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const installed = new Set([...Object.keys(manifest.dependencies), ...Object.keys(manifest.peerDependencies)]);
const builtins = new Set(builtinModules);
function cliExternals(id) {
  const name = id.startsWith('@') ? id.split('/').slice(0, 2).join('/') : id.split('/')[0];
  return id.startsWith('node:') || builtins.has(id) || installed.has(name);
}

/** Makes dist/node/cli/main.js (the package's `bin`) an executable script: a shebang line and the x bit. */
function executableCli() {
  const fileName = 'main.js';
  return {
    name: 'executable-cli',
    renderChunk: (code, chunk) => (chunk.fileName === fileName ? { code: `#!/usr/bin/env node\n${code}`, map: null } : null),
    writeBundle: (options) => chmod(`${options.dir}/${fileName}`, 0o755),
  };
}

/**
 * Marks the React entries as client modules (`'use client'`), so a React Server Component
 * (Next.js's app router) can render `<KakaoConsultButton>` as written: the server renders the
 * drawn link through the client module, the browser hydrates it and takes the tap. Rollup drops
 * module-level directives from sources, so it goes in at render time.
 */
const CLIENT_ENTRIES = new Set(['react/index.js', 'react/browser.js']);
function clientBoundary() {
  return {
    name: 'client-boundary',
    renderChunk: (code, chunk) => (CLIENT_ENTRIES.has(chunk.fileName) ? { code: `'use client';\n${code}`, map: null } : null),
  };
}

/** The frameworks' tag typings, a declaration file `tsc` does not copy (see the file). */
function frameworkTags() {
  const fileName = 'elements/internal/framework-tags.d.ts';
  return {
    name: 'framework-tags',
    async generateBundle() {
      const { readFile } = await import('node:fs/promises');
      this.emitFile({ type: 'asset', fileName, source: await readFile(`src/${fileName}`) });
    },
  };
}

/** Pretendard's subset (OFL) for the print artwork's text outlines, with its licence, in dist/fonts/. */
const ARTWORK_FONT = 'node_modules/pretendard/dist/web/static/woff-subset/Pretendard-SemiBold.subset.woff';
function artworkFont() {
  return {
    name: 'artwork-font',
    async generateBundle() {
      const { readFile } = await import('node:fs/promises');
      this.emitFile({ type: 'asset', fileName: 'fonts/Pretendard-SemiBold.subset.woff', source: await readFile(ARTWORK_FONT) });
      this.emitFile({
        type: 'asset',
        fileName: 'fonts/LICENSE-Pretendard.txt',
        source: await readFile('node_modules/pretendard/dist/LICENSE.txt'),
      });
    },
  };
}

/**
 * Asks V8 to compile every function of the script-tag file and of the element's chunk as they
 * stream in, off the main thread (Chromium 136+; elsewhere a comment): nearly all of their
 * code runs on load, and compiling each function on its first call was a large share of the
 * first render's time on a phone-class CPU (test/bench/phone.bench.ts). The element's chunk
 * holds the PC panel's code too, which a phone never runs, but compiling it all in the
 * background cost less than compiling its start-up path on the main thread (about 11 ms of
 * main-thread compile per first visit before, 5 after, unthrottled). The lazier chunks stay
 * lazy. After terser, which would drop the comment.
 */
function compileOnLoad() {
  return {
    name: 'compile-on-load',
    renderChunk: (code, chunk) => (chunk.isEntry ? { code: `//# allFunctionsCalledOnLoad\n${code}`, map: null } : null),
  };
}

/**
 * The element chunk's lazy parts (the dialogs, the QR element, the no-code launcher, the
 * operating config) held to SRI hashes that chunk carries, as the script-tag file holds the
 * element chunk to its own (src/kakao-consult-button.ts): each import() in the element chunk
 * preloads its part with the part's hash and imports it only once that preload has loaded, so
 * a page that pins the script pins every file it runs. The hashes are of the parts' final
 * bytes, written in as the bundle is generated (the parts import the element chunk by its
 * name, fixed by then). Safari before 17 (no modulepreload) imports them unchecked.
 */
function lazyChunksHeldToHashes() {
  const TABLE = '"__LAZY_CHUNK_HASHES__"';
  const checkedImport = `const lazyChunkHashes = ${TABLE};
function checkedImport(path) {
  const preload = document.createElement("link");
  if (!preload.relList.supports("modulepreload")) return import(path);
  preload.rel = "modulepreload";
  preload.href = new URL(path, import.meta.url).href;
  preload.integrity = lazyChunkHashes[path.slice(2)];
  return new Promise((resolve, reject) => {
    preload.onload = resolve;
    preload.onerror = () => reject(new Error(preload.href + " did not load, or does not match its hash"));
    document.head.append(preload);
  }).then(() => import(path));
}`;
  return {
    name: 'lazy-chunks-held-to-hashes',
    intro: (chunk) => (chunk.isEntry ? checkedImport : ''),
    renderDynamicImport: ({ chunk }) => (chunk.isEntry ? { left: 'checkedImport(', right: ')' } : null),
    generateBundle(_, bundle) {
      const entry = Object.values(bundle).find((file) => file.type === 'chunk' && file.isEntry);
      const hashes = Object.fromEntries(entry.dynamicImports.map((name) => [name, sri(bundle[name].code)]));
      const [before, ...after] = entry.code.split(TABLE);
      if (after.length !== 1) this.error(`lazy-chunks-held-to-hashes: ${TABLE} is in the element chunk ${after.length} times, not once`);
      if (Object.values(bundle).some((file) => file.type === 'chunk' && !file.isEntry && file.dynamicImports.length))
        this.error('lazy-chunks-held-to-hashes: only the element chunk may import parts lazily; its table holds their hashes');
      // checkedImport finds a part's hash by the path it is imported by, "./" and its name.
      if (entry.dynamicImports.some((name) => name.includes('/')))
        this.error('lazy-chunks-held-to-hashes: the lazy parts must sit beside the element chunk');
      entry.code = before + JSON.stringify(hashes) + after[0];
    },
  };
}

/**
 * The script-tag file and the element's code are two builds. The page names the script-tag
 * file by any URL it likes (a query string, a CDN's redirect from a version range), so no
 * chunk may import it back (that would fetch and run a second copy); being separate, they
 * share no module. The element's build comes first: this records its file's name, and the
 * script-tag build writes it where its source imports script-tag-element.ts, and where it
 * reads `import.meta.elementChunkUrl`; the file's SRI hash (read from dist/, as written) where
 * it reads `import.meta.elementChunkIntegrity`, so a page that pins the script by its hash
 * pins the element's code too.
 */
function elementChunk() {
  let fileName;
  let integrity;
  const ELEMENT = /\/script-tag-element\.js$/;
  return {
    record: {
      name: 'element-chunk-name',
      generateBundle(_, bundle) {
        fileName = Object.values(bundle).find((file) => file.type === 'chunk' && file.isEntry).fileName;
      },
    },
    link: {
      name: 'element-chunk-import',
      resolveDynamicImport(specifier) {
        if (typeof specifier !== 'string' || !ELEMENT.test(specifier)) return null;
        return { id: `./chunks/${fileName}`, external: true };
      },
      buildStart() {
        if (!fileName) this.error("element-chunk-import: the element's build must run first");
        integrity = elementChunkFile(fileName).integrity;
      },
      // The same file's URL and hash, for the script-tag file's preload.
      resolveImportMeta(property) {
        if (property === 'elementChunkUrl') return `new URL(${JSON.stringify(`./chunks/${fileName}`)}, import.meta.url).href`;
        if (property === 'elementChunkIntegrity') return JSON.stringify(integrity);
        return null;
      },
      generateBundle(_, bundle) {
        const entry = Object.values(bundle).find((file) => file.type === 'chunk' && file.isEntry);
        if (Object.keys(bundle).some((name) => name.startsWith('chunks/')) || !entry.dynamicImports.includes(`./chunks/${fileName}`))
          this.error(`element-chunk-import: the script-tag file must be one file that imports ./chunks/${fileName}`);
      },
    },
  };
}
const elementChunkName = elementChunk();

/**
 * Writes the kit's files (version, SRI hashes) into the studio's script where its source names
 * `__KIT_FILES__`, so the snippet it hands out is the one `kakao-consult url --html` prints.
 * Read as this build starts: the script-tag build, earlier in the list, has written them.
 */
function kitFilesInStudio() {
  let files;
  return {
    name: 'studio-kit-files',
    buildStart() {
      files = JSON.stringify(scriptTagFiles());
    },
    transform: (code) => (code.includes('__KIT_FILES__') ? { code: code.replaceAll('__KIT_FILES__', files), map: null } : null),
  };
}

export default [
  vendoredQrEncoderBuild,
  {
    input: {
      index: 'src/index.ts',
      button: 'src/button.ts',
      qr: 'src/qr.ts',
      ssr: 'src/ssr.ts',
      'core/index': 'src/core/index.ts',
      'node/server/index': 'src/node/server/index.ts',
      'node/server/fetch': 'src/node/server/fetch.ts',
      'react/index': 'src/react/index.ts',
      'react/browser': 'src/react/browser.ts',
      context: 'src/context.ts',
    },
    makeAbsoluteExternalsRelative: true,
    external: [/^lit(\/|$)/, /^@lit\//, 'pngjs', 'opentype.js', 'react', /^node:/],
    plugins: [vendoredQrEncoder(), minifyCssTemplates(), typescript(), clientBoundary(), frameworkTags(), artworkFont()],
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src' },
  },
  {
    // The CLI (the package's `bin`) bundled into a few files in dist/node/cli/: a run's start-up
    // was mostly Node finding, reading and linking its ~65 modules. Each command and what only
    // some runs need (the font parser, the PNG library, the studio's ZIP reader) stay chunks of
    // their own, loaded on use. Flat, at the depth the sources sit, so the paths the CLI finds
    // from its own file (dist/fonts/, package.json, the batch worker) are the same.
    input: {
      main: 'src/node/cli/main.ts',
      // Started by path (new Worker), so nothing imports it.
      'batch-worker': 'src/node/cli/batch/batch-worker.ts',
    },
    external: cliExternals,
    plugins: [
      nodeResolve({ exportConditions: ['node'], preferBuiltins: true }),
      commonjs({ requireReturnsDefault: 'preferred' }),
      esbuild({ target: 'node20', tsconfig: 'tsconfig.json' }),
      executableCli(),
    ],
    output: { dir: 'dist/node/cli', format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name].js' },
  },
  {
    // The element's code for the script-tag file (dist/chunks/consult-button-*.js): Lit, the
    // element and its behaviour in one file, which the script-tag file imports once it has
    // drawn the page's bare tags. What only some pages need (the operating config, QR codes,
    // dialogs, the no-code launcher) is chunks of its own, loaded on demand.
    input: { 'consult-button': 'src/elements/consult-button/script-tag-element.ts' },
    preserveEntrySignatures: 'allow-extension',
    plugins: browserBundle({
      before: [browserOnly(), withoutLitRegistries(), minifyCssTemplates()],
      compress: { passes: 3 },
      after: [compileOnLoad(), lazyChunksHeldToHashes(), elementChunkName.record],
    }),
    output: { dir: 'dist/chunks', format: 'es', entryFileNames: '[name]-[hash].js', chunkFileNames: '[name]-[hash].js' },
  },
  {
    // The script-tag file: draws the page's bare tags as links, then imports the element's
    // code (above); the pre-upgrade stylesheet beside it.
    input: 'src/kakao-consult-button.ts',
    plugins: browserBundle({
      before: [browserOnly(), elementChunkName.link],
      compress: { passes: 3 },
      after: [compileOnLoad(), preUpgradeStylesheet()],
    }),
    output: { dir: 'dist', format: 'es', entryFileNames: 'kakao-consult-button.min.js' },
  },
  {
    // The studio page's script (demo/qr.html) in one browser file, core and the `qrcode`
    // encoder inside: qrcode is CommonJS with a bare import, which a browser cannot load as it is.
    // The single-file studio bundles the same sources itself (src/build/single-file-studio.mjs).
    input: 'src/studio/studio-page.ts',
    plugins: [
      nodeResolve({ browser: true }),
      commonjs({ requireReturnsDefault: 'preferred' }),
      typescript(),
      kitFilesInStudio(),
      terser({ format: { comments: false } }),
      singleFileStudio({ target: BROWSER_FLOOR, font: ARTWORK_FONT }),
    ],
    output: { file: 'dist/studio/studio-page.js', format: 'es' },
  },
  {
    // The studio's batch worker, one classic script (a Blob URL can start it in the single file).
    input: 'src/studio/studio-worker.ts',
    plugins: [
      nodeResolve({ browser: true }),
      commonjs({ requireReturnsDefault: 'preferred' }),
      typescript(),
      terser({ format: { comments: false } }),
    ],
    output: { file: 'dist/studio/studio-worker.js', format: 'iife' },
  },
];
