// The layering rules of the codebase (docs/architecture.md), enforced by ESLint instead of
// remembered. Kept in its own module so tests/unit/scripts/eslint-boundaries.test.ts can check
// that each rule fires.
//
//   lib/         pure logic, tested in Node: no WXT, no extension APIs, nothing from the
//                browser-facing layers (utils/, components/, entrypoints/).
//   components/  Preact UI: may use lib/ and utils/, never an entrypoint.

/** Import specifiers that reach a top-level folder, by alias (`@/utils`, `~~/components`) or
 * by a relative path that climbs out of the importing folder (`../../utils/x`). lib/ has no
 * folder of these names, so a climb that ends in one is the top-level one. */
const layer = (name) => `^(?:[@~]{1,2}/|(?:\\.\\./)+)${name}(?:/|$)`;

const LIB_MESSAGE =
  'lib/ is pure logic tested in Node: wire the browser in entrypoints/ or utils/ and pass what lib/ needs in (see docs/architecture.md).';

export const libImportPatterns = [
  { regex: '^wxt(?:/|$)', message: `No WXT in lib/. ${LIB_MESSAGE}` },
  { regex: '^#imports$', message: `No WXT auto-imports in lib/. ${LIB_MESSAGE}` },
  { regex: '^webextension-polyfill$', message: `No extension APIs in lib/. ${LIB_MESSAGE}` },
  { regex: '^@webext-core/', message: `No extension messaging in lib/. ${LIB_MESSAGE}` },
  { regex: layer('utils'), message: `lib/ may not import utils/. ${LIB_MESSAGE}` },
  { regex: layer('components'), message: `lib/ may not import components/. ${LIB_MESSAGE}` },
  { regex: layer('entrypoints'), message: `lib/ may not import entrypoints/. ${LIB_MESSAGE}` },
];

export const componentImportPatterns = [
  {
    regex: layer('entrypoints'),
    message:
      'components/ may not import entrypoints/: move what both need into lib/ (logic) or utils/ (browser glue).',
  },
];

const extensionGlobal = (name) => ({
  name,
  message: `No extension APIs in lib/ (\`${name}\`). ${LIB_MESSAGE}`,
});

export const boundaryRules = [
  {
    files: ['lib/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: libImportPatterns }],
      'no-restricted-globals': ['error', extensionGlobal('browser'), extensionGlobal('chrome')],
    },
  },
  {
    files: ['components/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: componentImportPatterns }],
    },
  },
];
