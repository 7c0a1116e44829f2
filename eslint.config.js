import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench/generated'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // This rule is advice for React Compiler builds; Tandem does not use the compiler.
      'react-hooks/incompatible-library': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Scripts run in Node, and the bench also passes functions to run in the page.
    files: ['scripts/**/*.{js,mjs}', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Only src/media touches the media element and wavesurfer.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/media/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['wavesurfer.js', 'wavesurfer.js/*'],
              message: 'Only src/media talks to wavesurfer.',
            },
          ],
        },
      ],
    },
  },
  {
    // The core is plain TypeScript: data in, data out. No UI, no media, no store.
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react-*',
                'zustand',
                'zustand/*',
                'wavesurfer.js',
                'wavesurfer.js/*',
                '@tanstack/*',
              ],
              message: 'src/core is pure TypeScript.',
            },
            {
              group: ['../media/*', '../state/*', '../ui/*', '../../*'],
              message: 'src/core depends on nothing outside it.',
            },
          ],
        },
      ],
    },
  },
);
