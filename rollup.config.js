// Builds dist/: ESM modules for bundlers (types come from `tsc`), the script-tag file and
// the pre-upgrade stylesheet. Run through `npm run build`, which runs `tsc` first.
import { build } from 'esbuild';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

const typescript = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' });

/** Emits dist/kakao-consult-button.css from the same metrics the element's styles use. */
function preUpgradeStylesheet() {
  return {
    name: 'pre-upgrade-stylesheet',
    async generateBundle() {
      const { outputFiles } = await build({
        entryPoints: ['src/elements/consult-button.metrics.ts'],
        bundle: true,
        format: 'esm',
        write: false,
      });
      const metrics = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
      this.emitFile({ type: 'asset', fileName: 'kakao-consult-button.css', source: metrics.preUpgradeCss() });
    },
  };
}

export default [
  {
    input: { index: 'src/index.ts', 'node/server': 'src/node/server.ts' },
    external: [/^lit(\/|$)/, /^@lit\//, 'qrcode', /^node:/],
    plugins: [typescript()],
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src' },
  },
  {
    input: 'src/index.ts',
    plugins: [nodeResolve({ browser: true }), typescript(), terser({ format: { comments: false } }), preUpgradeStylesheet()],
    output: { file: 'dist/kakao-consult-button.min.js', format: 'iife', name: 'KakaoConsult' },
  },
];
