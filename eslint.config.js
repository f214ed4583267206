// Lint for everything we write: src/, test/, demo/ and the build files. Formatting is
// Prettier's job (.prettierrc); nothing here overlaps with it.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TS = ['**/*.ts', '**/*.mts'];

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', 'test-results/', '.scratch/'] },
  { linterOptions: { reportUnusedDisableDirectives: 'error', reportUnusedInlineConfigs: 'error' } },

  js.configs.recommended,
  tseslint.configs.recommended,
  {
    // Type-aware rules cost a TypeScript program: these three on src/ add about 11 s of CPU to
    // a 13 s lint; typescript-eslint's whole recommendedTypeChecked over src/ and test/ costs
    // 47 s and mostly repeats tsc. A dropped promise is the one mistake tsc lets through that
    // turns into a silent failure (an unhandled rejection instead of a consult-error), so
    // src/ pays for these. Tests stay untyped here: chai-as-promised's typings make every
    // `expect(…).to.equal(…)` a promise, about 700 false reports.
    files: ['src/**/*.ts'],
    languageOptions: { parserOptions: { project: './tsconfig.json', tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  {
    files: TS,
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-import-type-side-effects': 'error',
      // Leaving a field out by destructuring (`({ line, ...rest }) => rest`) names what is dropped.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // Typing the elements for JSX means merging into `JSX` namespaces (global and React's);
      // declarations only, never a runtime namespace.
      '@typescript-eslint/no-namespace': ['error', { allowDeclarations: true }],
      // `interface HTMLElementEventMap extends ConsultEvents {}` is how one merges into a
      // global interface; a type alias cannot.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },
  {
    rules: {
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-var': 'error',
      'prefer-const': 'error',
      'object-shorthand': 'error',
    },
  },

  // Lit templates and custom elements, wherever they are written.
  lit.configs['flat/recommended'],
  wc.configs['flat/best-practice'],
  {
    // The wc rules only look at classes that extend one of these.
    settings: { wc: { elementBaseClasses: ['HTMLElement', 'LitElement', 'LangAwareElement'] } },
    rules: {
      'lit/lifecycle-super': 'error',
      'lit/no-invalid-escape-sequences': 'error',
      'lit/no-legacy-imports': 'error',
      'lit/no-template-bind': 'error',
      'lit/no-this-assign-in-render': 'error',
      'lit/no-useless-template-literals': 'error',
      'lit/no-value-attribute': 'error',
      'lit/prefer-static-styles': 'error',
      'lit/attribute-names': 'error',
      'wc/guard-define-call': 'error',
      // Guards `super.connectedCallback?.()` for bases that may lack it; LitElement always has
      // it and must be called (lit/lifecycle-super), so the guard would only hide a typo.
      'wc/guard-super-call': 'off',
    },
  },

  // Where a JavaScript file runs decides its globals (TypeScript files have tsc for that).
  { files: ['**/*.mjs', '*.js'], languageOptions: { globals: globals.node } },
  { files: ['demo/*.js', 'test/engines/page/*.js'], languageOptions: { globals: globals.browser } },
  // Puppeteer and Playwright run the functions given to `evaluate` in the page.
  { files: ['test/e2e/**', 'test/engines/drivers/**'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  {
    // Classic scripts the engine page loads before the kit, in the oldest engines the floor
    // test drives: `var` and `function` on purpose, so they report problems rather than cause them.
    files: ['test/engines/page/cases.js', 'test/engines/page/setup.js'],
    languageOptions: { sourceType: 'script' },
    rules: { 'no-var': 'off', 'object-shorthand': 'off' },
  },
);
