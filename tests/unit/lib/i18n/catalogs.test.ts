// Every catalog: the same keys in every language, valid ICU with the same arguments, each key
// named for its area, and every key used somewhere in the source (none dead, none missing).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { AREAS } from '../../../../lib/i18n/catalog';
import { LANGUAGES, SOURCE_LANGUAGE } from '../../../../lib/i18n/languages';

const root = join(__dirname, '../../../..');
const messagesDir = join(root, 'lib/i18n/messages');

function catalog(language: string, area: string): Record<string, string> {
  return JSON.parse(readFileSync(join(messagesDir, language, `${area}.json`), 'utf8')) as Record<
    string,
    string
  >;
}

/** Argument names of a message, including those inside plural/select branches and tags. */
function argumentsOf(elements: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
    if (el.type === TYPE.tag) {
      argumentsOf(el.children, out);
      continue;
    }
    out.add(el.value);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      for (const option of Object.values(el.options)) argumentsOf(option.value, out);
    }
  }
  return out;
}

/** Plural and select arguments must carry an `other` branch (ICU requires it at run time). */
function missingOther(elements: MessageFormatElement[]): boolean {
  return elements.some((el) => {
    if (el.type === TYPE.tag) return missingOther(el.children);
    if (el.type !== TYPE.plural && el.type !== TYPE.select) return false;
    if (!('other' in el.options)) return true;
    return Object.values(el.options).some((o) => missingOther(o.value));
  });
}

describe('catalogs', () => {
  it('has a file for every area in every language, and no other file', () => {
    for (const language of LANGUAGES) {
      const files = readdirSync(join(messagesDir, language)).sort();
      expect(files, language).toEqual(AREAS.map((a) => `${a}.json`).sort());
    }
    expect(readdirSync(messagesDir).sort()).toEqual([...LANGUAGES].sort());
  });

  for (const area of AREAS) {
    describe(area, () => {
      const source = catalog(SOURCE_LANGUAGE, area);

      it(`names every key "${area}.…"`, () => {
        const stray = Object.keys(source).filter((k) => !k.startsWith(`${area}.`));
        expect(stray).toEqual([]);
      });

      for (const language of LANGUAGES) {
        it(`${language}: the same keys as English, valid ICU, the same arguments`, () => {
          const messages = catalog(language, area);
          expect(Object.keys(messages).sort()).toEqual(Object.keys(source).sort());
          for (const [key, text] of Object.entries(messages)) {
            expect(typeof text, key).toBe('string');
            expect(text.trim(), `${language} ${key} is empty`).not.toBe('');
            const ast = parse(text, { ignoreTag: true });
            expect(
              missingOther(ast),
              `${language} ${key}: a plural or select without "other"`,
            ).toBe(false);
            const english = parse(source[key]!, { ignoreTag: true });
            expect([...argumentsOf(ast)].sort(), `${language} ${key}`).toEqual(
              [...argumentsOf(english)].sort(),
            );
          }
        });
      }
    });
  }
});

/** Source files that may use a key: everything that ships, plus the build config. */
function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'messages' && name !== 'generated') sourceFiles(path, out);
    } else if (/\.(ts|tsx|mjs)$/.test(name)) out.push(path);
  }
  return out;
}

describe('keys in use', () => {
  const files = ['entrypoints', 'components', 'lib', 'utils']
    .flatMap((d) => sourceFiles(join(root, d)))
    .concat(join(root, 'wxt.config.ts'));
  const text = files.map((f) => readFileSync(f, 'utf8')).join('\n');
  const quoted = new Set(
    [...text.matchAll(/['"`]([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_-]+)+)['"`]/g)].map((m) => m[1]),
  );

  it('uses every key of every catalog as a literal somewhere in the source', () => {
    const unused = AREAS.flatMap((area) =>
      Object.keys(catalog(SOURCE_LANGUAGE, area)).filter((k) => !quoted.has(k)),
    );
    expect(unused, 'keys no code uses: remove them or use them').toEqual([]);
  });

  it('finds every key the source passes to t() in the catalogs', () => {
    const known = new Set(AREAS.flatMap((area) => Object.keys(catalog(SOURCE_LANGUAGE, area))));
    const missing: string[] = [];
    for (const file of files) {
      const src = readFileSync(file, 'utf8');
      for (const m of src.matchAll(/\bt\(\s*['"`]([^'"`]+)['"`]/g)) {
        if (!known.has(m[1]!)) missing.push(`${relative(root, file)}: ${m[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
