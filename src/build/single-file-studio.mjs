// The single-file studio (dist/kakao-consult-studio.html): the studio page (demo/qr.html) with
// its script, styles, batch worker and artwork font inside, for a marketer's laptop (file://) or
// any static server. No external requests; its own strict CSP pins the inline script and style
// by hash, allows workers from Blob URLs only, and enforces Trusted Types.
//
// It bundles the page's script and the worker from src/ itself; the one output of another build
// it reads is the script-tag file's hash, for the snippet the page hands out (kit-files.mjs).
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { build, transformSync } from 'esbuild';
import { scriptTagFiles } from './kit-files.mjs';
import { fillStudioTemplate, scriptText } from './studio-template.mjs';

const PAGE = 'demo/qr.html';
const STYLES = ['demo/demo.css', 'demo/qr.css'];
const SCRIPT = 'src/studio/studio-page.ts';
const WORKER = 'src/studio/studio-worker.ts';
const OUTPUT = 'dist/kakao-consult-studio.html';
// The ids src/studio/studio-resources.ts looks for.
const WORKER_ID = 'studio-worker-source';
const FONT_ID = 'studio-font';

/** One minified browser bundle of `entry`, as text, with the kit's files written in. */
async function bundle(entry, format, target) {
  const { outputFiles } = await build({
    entryPoints: [entry],
    bundle: true,
    format,
    minify: true,
    write: false,
    target,
    legalComments: 'none',
    define: { __KIT_FILES__: JSON.stringify(scriptTagFiles()) },
  });
  return outputFiles[0].text;
}

const sha256 = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * A rollup plugin that writes the single-file studio once the build's files are written.
 *
 * @param {{ target: string[], font: string }} options the engines to compile for, and the artwork font's file
 */
export function singleFileStudio({ target, font }) {
  return {
    name: 'single-file-studio',
    async writeBundle() {
      const [script, worker, css, fontBytes, html] = await Promise.all([
        bundle(SCRIPT, 'esm', target).then(scriptText),
        bundle(WORKER, 'iife', target).then(scriptText),
        Promise.all(STYLES.map((file) => readFile(file, 'utf8'))),
        readFile(font),
        readFile(PAGE, 'utf8'),
      ]);
      const style = transformSync(css.join(''), { loader: 'css', minify: true }).code;
      const policy = [
        "default-src 'none'",
        `script-src ${sha256(script)}`,
        `style-src ${sha256(style)}`,
        'img-src blob: data:',
        'worker-src blob:',
        "base-uri 'none'",
        "form-action 'none'",
        "require-trusted-types-for 'script'",
        'trusted-types kakao-consult-studio',
      ].join('; ');
      const page = fillStudioTemplate(html, {
        policy: `<meta http-equiv="Content-Security-Policy" content="${policy}" />`,
        style: `<style>${style}</style>`,
        scripts: [
          `<script type="text/plain" id="${WORKER_ID}">${worker}</script>`,
          `<script type="application/octet-stream" id="${FONT_ID}">${fontBytes.toString('base64')}</script>`,
          `<script type="module">${script}</script>`,
        ].join('\n    '),
      });
      await writeFile(OUTPUT, page);
    },
  };
}
