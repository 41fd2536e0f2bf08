import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'tests/e2e/screenshots/**', 'tests/e2e/tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['scripts/**/*.{js,mjs}', 'tests/**/*.mjs', '*.config.js'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['tests/fixtures/**/*.js'],
    languageOptions: { globals: globals.browser, sourceType: 'script' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // core/ is pure: no browser APIs, no DOM, nothing from the rest of src/.
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'browser', 'chrome', 'localStorage', 'navigator'],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['webextension-polyfill'], message: 'core/ must not use browser APIs' },
            { group: ['**/background/**', '**/popup/**', '**/dashboard/**', '**/content/**', '**/storage/**', '**/ui/**', '**/protocol/**'], message: 'core/ imports nothing from the rest of src/' },
          ],
        },
      ],
    },
  },
  {
    // The content script never imports the background or UI code.
    files: ['src/content/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/background/**', '**/popup/**', '**/dashboard/**', 'preact', 'preact/*'], message: 'content/ stays small and independent' }] },
      ],
    },
  },
);
