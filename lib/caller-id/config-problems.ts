/**
 * Problems found in a config document, each reported as `path: message` (`numbers[2].number: …`)
 * and listed in document order, whatever order the checks found them in.
 */
import type * as v from 'valibot';
import { configSchema, describe, FIELD_ORDER, SUPPORTED_SCHEMA_VERSION } from './config-schema';

export type Path = (string | number)[];

const EXPECTED: Record<string, string> = {
  string: 'a string',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  number: 'a number',
  literal: `${SUPPORTED_SCHEMA_VERSION}`,
  picklist: '"automated" or "customized"',
};

export function formatPath(path: Path): string {
  if (path.length === 0) return '(document)';
  return path
    .map((seg, i) => (typeof seg === 'number' ? `[${seg}]` : i === 0 ? seg : `.${seg}`))
    .join('');
}

/** Orders problems as they appear in the document: numbers[2] before numbers[10]. */
function comparePaths(a: Path, b: Path): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    if (typeof x === 'number') return -1;
    if (typeof y === 'number') return 1;
    const rank = (s: string) => (FIELD_ORDER.includes(s) ? FIELD_ORDER.indexOf(s) : 1e6);
    return rank(x) - rank(y) || x.localeCompare(y);
  }
  return a.length - b.length;
}

export class Problems {
  private items: { path: Path; message: string }[] = [];
  add(path: Path, message: string): void {
    this.items.push({ path, message });
  }
  get size(): number {
    return this.items.length;
  }
  list(): string[] {
    return this.items
      .map((item, order) => ({ ...item, order }))
      .sort((a, b) => comparePaths(a.path, b.path) || a.order - b.order)
      .map(({ path, message }) => `${formatPath(path)}: ${message}`);
  }
}

function issuePath(issue: v.BaseIssue<unknown>): Path {
  return (issue.path ?? []).map((item) => item.key as string | number);
}

/** The kind of value the schema expects at a path (for "missing (expected a string)"). */
function expectedAt(path: Path): string {
  let schema: {
    type: string;
    entries?: Record<string, unknown>;
    item?: unknown;
    wrapped?: unknown;
  } = configSchema;
  for (const seg of path) {
    while (schema.type === 'optional') schema = schema.wrapped as typeof schema;
    const next = typeof seg === 'number' ? schema.item : schema.entries?.[seg];
    if (!next) return 'a value';
    schema = next as typeof schema;
  }
  while (schema.type === 'optional') schema = schema.wrapped as typeof schema;
  return EXPECTED[schema.type] ?? 'a value';
}

export function issueProblem(issue: v.BaseIssue<unknown>): { path: Path; message: string } {
  const path = issuePath(issue);
  const last = issue.path?.[issue.path.length - 1];
  // valibot reads a list where an object belongs as an object with every key missing.
  if (last?.type === 'object' && Array.isArray(last.input)) {
    return { path: path.slice(0, -1), message: 'expected an object, got a list' };
  }
  if (issue.kind === 'schema') {
    if (issue.input === undefined)
      return { path, message: `missing (expected ${expectedAt(path)})` };
    if (issue.type === 'literal' || issue.type === 'picklist')
      return { path, message: issue.message };
    const expected = EXPECTED[issue.type] ?? 'a value';
    return { path, message: `expected ${expected}, got ${describe(issue.input)}` };
  }
  return { path, message: issue.message };
}
