import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getDb as fromBarrel } from '../../../../lib/db/index';
import { getDb } from '../../../../lib/db/connection';
import { DB_NAME, RingsideDb } from '../../../../lib/db/schema';

/** Modules a file imports at run time (type-only imports load nothing), followed through relative paths. */
function runtimeGraph(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^(?:import|export)\s+(type\s+)?[^'"]*?from\s+'([^']+)'/gm)) {
      if (m[1]) continue;
      const spec = m[2]!;
      if (spec.startsWith('.')) visit(join(dirname(file), `${spec}.ts`));
      else packages.add(spec);
    }
  };
  visit(entry);
  return { files: [...files].map((f) => relative('.', f)).sort(), packages: [...packages].sort() };
}

describe('the IndexedDB connection', () => {
  it('is one per JavaScript context, whichever module a page or the background takes it from', () => {
    expect(getDb()).toBeInstanceOf(RingsideDb);
    expect(getDb().name).toBe(DB_NAME);
    expect(getDb()).toBe(getDb());
    expect(fromBarrel()).toBe(getDb());
  });

  it('loads only Dexie and the schema: no config validation or phone metadata for a page', () => {
    expect(runtimeGraph('lib/db/connection.ts')).toEqual({
      files: ['lib/db/config-body.ts', 'lib/db/connection.ts', 'lib/db/schema.ts'],
      packages: ['dexie'],
    });
  });

  it('is the only place that opens the database (the pages and the background share it)', () => {
    const sources = ['lib', 'components', 'entrypoints', 'utils'].flatMap((dir) =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.tsx?$/.test(f))
        .map((f) => join(dir, f)),
    );
    const opening = sources.filter((f) => /new RingsideDb\(/.test(readFileSync(f, 'utf8')));
    expect(opening).toEqual(['lib/db/connection.ts']);
  });
});
