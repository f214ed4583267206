// Lint for everything we write: src/, test/, demo/ and the build files. Formatting is
// Prettier's job (package.json "prettier"); nothing here overlaps with it.
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
      // `_name` marks a parameter a signature needs but the body does not read.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrors: 'none' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-var': 'error',
      'prefer-const': 'error',
      'object-shorthand': 'error',
      'no-console': 'off',
    },
  },

  // Lit templates and custom elements, wherever they are written.
  lit.configs['flat/recommended'],
  wc.configs['flat/best-practice'],
  {
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
    },
  },

  // Where the code runs decides its globals.
  { files: ['src/**', 'test/elements/**', 'test/core/**', 'test/support/*.ts', 'demo/*.js'], languageOptions: { globals: globals.browser } },
  {
    files: ['src/node/**', 'test/**/*.node.test.ts', 'test/**/*.mjs', 'test/bench/**', 'demo/*.mjs', '*.js'],
    languageOptions: { globals: globals.node },
  },
  // Puppeteer and Playwright run the functions given to `evaluate` in the page.
  { files: ['test/e2e/**', 'test/engines/drivers/**'], languageOptions: { globals: globals.browser } },
  { files: ['test/engines/page/**'], languageOptions: { globals: globals.browser } },
  {
    // Classic scripts the engine page loads before the kit, in the oldest engines the floor
    // test drives: `var` and `function` on purpose, so they report problems rather than cause them.
    files: ['test/engines/page/cases.js', 'test/engines/page/setup.js'],
    languageOptions: { sourceType: 'script' },
    rules: { 'no-var': 'off', 'object-shorthand': 'off', 'prefer-arrow-callback': 'off' },
  },
);
