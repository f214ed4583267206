// qrcode's encoder vendored into dist/vendor/qrcode.js: the package ships CommonJS only,
// which costs bundlers an interop runtime in every app's first chunk and cannot load in a
// browser as it is. rollup.config.js imports this module's build and plugin.
import { readFile } from 'node:fs/promises';
import commonjs from '@rollup/plugin-commonjs';
import nodeResolve from '@rollup/plugin-node-resolve';

const ENCODER = 'qrcode/lib/core/qrcode.js';

/** qrcode's and dijkstrajs's MIT licences, next to the vendored encoder. */
function vendorLicences() {
  return {
    name: 'vendor-licences',
    async generateBundle() {
      const version = JSON.parse(await readFile('node_modules/qrcode/package.json', 'utf8')).version;
      const text = [
        `qrcode (lib/core), ${version}\n\n${await readFile('node_modules/qrcode/license', 'utf8')}`,
        `dijkstrajs\n\n${await readFile('node_modules/dijkstrajs/LICENSE.md', 'utf8')}`,
      ];
      this.emitFile({ type: 'asset', fileName: 'LICENSES.txt', source: text.join('\n\n---\n\n') });
    },
  };
}

/** The build of dist/vendor/qrcode.js: the encoder and its one dependency as one ES module. */
export const vendoredQrEncoderBuild = {
  input: `node_modules/${ENCODER}`,
  // plugin-commonjs 25 (not 26+) bundles it, as the default export.
  plugins: [nodeResolve(), commonjs({ requireReturnsDefault: 'preferred' }), vendorLicences()],
  output: {
    dir: 'dist/vendor',
    entryFileNames: 'qrcode.js',
    format: 'es',
    exports: 'auto',
    banner: '/*! qrcode (lib/core) and dijkstrajs, MIT licence: see LICENSES.txt */',
  },
};

/**
 * Points the npm modules' imports of the encoder at dist/vendor/qrcode.js. Rollup writes an
 * external's import path relative to the importer's *source* file, so the id given here is
 * where the vendored file would sit under src/ (which dist/ mirrors): no such source file
 * exists, only its place in the mirror matters.
 */
export function vendoredQrEncoder() {
  return {
    name: 'vendored-qr-encoder',
    resolveId: (id) => (id === ENCODER ? { id: `${process.cwd()}/src/vendor/qrcode.js`, external: true } : null),
  };
}
