// The tags typed in each framework's templates, from the main entry's types with no extra
// step, checked by that framework's own checker in a consumer project (the packed package):
// the right usage passes, a misspelt attribute and a value outside an attribute's choices fail.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { installPackedPackage, ROOT } from '../../support/consumer-project.mjs';

let project;

before(() => {
  project = installPackedPackage();
});

after(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

const TS_OPTIONS = {
  strict: true,
  skipLibCheck: false,
  noEmit: true,
  module: 'esnext',
  moduleResolution: 'bundler',
  target: 'es2022',
  lib: ['es2022', 'dom'],
  types: [],
};

/**
 * Writes `files` into a folder of the consumer project, runs `command` there and returns its
 * output per file: the lines naming `good`, `misspelt` and `literal` (a checker prints one
 * error on a line naming its file, and exits non-zero when there is one).
 */
async function check(folder, files, command, args) {
  const directory = isAbsolute(folder) ? folder : join(project, folder);
  mkdirSync(directory, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(directory, name), text);
  const output = await promisify(execFile)(join(ROOT, 'node_modules/.bin', command), args, { cwd: directory, encoding: 'utf8' }).then(
    ({ stdout }) => stdout,
    (error) => `${error.stdout}${error.stderr}`,
  );
  const about = (name) =>
    output
      .split('\n')
      .filter((line) => line.includes(name))
      .join('\n');
  return { output, good: about('good.'), misspelt: about('misspelt.'), literal: about('literal.') };
}

/** The three sources every framework is checked with: `tag(attributes)` writes a button tag in its syntax. */
const usages = (tag) => ({
  good: tag('channel="@brand" size="large" pc-mode="qr" popup-size="1024x800" data-test="a"'),
  misspelt: tag('chanel="@brand"'),
  literal: tag('channel="@brand" size="huge"'),
});

/** Asserts what `check` found: nothing about the right usage, the misspelt name and the wrong literal named. */
function assertChecked({ output, good, misspelt, literal }) {
  assert.equal(good, '', output);
  assert.match(misspelt, /chanel|channel/, output);
  assert.match(literal, /huge|size/, output);
}

/** The three usages as TSX files (React, Preact and Solid share the syntax, not the JSX types). */
const tsxFiles = () =>
  Object.fromEntries(
    Object.entries(
      usages(
        (attributes) =>
          `import 'kakao-consult-button';\nexport const b = <kakao-consult-button ${attributes} onClick={(event) => event.clientX} />;\n`,
      ),
    ).map(([name, text]) => [`${name}.tsx`, text]),
  );

describe('typed tags, from `import "kakao-consult-button"` alone', () => {
  it('React 19 TSX (tsc)', async () => {
    const files = tsxFiles();
    files['tsconfig.json'] = JSON.stringify({ compilerOptions: { ...TS_OPTIONS, jsx: 'react-jsx', types: ['react'] }, include: ['*.tsx'] });
    assertChecked(await check('react', files, 'tsc', ['-p', '.']));
  });

  it('Preact TSX (tsc)', async () => {
    const files = tsxFiles();
    files['tsconfig.json'] = JSON.stringify({
      compilerOptions: { ...TS_OPTIONS, jsx: 'react-jsx', jsxImportSource: 'preact' },
      include: ['*.tsx'],
    });
    assertChecked(await check('preact', files, 'tsc', ['-p', '.']));
  });

  it('Solid TSX (tsc)', async () => {
    const files = tsxFiles();
    files['tsconfig.json'] = JSON.stringify({
      compilerOptions: { ...TS_OPTIONS, jsx: 'preserve', jsxImportSource: 'solid-js' },
      include: ['*.tsx'],
    });
    assertChecked(await check('solid', files, 'tsc', ['-p', '.']));
  });

  it('Vue single-file components (vue-tsc, strictTemplates)', async () => {
    const files = Object.fromEntries(
      Object.entries(
        usages(
          (attributes) =>
            `<script setup lang="ts">\nimport 'kakao-consult-button';\n</script>\n\n<template>\n  <kakao-consult-button ${attributes} />\n</template>\n`,
        ),
      ).map(([name, text]) => [`${name}.vue`, text]),
    );
    files['tsconfig.json'] = JSON.stringify({
      compilerOptions: { ...TS_OPTIONS, jsx: 'preserve' },
      include: ['*.vue'],
      vueCompilerOptions: { strictTemplates: true },
    });
    assertChecked(await check('vue', files, 'vue-tsc', ['-p', '.']));
  });

  it('Svelte components (svelte-check)', async () => {
    const files = Object.fromEntries(
      Object.entries(
        usages(
          (attributes) =>
            `<script lang="ts">\n  import 'kakao-consult-button';\n</script>\n\n<kakao-consult-button ${attributes}></kakao-consult-button>\n`,
        ),
      ).map(([name, text]) => [`${name}.svelte`, text]),
    );
    files['tsconfig.json'] = JSON.stringify({
      compilerOptions: { ...TS_OPTIONS, verbatimModuleSyntax: true, isolatedModules: true },
      include: ['*.svelte'],
    });
    assertChecked(
      await check('svelte', files, 'svelte-check', ['--workspace', '.', '--tsconfig', './tsconfig.json', '--output', 'machine']),
    );
  });

  it("types every attribute of the custom-elements manifest, and the editors' data names them", async () => {
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules/kakao-consult-button/dist/custom-elements.json'), 'utf8'));
    const typings = { 'kakao-consult-button': 'ConsultButtonAttributes', 'kakao-consult-qr': 'ConsultQrAttributes' };
    const elements = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .filter((declaration) => declaration.tagName in typings);
    assert.equal(elements.length, 2);
    // A type error names any attribute the typing lacks (every framework's typing is this one).
    const lines = elements.map(
      (element) =>
        `export const ${element.name}: [never] = [] as unknown as [Exclude<${element.attributes.map((attribute) => JSON.stringify(attribute.name)).join(' | ')}, keyof ${typings[element.tagName]}>];`,
    );
    const { output } = await check(
      'manifest',
      {
        'good.ts': `import type { ConsultButtonAttributes, ConsultQrAttributes } from 'kakao-consult-button';\n${lines.join('\n')}\n`,
        'tsconfig.json': JSON.stringify({ compilerOptions: TS_OPTIONS, include: ['good.ts'] }),
      },
      'tsc',
      ['-p', '.'],
    );
    assert.equal(output, '');
    const vscode = JSON.parse(readFileSync(join(project, 'node_modules/kakao-consult-button/dist/vscode.html-custom-data.json'), 'utf8'));
    const webTypes = JSON.parse(readFileSync(join(project, 'node_modules/kakao-consult-button/dist/web-types.json'), 'utf8'));
    for (const element of elements) {
      const names = element.attributes.map((attribute) => attribute.name);
      assert.deepEqual(
        vscode.tags.find((tag) => tag.name === element.tagName).attributes.map((attribute) => attribute.name),
        names,
      );
      assert.deepEqual(
        webTypes.contributions.html.elements.find((tag) => tag.name === element.tagName).attributes.map((attribute) => attribute.name),
        names,
      );
    }
  });

  it('breaks no project without these frameworks (tsc, no skipLibCheck)', async () => {
    // A project with the kit and Lit only, outside the consumer project (whose node_modules has
    // every framework): none of React, Preact, Solid, Svelte or Vue.
    const directory = mkdtempSync(join(tmpdir(), 'kakao-consult-plain-'));
    mkdirSync(join(directory, 'node_modules/@lit'), { recursive: true });
    for (const name of ['kakao-consult-button', 'lit', 'lit-html', 'lit-element', '@lit/reactive-element'])
      symlinkSync(join(project, 'node_modules', name), join(directory, 'node_modules', name));
    const { output } = await check(
      directory,
      {
        'main.ts':
          "import 'kakao-consult-button';\nimport { configure } from 'kakao-consult-button';\nconfigure({});\ndocument.querySelector('kakao-consult-button')!.channel = '@brand';\n",
        'tsconfig.json': JSON.stringify({ compilerOptions: TS_OPTIONS, include: ['main.ts'] }),
      },
      'tsc',
      ['-p', '.'],
    );
    rmSync(directory, { recursive: true, force: true });
    assert.equal(output, '');
  });
});
