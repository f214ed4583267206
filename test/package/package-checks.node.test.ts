// The package as registries and tools read it: publint (package.json against the files it
// names) and are-the-types-wrong with the ESM-only profile (types resolve for ESM under
// node16 and bundler resolution; CommonJS `require` is not offered, see the README's
// *ESM only*). Run on `npm pack`'s tarball of dist/ (`npm run build` first).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let folder: string;
let tarball: string;

before(() => {
  folder = mkdtempSync(join(tmpdir(), 'kakao-consult-pack-'));
  tarball = join(
    folder,
    execFileSync('npm', ['pack', '--silent', '--pack-destination', folder], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').pop()!,
  );
});

after(() => rmSync(folder, { recursive: true, force: true }));

describe('package checks', () => {
  it('publint finds nothing to report', async () => {
    const { messages } = await publint({ pkgDir: ROOT, pack: 'npm', level: 'suggestion', strict: true });
    assert.deepEqual(messages, []);
  });

  it('are-the-types-wrong (ESM-only profile) finds no problem', () => {
    const args = [
      tarball,
      '--profile',
      'esm-only',
      '--format',
      'table-flipped',
      // A stylesheet has no types to resolve: attw resolves every subpath as a module and
      // reports this one in every mode, though bundlers and `<link>` tags read it as CSS.
      '--exclude-entrypoints',
      './kakao-consult-button.css',
    ];
    // attw exits non-zero on a problem the profile does not ignore, and prints its table.
    try {
      execFileSync(join(ROOT, 'node_modules/.bin/attw'), args, { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      assert.fail(`are-the-types-wrong found problems:\n${(error as { stdout: string }).stdout}`);
    }
  });

  it('the CLI bundle imports only Node built-ins and the packages installed with it', () => {
    // Rollup's static imports open a line; dynamic ones anywhere.
    const IMPORTS = /^(?:import|export)\b[^;]*?\bfrom\s*['"]([^'"]+)['"]|^import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, Record<string, string>>;
    const installed = new Set([...Object.keys(manifest.dependencies!), ...Object.keys(manifest.peerDependencies!)]);
    const cli = join(ROOT, 'dist/node/cli');
    const bare = readdirSync(cli)
      .filter((file) => file.endsWith('.js'))
      .flatMap((file) => [...readFileSync(join(cli, file), 'utf8').matchAll(IMPORTS)])
      .map((match) => (match[1] ?? match[2] ?? match[3])!)
      .filter((id) => !id.startsWith('.'));
    assert.ok(bare.includes('node:fs'), 'read the bundle');
    const name = (id: string) =>
      id
        .split('/')
        .slice(0, id.startsWith('@') ? 2 : 1)
        .join('/');
    assert.deepEqual(
      [...new Set(bare)].filter((id) => !id.startsWith('node:') && !builtinModules.includes(id) && !installed.has(name(id))),
      [],
    );
  });
});
