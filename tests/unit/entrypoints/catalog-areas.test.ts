// Every page installs the catalog areas its own code reaches. A page installs only some areas
// (`installCatalogs(catalogsFrom(import.meta.glob('…/messages/*/{common,popup}.json')))`), and a
// key from an area it did not install shows as the key itself: that is how the options page once
// showed no "no softphone" sentence in Firefox (the text had moved to the `softphone` area). Here
// each page's import graph is walked from its entrypoint, and every catalog key written as a
// literal in a file it reaches must belong to an area the page installs.
//
// Which keys count: all keys in the page's own files (entrypoints/, components/, utils/), and keys
// of the surface areas (common, popup, sidepanel, options, card) anywhere. A key of a lib area
// (reasons, calls, config, softphone, background) written in lib/ counts when a page file that
// uses the page's translator imports that lib file directly (it is then likely worded in the
// page's language, as the Firefox notice was); otherwise a lib function words it with the English
// catalogs, and which calls pass the page's translator deeper down is not visible from imports.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const catalogDir = path.join(root, 'lib/i18n/messages/en');
const SURFACE_AREAS = new Set(['common', 'popup', 'sidepanel', 'options', 'card']);

/** Every English key, with the area (file) it is in. */
const areaOfKey = new Map<string, string>();
for (const file of fs.readdirSync(catalogDir)) {
  const area = file.replace(/\.json$/, '');
  const messages = JSON.parse(fs.readFileSync(path.join(catalogDir, file), 'utf8')) as object;
  for (const key of Object.keys(messages)) areaOfKey.set(key, area);
}

function resolveImport(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    `${base}/index.ts`,
    `${base}/index.tsx`,
  ]) {
    if (/\.tsx?$/.test(candidate) && fs.existsSync(candidate) && fs.statSync(candidate).isFile()) {
      return candidate;
    }
  }
  return undefined;
}

interface PageReach {
  /** Areas named by the page's `import.meta.glob` of the catalogs. */
  installed: Set<string>;
  /** Each counted key the page's files write, with the first file that writes it. */
  keys: Map<string, string>;
  files: number;
}

/** Walks static and dynamic relative imports from the entrypoint. */
function reach(entry: string): PageReach {
  const installed = new Set<string>();
  const keys = new Map<string, string>();
  const seen = new Set<string>();
  const keysWritten: { key: string; file: string }[] = [];
  /** lib/ files imported by a page file that uses the page's translator. */
  const wordedByPage = new Set<string>();
  const queue = [path.join(root, entry)];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = fs.readFileSync(file, 'utf8');
    const relative = path.relative(root, file);
    const inLib = relative.startsWith('lib/');
    const passesTranslator = !inLib && /\btranslator\b/.test(source);
    for (const match of source.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) {
      const target = resolveImport(file, match[1]!);
      if (!target) continue;
      queue.push(target);
      if (passesTranslator) wordedByPage.add(target);
    }
    for (const match of source.matchAll(
      /i18n\/messages\/(?:\*|en)\/(?:\{([^}]+)\}|(\w+))\.json/g,
    )) {
      for (const area of (match[1] ?? match[2]!).split(',')) installed.add(area.trim());
    }
    for (const match of source.matchAll(/['"`]([a-zA-Z]+\.[\w.]+)['"`]/g)) {
      keysWritten.push({ key: match[1]!, file });
    }
  }
  // Counted after the walk: a lib file may be read before the page file that imports it.
  for (const { key, file } of keysWritten) {
    const area = areaOfKey.get(key);
    const relative = path.relative(root, file);
    const libOnly = relative.startsWith('lib/') && !wordedByPage.has(file);
    if (area === undefined || (libOnly && !SURFACE_AREAS.has(area))) continue;
    if (!keys.has(key)) keys.set(key, relative);
  }
  return { installed, keys, files: seen.size };
}

/** The keys whose area the page does not install, as `key (file)`. */
function missing({ installed, keys }: PageReach): string[] {
  return [...keys]
    .filter(([key]) => !installed.has(areaOfKey.get(key)!))
    .map(([key, file]) => `${key} (${file})`);
}

const pages = [
  { page: 'popup', entry: 'entrypoints/popup/main.tsx' },
  { page: 'side panel', entry: 'entrypoints/sidepanel/main.tsx' },
  { page: 'options', entry: 'entrypoints/options/main.tsx' },
  { page: 'microphone', entry: 'entrypoints/microphone/main.tsx' },
  { page: 'content script', entry: 'entrypoints/content/index.ts' },
];

describe('catalog areas each page installs', () => {
  it.each(pages)('the $page installs every area its code reaches', ({ entry }) => {
    const result = reach(entry);
    // The walk really covered the page: it found the catalogs it installs and keys it shows.
    expect(result.installed.size).toBeGreaterThan(0);
    expect(result.keys.size).toBeGreaterThan(0);
    expect(missing(result)).toEqual([]);
  });

  it('would have caught the options page without the softphone area', () => {
    const options = reach('entrypoints/options/main.tsx');
    options.installed.delete('softphone');
    expect(missing(options).some((line) => line.startsWith('softphone.'))).toBe(true);
  });

  it('reads the content script as installing only the English card catalog', () => {
    expect([...reach('entrypoints/content/index.ts').installed]).toEqual(['card']);
  });
});
