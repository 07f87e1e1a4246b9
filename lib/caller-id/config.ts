/**
 * `parseAccountConfig`: checks an account config document (wire format schemaVersion 1, see
 * DESIGN.md) and returns it normalised, or every problem found, each as `path: message`.
 *
 * Two passes: valibot checks the shape (types, required fields, known values); then the
 * cross-field rules valibot cannot express on its own (phone numbers read with the account's
 * default country, duplicate ids, references to ring groups and numbers) run over the raw input,
 * so one document gets all its problems reported at once even when its shape is also wrong.
 * Warnings describe things that work but are probably not what the admin meant.
 */
import * as v from 'valibot';
import { isSupportedCountry } from 'libphonenumber-js/max';
import type { CountryCode } from 'libphonenumber-js/max';
import { analyzePhone, type PhoneFacts } from '../phone/analyze';
import type { AccountConfig, AccountNumber, Agent, ParseResult } from './types';

const SUPPORTED_SCHEMA_VERSION = 1;
const MODES = ['automated', 'customized'] as const;

type Path = (string | number)[];

const nonEmptyString = v.pipe(v.string(), v.nonEmpty('must not be empty'));
const modeSchema = v.picklist(
  MODES,
  (issue) => `unknown mode ${describe(issue.input)} (expected "automated" or "customized")`,
);

const configSchema = v.object({
  schemaVersion: v.literal(
    SUPPORTED_SCHEMA_VERSION,
    (issue) =>
      `unsupported schemaVersion ${describe(issue.input)} (this version of Ringside reads ${SUPPORTED_SCHEMA_VERSION})`,
  ),
  account: v.object({
    id: nonEmptyString,
    name: nonEmptyString,
    defaultCountry: v.pipe(
      v.string(),
      v.toUpperCase(),
      v.check(
        isSupportedCountry,
        (issue) =>
          `${describe(issue.input)} is not a country code (expected ISO 3166-1 alpha-2, like "US")`,
      ),
    ),
  }),
  outboundCallerId: v.object({ mode: modeSchema, allowDefault: v.boolean() }),
  ringGroups: v.array(v.object({ id: nonEmptyString, name: v.optional(v.string()) })),
  numbers: v.array(
    v.object({
      id: nonEmptyString,
      number: v.string(),
      label: v.optional(v.string()),
      ringGroups: v.array(v.string()),
      tollFree: v.optional(v.boolean()),
      dedicatedLine: v.optional(v.boolean(), false),
      external: v.optional(v.boolean(), false),
    }),
  ),
  agents: v.array(
    v.object({
      id: nonEmptyString,
      name: nonEmptyString,
      email: v.optional(v.string(), ''),
      ringGroups: v.array(v.string()),
      outboundCallerId: v.optional(
        v.object({
          mode: v.optional(modeSchema),
          allowDefault: v.optional(v.boolean()),
          fixedNumberId: v.optional(nonEmptyString),
        }),
      ),
    }),
  ),
});

/** Fields each object may hold, in document order (also the order problems are listed in). */
const FIELDS: Record<string, string[]> = {
  root: ['schemaVersion', 'account', 'outboundCallerId', 'ringGroups', 'numbers', 'agents'],
  account: ['id', 'name', 'defaultCountry'],
  outboundCallerId: ['mode', 'allowDefault', 'fixedNumberId'],
  ringGroup: ['id', 'name'],
  number: ['id', 'number', 'label', 'ringGroups', 'tollFree', 'dedicatedLine', 'external'],
  agent: ['id', 'name', 'email', 'ringGroups', 'outboundCallerId'],
};
const FIELD_ORDER = [...new Set(Object.values(FIELDS).flat())];

const EXPECTED: Record<string, string> = {
  string: 'a string',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  literal: `${SUPPORTED_SCHEMA_VERSION}`,
  picklist: '"automated" or "customized"',
};

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'object') return 'an object';
  return String(value);
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

class Problems {
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

function issueProblem(issue: v.BaseIssue<unknown>): { path: Path; message: string } {
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

const asRecord = (x: unknown): Record<string, unknown> | undefined =>
  x !== null && typeof x === 'object' && !Array.isArray(x)
    ? (x as Record<string, unknown>)
    : undefined;
const asList = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
const asString = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);

function unknownFields(value: unknown, shape: string, path: Path, warnings: Problems): void {
  const rec = asRecord(value);
  if (!rec) return;
  for (const key of Object.keys(rec)) {
    if (!FIELDS[shape]!.includes(key)) warnings.add([...path, key], 'unknown field, ignored');
  }
}

/** First index of each id, and an error for each later duplicate. */
function collectIds(items: unknown[], path: string, errors: Problems): Map<string, number> {
  const ids = new Map<string, number>();
  items.forEach((item, i) => {
    const id = asString(asRecord(item)?.id);
    if (!id) return;
    const first = ids.get(id);
    if (first === undefined) ids.set(id, i);
    else errors.add([path, i, 'id'], `duplicate id "${id}" (also ${path}[${first}])`);
  });
  return ids;
}

function checkRingGroupRefs(
  refs: unknown,
  path: Path,
  ringGroupIds: Map<string, number>,
  errors: Problems,
): void {
  asList(refs).forEach((ref, j) => {
    if (typeof ref === 'string' && !ringGroupIds.has(ref)) {
      errors.add([...path, j], `unknown ring group "${ref}"`);
    }
  });
}

export function parseAccountConfig(input: unknown): ParseResult {
  const errors = new Problems();
  const warnings = new Problems();

  const shape = v.safeParse(configSchema, input);
  if (!shape.success) {
    const seen = new Set<string>();
    for (const issue of shape.issues) {
      const { path, message } = issueProblem(issue);
      const line = `${formatPath(path)}: ${message}`;
      if (!seen.has(line)) errors.add(path, message);
      seen.add(line);
    }
  }

  // Cross-field rules, on whatever parts of the document have the right type.
  const root = asRecord(input) ?? {};
  unknownFields(input, 'root', [], warnings);
  unknownFields(root.account, 'account', ['account'], warnings);
  unknownFields(root.outboundCallerId, 'outboundCallerId', ['outboundCallerId'], warnings);
  const rawCountry = asString(asRecord(root.account)?.defaultCountry)?.toUpperCase();
  const defaultCountry =
    rawCountry && isSupportedCountry(rawCountry) ? (rawCountry as CountryCode) : undefined;

  const ringGroups = asList(root.ringGroups);
  const numbers = asList(root.numbers);
  const agents = asList(root.agents);
  const ringGroupIds = collectIds(ringGroups, 'ringGroups', errors);
  const numberIds = collectIds(numbers, 'numbers', errors);
  collectIds(agents, 'agents', errors);
  ringGroups.forEach((g, i) => unknownFields(g, 'ringGroup', ['ringGroups', i], warnings));

  const facts = new Map<number, PhoneFacts>();
  const seenE164 = new Map<string, number>();
  numbers.forEach((n, i) => {
    const rec = asRecord(n);
    unknownFields(n, 'number', ['numbers', i], warnings);
    checkRingGroupRefs(rec?.ringGroups, ['numbers', i, 'ringGroups'], ringGroupIds, errors);
    const text = asString(rec?.number);
    if (text === undefined) return;
    const f = analyzePhone(text, defaultCountry);
    if (!f || !f.valid) {
      errors.add(['numbers', i, 'number'], `${JSON.stringify(text)} is not a valid phone number`);
      return;
    }
    if (f.ext) {
      errors.add(
        ['numbers', i, 'number'],
        `${JSON.stringify(text)} has an extension; a caller ID cannot have one`,
      );
      return;
    }
    facts.set(i, f);
    const twin = seenE164.get(f.e164);
    if (twin === undefined) seenE164.set(f.e164, i);
    else
      warnings.add(['numbers', i, 'number'], `${f.e164} is listed twice (also numbers[${twin}])`);
    if (typeof rec?.tollFree === 'boolean' && rec.tollFree !== f.tollFree) {
      warnings.add(
        ['numbers', i, 'tollFree'],
        `set to ${rec.tollFree}, but ${f.e164} is ${f.tollFree ? '' : 'not '}a toll-free number; keeping ${rec.tollFree}`,
      );
    }
    if (asList(rec?.ringGroups).length === 0 && Array.isArray(rec?.ringGroups)) {
      warnings.add(
        ['numbers', i, 'ringGroups'],
        `${f.e164} is in no ring group; it is only used when no agent's own number fits a call`,
      );
    }
  });

  agents.forEach((a, i) => {
    const rec = asRecord(a);
    unknownFields(a, 'agent', ['agents', i], warnings);
    unknownFields(
      rec?.outboundCallerId,
      'outboundCallerId',
      ['agents', i, 'outboundCallerId'],
      warnings,
    );
    checkRingGroupRefs(rec?.ringGroups, ['agents', i, 'ringGroups'], ringGroupIds, errors);
    const fixed = asString(asRecord(rec?.outboundCallerId)?.fixedNumberId);
    if (fixed && !numberIds.has(fixed)) {
      errors.add(['agents', i, 'outboundCallerId', 'fixedNumberId'], `unknown number "${fixed}"`);
    }
  });

  if (!shape.success || errors.size > 0) return { ok: false, errors: errors.list() };

  const doc = shape.output;
  const config: AccountConfig = {
    schemaVersion: 1,
    account: { ...doc.account, defaultCountry: doc.account.defaultCountry as CountryCode },
    outboundCallerId: { ...doc.outboundCallerId },
    ringGroups: doc.ringGroups.map((g) => ({ id: g.id, name: g.name ?? g.id })),
    numbers: doc.numbers.map((n, i): AccountNumber => {
      const f = facts.get(i)!;
      return {
        id: n.id,
        number: f.e164,
        label: n.label ?? '',
        ringGroups: [...new Set(n.ringGroups)],
        tollFree: n.tollFree ?? f.tollFree,
        dedicatedLine: n.dedicatedLine,
        external: n.external,
      };
    }),
    agents: doc.agents.map((a): Agent => {
      const agent: Agent = {
        id: a.id,
        name: a.name,
        email: a.email,
        ringGroups: [...new Set(a.ringGroups)],
      };
      if (a.outboundCallerId) {
        const o = a.outboundCallerId;
        agent.outboundCallerId = {
          ...(o.mode !== undefined && { mode: o.mode }),
          ...(o.allowDefault !== undefined && { allowDefault: o.allowDefault }),
          ...(o.fixedNumberId !== undefined && { fixedNumberId: o.fixedNumberId }),
        };
      }
      return agent;
    }),
  };
  agentWarnings(config, warnings);
  if (config.numbers.length === 0) {
    warnings.add(['numbers'], 'the account has no numbers; calls go out without a caller ID');
  }
  return { ok: true, config, warnings: warnings.list() };
}

/** Agents the admin probably did not mean to leave without numbers of their own. */
function agentWarnings(config: AccountConfig, warnings: Problems): void {
  const groupsWithNumbers = new Set(config.numbers.flatMap((n) => n.ringGroups));
  const numberGroups = new Map(config.numbers.map((n) => [n.id, new Set(n.ringGroups)]));
  config.agents.forEach((agent, i) => {
    if (!agent.ringGroups.some((g) => groupsWithNumbers.has(g))) {
      warnings.add(
        ['agents', i, 'ringGroups'],
        `${agent.name} shares no ring group with any number; their calls use the account's fallback number`,
      );
    }
    const fixed = agent.outboundCallerId?.fixedNumberId;
    if (fixed && !agent.ringGroups.some((g) => numberGroups.get(fixed)?.has(g))) {
      warnings.add(
        ['agents', i, 'outboundCallerId', 'fixedNumberId'],
        `"${fixed}" is in none of ${agent.name}'s ring groups; their calls still use it`,
      );
    }
  });
}
