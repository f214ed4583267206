// Bytes a user downloads, next to a peer: Lit alone, bundled and minified in the same run,
// since the script-tag file carries its own copy of Lit.
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { printSummary, printTable } from './measure.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = `${ROOT}dist/`;
const SCRIPT_TAG_FILE = 'kakao-consult-button.min.js';

const sizes = (bytes: Uint8Array) => ({
  bytes: bytes.length,
  gzip: gzipSync(bytes, { level: 9 }).length,
  brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }).length,
});

if (!existsSync(DIST + SCRIPT_TAG_FILE)) throw new Error(`${DIST}${SCRIPT_TAG_FILE} is missing: run \`npm run build\` first.`);
// The script-tag file first: it is what the README tells users to load; then the chunks it
// loads on demand (the QR code, the operating config), then the npm entries.
const chunks = existsSync(`${DIST}chunks`) ? readdirSync(`${DIST}chunks`).map((name) => `chunks/${name}`) : [];
const files = [
  SCRIPT_TAG_FILE,
  ...chunks.sort(),
  ...readdirSync(DIST)
    .filter((name) => name.endsWith('.js') && name !== SCRIPT_TAG_FILE)
    .sort(),
];

const lit = await build({
  stdin: { contents: "import 'lit';", resolveDir: ROOT },
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  write: false,
});
const litVersion = (JSON.parse(readFileSync(`${ROOT}node_modules/lit/package.json`, 'utf8')) as { version: string }).version;

const rows = [
  ...files.map((name) => ({ name: `dist/${name}`, ...sizes(readFileSync(DIST + name)) })),
  { name: `peer: lit ${litVersion} (import 'lit', esbuild --bundle --minify)`, ...sizes(lit.outputFiles[0]!.contents) },
];
printTable(
  'bundle size (bytes as shipped; gzip level 9; brotli quality 11)',
  ['file', 'bytes', 'gzip', 'brotli'],
  rows.map((row) => [row.name, row.bytes, row.gzip, row.brotli]),
);

const kit = rows[0]!;
const peer = rows.at(-1)!;
const kb = (value: number) => `${(value / 1024).toFixed(1)} KB`;
printSummary({
  bench: 'size',
  figures: {
    [`${SCRIPT_TAG_FILE} gzip`]: `${kb(kit.gzip)} (lit alone ${kb(peer.gzip)})`,
    [`${SCRIPT_TAG_FILE} brotli`]: `${kb(kit.brotli)} (lit alone ${kb(peer.brotli)})`,
    ...Object.fromEntries(
      rows.filter((row) => row.name.includes('/chunks/')).map((row) => [`${row.name.replace(/-[\w]+\.js$/, '')} gzip`, kb(row.gzip)]),
    ),
  },
});
