// The layering rules of eslint.boundaries.js fire where they should and stay quiet elsewhere, and
// the repo's eslint.config.js applies them (and the floating-promise rule) to the right folders.
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { boundaryRules } from '../../eslint.boundaries.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

// Only the boundary rules, with the TypeScript parser: linting a string needs no type program,
// so this stays fast on a busy machine.
const boundariesOnly = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  overrideConfig: [
    { files: ['**/*.{ts,tsx}'], languageOptions: { parser: tseslint.parser } },
    ...boundaryRules,
  ],
});

async function ruleHits(filePath: string, code: string): Promise<string[]> {
  const [result] = await boundariesOnly.lintText(code, { filePath });
  expect(result, filePath).toBeDefined();
  // A parse error would hide every rule: fail on it rather than pass with no hits.
  expect(result!.messages.filter((m) => m.fatal)).toEqual([]);
  return result!.messages.map((m) => m.ruleId ?? 'unknown');
}

describe('ESLint boundaries', () => {
  it.each([
    ['lib/background/x.ts', "import { browser } from 'wxt/browser';"],
    ['lib/ui/x.ts', "import { storage } from 'wxt/utils/storage';"],
    ['lib/x.ts', "import { defineContentScript } from '#imports';"],
    ['lib/calls/x.ts', "import { sendMessage } from '../../utils/messaging';"],
    ['lib/calls/x.ts', "import { sendMessage } from '@/utils/messaging';"],
    ['lib/ui/x.ts', "import { Dropdown } from '../../components/shared/dropdown';"],
    ['lib/ui/x.ts', "import type { Props } from '~/components/popup/app';"],
    ['lib/detect/x.ts', "import { scan } from '../../entrypoints/content/scan';"],
    ['lib/x.ts', "import { defineExtensionMessaging } from '@webext-core/messaging';"],
  ])('%s may not %s', async (file, code) => {
    expect(await ruleHits(file, code)).toEqual(['no-restricted-imports']);
  });

  it.each([
    ['lib/background/x.ts', 'export const id = chrome.runtime.id;'],
    ['lib/background/x.ts', 'export const open = () => browser.tabs.create({});'],
  ])('%s may not use the extension API: %s', async (file, code) => {
    expect(await ruleHits(file, code)).toEqual(['no-restricted-globals']);
  });

  it('components/ may not import an entrypoint', async () => {
    const code = "import { mount } from '../../entrypoints/popup/main';";
    expect(await ruleHits('components/popup/x.tsx', code)).toEqual(['no-restricted-imports']);
  });

  it.each([
    // lib/ uses its own modules and plain libraries, including a module named like a layer.
    ['lib/ui/x.ts', "import { parse } from 'libphonenumber-js';\nimport { a } from './utils';"],
    ['lib/ui/x.ts', "import { format } from '../phone/format';"],
    ['lib/ui/x.ts', "import { signal } from '@preact/signals';"],
    // A local `browser` is not the global.
    ['lib/ui/x.ts', 'export function f(browser: string) {\n  return browser.length;\n}'],
    // The layers above lib/ may use the browser and lib/.
    ['components/popup/x.tsx', "import { format } from '@/lib/ui/format';"],
    ['components/popup/x.tsx', "import { sendMessage } from '../../utils/messaging';"],
    ['entrypoints/popup/x.ts', "import { browser } from 'wxt/browser';"],
    ['utils/x.ts', "import { browser } from 'wxt/browser';\nexport const id = browser.runtime.id;"],
  ])('%s may: %s', async (file, code) => {
    expect(await ruleHits(file, code)).toEqual([]);
  });

  it("the repo's config applies them, and floating promises are errors", async () => {
    const repo = new ESLint({ cwd: root });
    const severity = (rules: Record<string, unknown> | undefined, name: string) => {
      const entry = rules?.[name];
      return Array.isArray(entry) ? entry[0] : entry;
    };
    const lib = await repo.calculateConfigForFile('lib/background/service.ts');
    expect(severity(lib.rules, 'no-restricted-imports')).toBe(2);
    expect(severity(lib.rules, 'no-restricted-globals')).toBe(2);
    expect(severity(lib.rules, '@typescript-eslint/no-floating-promises')).toBe(2);
    const component = await repo.calculateConfigForFile('components/popup/PopupApp.tsx');
    expect(severity(component.rules, 'no-restricted-imports')).toBe(2);
    expect(severity(component.rules, 'react-hooks/exhaustive-deps')).toBe(2);
    expect(severity(component.rules, 'react-hooks/rules-of-hooks')).toBe(2);
    const entry = await repo.calculateConfigForFile('entrypoints/background.ts');
    expect(severity(entry.rules, 'no-restricted-imports')).toBeUndefined();
    expect(severity(entry.rules, '@typescript-eslint/no-floating-promises')).toBe(2);
  });
});
