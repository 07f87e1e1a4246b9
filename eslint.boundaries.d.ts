// Types of eslint.boundaries.js, for tests/unit/eslint-boundaries.test.ts.
import type { Linter } from 'eslint';

export const libImportPatterns: { regex: string; message: string }[];
export const componentImportPatterns: { regex: string; message: string }[];
export const boundaryRules: Linter.Config[];
