/**
 * Problems found in a config document, each reported as `path: message` (`numbers[2].number: …`)
 * and listed in document order, whatever order the checks found them in. Each message is a
 * catalog key (lib/i18n/messages/<language>/config.json) with its values, written out by `list`
 * in the translator's language: English unless the caller gives another.
 */
import type * as v from 'valibot';
import type { MessageKey } from '../i18n/catalog';
import { english } from '../i18n/english';
import type { Message, MessageValues, Translator } from '../i18n/translator';
import { configSchema, FIELD_ORDER, SUPPORTED_SCHEMA_VERSION } from './config-schema';

export type Path = (string | number)[];

/** "missing (expected …)" for each kind of value the schema may expect. */
const MISSING: Record<string, MessageKey> = {
  string: 'config.missing.string',
  boolean: 'config.missing.boolean',
  object: 'config.missing.object',
  array: 'config.missing.array',
  number: 'config.missing.number',
  literal: 'config.missing.version',
  picklist: 'config.missing.mode',
};

/** "expected …, got …" for a value of the wrong type. */
const EXPECTED: Record<string, MessageKey> = {
  string: 'config.expected.string',
  boolean: 'config.expected.boolean',
  object: 'config.expected.object',
  array: 'config.expected.array',
  number: 'config.expected.number',
};

/** The custom checks of the schema, by the field they check (config-schema.ts). */
const CHECKS: Record<string, MessageKey> = {
  defaultCountry: 'config.notCountry',
  contactHistoryDays: 'config.notDays',
  dailyCapPerNumber: 'config.notCallCount',
  start: 'config.notTimeOfDay',
  end: 'config.notTimeOfDay',
  username: 'config.notSipUser',
};

/**
 * A value as an admin would recognise it in a message: strings quoted, containers named (in the
 * message's language: `gotKind` picks the words for a list or an object).
 */
export function got(value: unknown): MessageValues {
  if (Array.isArray(value)) return { gotKind: 'list', got: '' };
  if (value !== null && typeof value === 'object') return { gotKind: 'object', got: '' };
  return {
    gotKind: 'value',
    got:
      value === null ? 'null' : typeof value === 'string' ? JSON.stringify(value) : String(value),
  };
}

/** A problem's message: a catalog key and its values. */
export function problem(key: MessageKey, values?: MessageValues): Message {
  return values ? { key, values } : { key };
}

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

/** `numbers[2].number: …` in the translator's language. */
export function problemLine(path: Path, message: Message, tr: Translator = english): string {
  return tr.t('config.problem', { path: formatPath(path), problem: tr.text(message) });
}

export class Problems {
  private items: { path: Path; message: Message }[] = [];
  add(path: Path, message: Message): void {
    this.items.push({ path, message });
  }
  get size(): number {
    return this.items.length;
  }
  list(tr: Translator = english): string[] {
    return this.items
      .map((item, order) => ({ ...item, order }))
      .sort((a, b) => comparePaths(a.path, b.path) || a.order - b.order)
      .map(({ path, message }) => problemLine(path, message, tr));
  }
}

function issuePath(issue: v.BaseIssue<unknown>): Path {
  return (issue.path ?? []).map((item) => item.key as string | number);
}

/** The kind of value the schema expects at a path (for "missing (expected a string)"). */
function expectedAt(path: Path): MessageKey {
  let schema: {
    type: string;
    entries?: Record<string, unknown>;
    item?: unknown;
    wrapped?: unknown;
  } = configSchema;
  for (const seg of path) {
    while (schema.type === 'optional') schema = schema.wrapped as typeof schema;
    const next = typeof seg === 'number' ? schema.item : schema.entries?.[seg];
    if (!next) return 'config.missing.value';
    schema = next as typeof schema;
  }
  while (schema.type === 'optional') schema = schema.wrapped as typeof schema;
  return MISSING[schema.type] ?? 'config.missing.value';
}

const VERSION = { version: SUPPORTED_SCHEMA_VERSION };

export function issueProblem(issue: v.BaseIssue<unknown>): { path: Path; message: Message } {
  const path = issuePath(issue);
  const last = issue.path?.[issue.path.length - 1];
  // valibot reads a list where an object belongs as an object with every key missing.
  if (last?.type === 'object' && Array.isArray(last.input)) {
    return { path: path.slice(0, -1), message: problem('config.objectGotList') };
  }
  if (issue.kind === 'schema') {
    const key = expectedAt(path);
    if (issue.input === undefined)
      return { path, message: problem(key, key === 'config.missing.version' ? VERSION : {}) };
    if (issue.type === 'literal')
      return {
        path,
        message: problem('config.unsupportedVersion', { ...got(issue.input), ...VERSION }),
      };
    // Two picklists: the account's country (libphonenumber's list) and the caller-ID modes.
    if (issue.type === 'picklist')
      return {
        path,
        message: problem(
          last?.key === 'defaultCountry' ? 'config.notCountry' : 'config.unknownMode',
          got(issue.input),
        ),
      };
    return {
      path,
      message: problem(EXPECTED[issue.type] ?? 'config.expected.value', got(issue.input)),
    };
  }
  if (issue.type === 'non_empty') return { path, message: problem('config.empty') };
  const check = typeof last?.key === 'string' ? CHECKS[last.key] : undefined;
  if (check && (issue.type === 'check' || issue.type === 'regex'))
    return { path, message: problem(check, got(issue.input)) };
  // A check this file does not know yet (no document reaches this today: every check of
  // config-schema.ts is named above). Never a lost problem: one sentence per language that quotes
  // valibot's own detail and check name, so the admin still sees what to fix at the path.
  return { path, message: problem('config.raw', { detail: issue.message, check: issue.type }) };
}
