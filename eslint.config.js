import js from '@eslint/js';
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
  {
    files: ['**/*.mjs', 'scripts/**'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['demo-crm/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
);
