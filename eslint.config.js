import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { boundaryRules } from './eslint.boundaries.js';

export default tseslint.config(
  {
    ignores: [
      '.output/',
      '.wxt/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'bench-results/',
      'demo-crm/vendor/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  // Typed linting for the TypeScript sources, through the project service (one TypeScript
  // program for the whole repo, built once per run, so `npm run check` stays quick).
  {
    files: ['**/*.{ts,tsx,mts}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // A promise nobody awaits loses its error: await it, handle it, or mark a deliberate
      // fire-and-forget with `void` and a comment saying why.
      '@typescript-eslint/no-floating-promises': 'error',
    },
  },
  ...boundaryRules,
  // Preact's hooks follow React's rules: called unconditionally, with complete dependency lists.
  // The plugin knows useEffect, useMemo, useCallback, useLayoutEffect by name, whatever the
  // import. Only the UI layers: lib/ has plain functions whose names start with "use".
  {
    files: ['components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': ['error', { additionalHooks: '^useLiveQuery$' }],
    },
  },
  {
    files: ['**/*.mjs', 'scripts/**'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['demo-crm/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
);
