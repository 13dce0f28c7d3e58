// Lint rules, including the boundaries between Backstory's contexts:
// the core is plain TypeScript (no browser API, no storage), and code that
// runs in web pages cannot import the background or the databases.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const browserApis = ['wxt/*', 'wxt', '#imports', 'webextension-polyfill', 'idb', '@/utils/db/*', '@/utils/background/*', '@/utils/messaging', '@/utils/page/*'];
const matchingOnly = ['**/core/analyse-page', '**/core/match-entities', '**/core/build-matcher', '**/core/compile-aliases', '**/core/topic-table', '**/core/topic-table-packed', '**/core/topic-terms', '**/core/score-topic', '**/core/extract-figures'];
const backgroundOnly = ['@/utils/db/*', '@/utils/background/*', '**/utils/db/*', '**/utils/background/*'];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'scratch/**', 'tests/e2e/artifacts/**', 'dataset/schema/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  {
    files: ['utils/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: browserApis, message: 'utils/core is plain TypeScript: no browser API, storage or messaging.' }, { group: ['../*', '!../core/*'], message: 'utils/core imports only from utils/core.' }] }],
      'no-restricted-globals': ['error', { name: 'browser', message: 'utils/core has no browser API.' }, { name: 'chrome', message: 'utils/core has no browser API.' }],
    },
  },
  {
    files: ['entrypoints/first-look.ts', 'entrypoints/engine.ts', 'utils/page/**', 'components/**', 'entrypoints/sidebar/**', 'entrypoints/popup/**', 'entrypoints/options/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: backgroundOnly, message: 'Only the background opens the databases: ask it through utils/messaging.' }, { group: matchingOnly, message: 'The page only reads (readPage); matching, scoring and figures run in the background (page:analyse).' }] }],
    },
  },
);
