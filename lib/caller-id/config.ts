/**
 * `parseAccountConfig`: checks an account config document (wire format schemaVersion 1, see
 * docs/config-format.md) and returns it normalised, or every problem found, each as `path: message`.
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
import { english } from '../i18n/english';
import type { Message, Translator } from '../i18n/translator';
import { issueProblem, problem, problemLine, Problems, type Path } from './config-problems';
import { configSchema, FIELDS } from './config-schema';
import { effectiveSettings } from './settings';
import type { AccountConfig, AccountNumber, Agent, ParseResult } from './types';

const asRecord = (x: unknown): Record<string, unknown> | undefined =>
  x !== null && typeof x === 'object' && !Array.isArray(x)
    ? (x as Record<string, unknown>)
    : undefined;
const asList = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
const asString = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);

/** FIELDS as sets: looked up for every field of every number and agent. */
const FIELD_SETS: Record<string, ReadonlySet<string>> = Object.fromEntries(
  Object.entries(FIELDS).map(([shape, keys]) => [shape, new Set(keys)]),
);

/**
 * `path` is only built when a field is unknown (a function at the per-number call sites, so a
 * 100,000-number document does not allocate a path per number for nothing).
 */
function unknownFields(
  value: unknown,
  shape: string,
  path: Path | (() => Path),
  warnings: Problems,
): void {
  const rec = asRecord(value);
  if (!rec) return;
  const known = FIELD_SETS[shape]!;
  for (const key in rec) {
    if (!Object.hasOwn(rec, key) || known.has(key)) continue;
    warnings.add(
      [...(typeof path === 'function' ? path() : path), key],
      problem('config.unknownField'),
    );
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
    else errors.add([path, i, 'id'], problem('config.duplicateId', { id, list: path, first }));
  });
  return ids;
}

/** `ringGroupIds` is undefined when the document has no ring group list to check against. */
function checkRingGroupRefs(
  refs: unknown,
  path: Path | (() => Path),
  ringGroupIds: Map<string, number> | undefined,
  errors: Problems,
): void {
  if (!ringGroupIds || !Array.isArray(refs)) return;
  for (let j = 0; j < refs.length; j++) {
    const ref: unknown = refs[j];
    if (typeof ref === 'string' && !ringGroupIds.has(ref)) {
      errors.add(
        [...(typeof path === 'function' ? path() : path), j],
        problem('config.unknownRingGroup', { ref }),
      );
    }
  }
}

/** Cross-field rules of the presence options: unknown nested fields, a window that ends first. */
function presenceChecks(
  o: Record<string, unknown> | undefined,
  errors: Problems,
  warnings: Problems,
): void {
  if (!o) return;
  const path = ['outboundCallerId'];
  unknownFields(o.shareLoad, 'shareLoad', [...path, 'shareLoad'], warnings);
  unknownFields(o.callingHours, 'callingHours', [...path, 'callingHours'], warnings);
  const hours = asRecord(o.callingHours);
  const start = asString(hours?.start) ?? '08:00';
  const end = asString(hours?.end) ?? '21:00';
  if (hours && /^\d\d:\d\d$/.test(start) && /^\d\d:\d\d$/.test(end) && start >= end) {
    errors.add([...path, 'callingHours', 'end'], problem('config.endBeforeStart', { end, start }));
  }
}

/** The account's caller-ID settings without the presence options that are absent. */
function presenceCopy(o: AccountConfig['outboundCallerId']): AccountConfig['outboundCallerId'] {
  const out: AccountConfig['outboundCallerId'] = { mode: o.mode, allowDefault: o.allowDefault };
  if (o.samePlace !== undefined) out.samePlace = o.samePlace;
  if (o.sameTimeZone !== undefined) out.sameTimeZone = o.sameTimeZone;
  if (o.contactHistoryDays !== undefined) out.contactHistoryDays = o.contactHistoryDays;
  if (o.shareLoad) out.shareLoad = { ...o.shareLoad };
  if (o.callingHours) out.callingHours = { ...o.callingHours };
  return out;
}

/** How far a sliced parse has got: numbers checked so far, of all numbers in the document. */
export interface ParseProgress {
  done: number;
  total: number;
}

/** Numbers checked between two points where a sliced parse may yield. */
const CHUNK = 500;

/** `items.forEach(fn)`, yielding `progress` every CHUNK items (a sliced parse may pause there). */
function* eachInChunks<T>(
  items: readonly T[],
  progress: ParseProgress,
  fn: (item: T, i: number) => void,
): Generator<ParseProgress, void> {
  for (let i = 0; i < items.length; i++) {
    if (i > 0 && i % CHUNK === 0) yield progress;
    fn(items[i]!, i);
  }
}

const numbersOnly = v.object({ numbers: configSchema.entries.numbers });
const agentsOnly = v.object({ agents: configSchema.entries.agents });

/**
 * The shape check of `input`, with the two long lists (numbers, agents) checked in chunks of
 * CHUNK items so a sliced parse can yield between them. Same issues, same output as one
 * `v.safeParse(configSchema, input)`.
 */
function* checkShape(
  input: unknown,
  progress: ParseProgress,
): Generator<
  ParseProgress,
  {
    output: v.InferOutput<typeof configSchema> | null;
    problems: { path: Path; message: Message }[];
  }
> {
  const problems: { path: Path; message: Message }[] = [];
  const collect = (issues: readonly v.BaseIssue<unknown>[], list?: string, offset = 0) => {
    for (const issue of issues) {
      const found = issueProblem(issue);
      if (list && found.path[0] === list && typeof found.path[1] === 'number')
        found.path[1] += offset;
      problems.push(found);
    }
  };
  const rec = asRecord(input);
  const lists = ['numbers', 'agents'] as const;
  if (!rec || !lists.every((k) => Array.isArray(rec[k]))) {
    const whole = v.safeParse(configSchema, input);
    if (!whole.success) collect(whole.issues);
    return { output: whole.success ? whole.output : null, problems };
  }
  const root = v.safeParse(configSchema, { ...rec, numbers: [], agents: [] });
  if (!root.success) collect(root.issues);
  const out: Record<string, unknown[]> = { numbers: [], agents: [] };
  let ok = root.success;
  for (const list of lists) {
    const items = rec[list] as unknown[];
    const schema = list === 'numbers' ? numbersOnly : agentsOnly;
    for (let start = 0; start < items.length; start += CHUNK) {
      const part = v.safeParse(schema, { [list]: items.slice(start, start + CHUNK) });
      if (part.success) out[list]!.push(...(part.output as Record<string, unknown[]>)[list]!);
      else {
        ok = false;
        collect(part.issues, list, start);
      }
      if (list === 'numbers') progress.done = Math.min(items.length, start + CHUNK) / 2;
      yield progress;
    }
  }
  if (!ok || !root.success) return { output: null, problems };
  return {
    output: { ...root.output, numbers: out.numbers, agents: out.agents } as v.InferOutput<
      typeof configSchema
    >,
    problems,
  };
}

/**
 * `options.translator`: the language of errors and warnings (English by default: the DESIGN
 * contract's sentences).
 */
export function parseAccountConfig(
  input: unknown,
  options: { translator?: Translator } = {},
): ParseResult {
  const steps = parseSteps(input, options.translator);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `parseAccountConfig` in slices: between chunks of numbers it waits for `pause()` (a macrotask,
 * in the background) whenever `sliceMs` have passed, so a 100,000-number document does not block
 * the worker's other messages; `onProgress` hears how far it got. Same result as the plain call.
 */
export async function parseAccountConfigInSlices(
  input: unknown,
  options: {
    pause: () => Promise<void>;
    onProgress?: (progress: ParseProgress) => void | Promise<void>;
    sliceMs?: number;
    now?: () => number;
    translator?: Translator;
  },
): Promise<ParseResult> {
  const now = options.now ?? (() => performance.now());
  // 8 ms, plus one chunk of numbers, keeps each task well under 15 ms of CPU on a quiet machine.
  const sliceMs = options.sliceMs ?? 8;
  const steps = parseSteps(input, options.translator);
  let sliceStart = now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (now() - sliceStart >= sliceMs) {
      await options.onProgress?.({ ...step.value });
      await options.pause();
      sliceStart = now();
    }
  }
}

function* parseSteps(
  input: unknown,
  tr: Translator = english,
): Generator<ParseProgress, ParseResult> {
  const errors = new Problems();
  const warnings = new Problems();
  // Progress counts each number twice (shape, then phone analysis) as half a step each.
  const progress: ParseProgress = {
    done: 0,
    total: Array.isArray(asRecord(input)?.numbers)
      ? (asRecord(input)!.numbers as unknown[]).length
      : 0,
  };

  const shapeCheck = yield* checkShape(input, progress);
  const shape = shapeCheck.output
    ? { success: true as const, output: shapeCheck.output }
    : { success: false as const };
  {
    const seen = new Set<string>();
    for (const { path, message } of shapeCheck.problems) {
      const line = problemLine(path, message);
      if (!seen.has(line)) errors.add(path, message);
      seen.add(line);
    }
  }

  // Cross-field rules, on whatever parts of the document have the right type.
  const root = asRecord(input) ?? {};
  unknownFields(input, 'root', [], warnings);
  unknownFields(root.account, 'account', ['account'], warnings);
  unknownFields(root.outboundCallerId, 'accountOutboundCallerId', ['outboundCallerId'], warnings);
  presenceChecks(asRecord(root.outboundCallerId), errors, warnings);
  const rawCountry = asString(asRecord(root.account)?.defaultCountry)?.toUpperCase();
  const defaultCountry =
    rawCountry && isSupportedCountry(rawCountry) ? (rawCountry as CountryCode) : undefined;

  const ringGroups = asList(root.ringGroups);
  const numbers = asList(root.numbers);
  const agents = asList(root.agents);
  // A missing or mistyped list is one problem (reported by the shape check), not one
  // "unknown ring group" / "unknown number" per reference to it.
  const ringGroupIds = Array.isArray(root.ringGroups)
    ? collectIds(ringGroups, 'ringGroups', errors)
    : undefined;
  const numberIds = Array.isArray(root.numbers)
    ? collectIds(numbers, 'numbers', errors)
    : undefined;
  collectIds(agents, 'agents', errors);
  ringGroups.forEach((g, i) => unknownFields(g, 'ringGroup', ['ringGroups', i], warnings));

  const facts = new Map<number, PhoneFacts>();
  const seenE164 = new Map<string, number>();
  for (let i = 0; i < numbers.length; i++) {
    if (i > 0 && i % CHUNK === 0) {
      progress.done = (numbers.length + i) / 2;
      yield progress;
    }
    checkNumber(numbers[i], i);
  }
  progress.done = progress.total;
  function checkNumber(n: unknown, i: number): void {
    const rec = asRecord(n);
    unknownFields(n, 'number', () => ['numbers', i], warnings);
    checkRingGroupRefs(rec?.ringGroups, () => ['numbers', i, 'ringGroups'], ringGroupIds, errors);
    const text = asString(rec?.number);
    if (text === undefined) return;
    const f = analyzePhone(text, defaultCountry);
    if (!f || !f.valid) {
      errors.add(
        ['numbers', i, 'number'],
        problem('config.invalidPhone', { text: JSON.stringify(text) }),
      );
      return;
    }
    if (f.ext) {
      errors.add(
        ['numbers', i, 'number'],
        problem('config.extension', { text: JSON.stringify(text) }),
      );
      return;
    }
    facts.set(i, f);
    const twin = seenE164.get(f.e164);
    if (twin === undefined) seenE164.set(f.e164, i);
    else
      warnings.add(
        ['numbers', i, 'number'],
        problem('config.listedTwice', { number: f.e164, twin }),
      );
    if (typeof rec?.tollFree === 'boolean' && rec.tollFree !== f.tollFree) {
      warnings.add(
        ['numbers', i, 'tollFree'],
        rec.tollFree
          ? problem('config.tollFreeSetTrue', { number: f.e164 })
          : problem('config.tollFreeSetFalse', { number: f.e164 }),
      );
    }
    if (asList(rec?.ringGroups).length === 0 && Array.isArray(rec?.ringGroups)) {
      warnings.add(['numbers', i, 'ringGroups'], problem('config.noRingGroup', { number: f.e164 }));
    }
  }

  yield* eachInChunks(agents, progress, (a, i) => {
    const rec = asRecord(a);
    unknownFields(a, 'agent', () => ['agents', i], warnings);
    unknownFields(
      rec?.outboundCallerId,
      'outboundCallerId',
      () => ['agents', i, 'outboundCallerId'],
      warnings,
    );
    checkRingGroupRefs(rec?.ringGroups, () => ['agents', i, 'ringGroups'], ringGroupIds, errors);
    const fixed = asString(asRecord(rec?.outboundCallerId)?.fixedNumberId);
    if (fixed && numberIds && !numberIds.has(fixed)) {
      errors.add(
        ['agents', i, 'outboundCallerId', 'fixedNumberId'],
        problem('config.unknownNumber', { id: fixed }),
      );
    }
  });

  if (!shape.success || errors.size > 0) return { ok: false, errors: errors.list(tr) };

  const doc = shape.output;
  // The normalised lists are built in chunks too: 10,000 new numbers are one long task otherwise.
  const outNumbers: AccountNumber[] = [];
  yield* eachInChunks(doc.numbers, progress, (n, i) => {
    const f = facts.get(i)!;
    outNumbers.push({
      id: n.id,
      number: f.e164,
      label: n.label,
      ringGroups: [...new Set(n.ringGroups)],
      tollFree: n.tollFree ?? f.tollFree,
      dedicatedLine: n.dedicatedLine,
      external: n.external,
    });
  });
  const outAgents: Agent[] = [];
  yield* eachInChunks(doc.agents, progress, (a) => {
    const agent: Agent = {
      id: a.id,
      name: a.name,
      email: a.email,
      ringGroups: [...new Set(a.ringGroups)],
    };
    if (a.sip) agent.sip = { username: a.sip.username };
    if (a.outboundCallerId) {
      const o = a.outboundCallerId;
      agent.outboundCallerId = {
        ...(o.mode !== undefined && { mode: o.mode }),
        ...(o.allowDefault !== undefined && { allowDefault: o.allowDefault }),
        ...(o.fixedNumberId !== undefined && { fixedNumberId: o.fixedNumberId }),
      };
    }
    outAgents.push(agent);
  });
  const config: AccountConfig = {
    schemaVersion: 1,
    account: { ...doc.account },
    outboundCallerId: presenceCopy(doc.outboundCallerId),
    ringGroups: doc.ringGroups.map((g) => ({ id: g.id, name: g.name })),
    numbers: outNumbers,
    agents: outAgents,
  };
  yield progress;
  agentWarnings(config, warnings);
  if (config.numbers.length === 0) {
    warnings.add(['numbers'], problem('config.noNumbers'));
  }
  return { ok: true, config, warnings: warnings.list(tr) };
}

/** Agents the admin probably did not mean to leave without numbers of their own. */
function agentWarnings(config: AccountConfig, warnings: Problems): void {
  const groupsWithNumbers = new Set<string>();
  for (const n of config.numbers) for (const g of n.ringGroups) groupsWithNumbers.add(g);
  // Only agents with a fixed number need it: built on the first one.
  let byId: Map<string, AccountNumber> | undefined;
  const numberGroups = {
    get(id: string): ReadonlySet<string> | undefined {
      byId ??= new Map(config.numbers.map((n) => [n.id, n]));
      const n = byId.get(id);
      return n && new Set(n.ringGroups);
    },
  };
  config.agents.forEach((agent, i) => {
    if (!agent.ringGroups.some((g) => groupsWithNumbers.has(g))) {
      const own = effectiveSettings(config, agent);
      // Customized without Default: resolveCallerId refuses rather than pick outside the list.
      const refused = own.mode === 'customized' && !own.allowDefault && !own.fixedNumberId;
      warnings.add(
        ['agents', i, 'ringGroups'],
        refused
          ? problem('config.agentRefused', { name: agent.name })
          : problem('config.agentFallback', { name: agent.name }),
      );
    }
    const fixed = agent.outboundCallerId?.fixedNumberId;
    if (fixed && !agent.ringGroups.some((g) => numberGroups.get(fixed)?.has(g))) {
      warnings.add(
        ['agents', i, 'outboundCallerId', 'fixedNumberId'],
        problem('config.fixedOutside', { fixed, name: agent.name }),
      );
    }
  });
}
