/**
 * The per-config index that makes selection cost a few map lookups, whatever the account size.
 * Built once per config object (WeakMap: a new config from a sync gets a new index, the old one
 * is collected with its config). Phone facts of every number are computed up front; an agent's
 * candidates (first number per area code, state and country) on the agent's first call, since
 * an installed extension serves one agent, not the 2,000 of the account.
 *
 * Configs are values: nothing edits one in place (parseAccountConfig returns a fresh object for
 * every document), so an index never goes stale.
 *
 * The entry points take an `AccountConfig`, but outside callers may hand over a wire-format
 * document they never parsed (flags absent, numbers not in E.164). Such entries are read as
 * parseAccountConfig would normalise them (a normalised copy in `numbers`); entries of a parsed
 * config are used as they are, so a selection returns the very object of `config.numbers`.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { partsFacts, phoneFacts, type PhoneFacts } from '../phone/analyze';
import { readE164 } from '../phone/numbering-plan';
import { effectiveSettings } from './settings';
import type { CountryCode } from 'libphonenumber-js/max';
import type { AccountConfig, AccountNumber, Agent, EffectiveCallerIdSettings } from './types';

export interface AgentCandidates {
  settings: EffectiveCallerIdSettings;
  /** Numbers sharing a ring group with the agent, in account order. */
  allowed: AccountNumber[];
  allowedIds: Set<string>;
  /** Steps 1–4 consider only `eligible` numbers: allowed, not toll-free, not a dedicated line. */
  byAreaCode: Map<string, AccountNumber>;
  byState: Map<string, AccountNumber>;
  byCountry: Map<string, AccountNumber>;
  firstEligible: AccountNumber | undefined;
  /** Step 5: allowed toll-free numbers (dedicated lines aside) by country. */
  tollFreeByCountry: Map<string, AccountNumber>;
}

export interface ConfigIndex {
  config: AccountConfig;
  /** `config.numbers` in account order, each normalised (the same object when it already was). */
  numbers: AccountNumber[];
  byId: Map<string, AccountNumber>;
  /** Facts of each number (null if its number does not parse, e.g. an unchecked config). */
  facts: Map<AccountNumber, PhoneFacts | null>;
  /** Step 6: toll-free numbers in account order (dedicated lines aside). */
  accountTollFree: AccountNumber[];
  numbersByRingGroup: Map<string, number[]>;
  agentsById: Map<string, Agent>;
  /** Candidates of the agents who called so far. */
  agents: Map<string, AgentCandidates>;
}

const indexes = new WeakMap<AccountConfig, ConfigIndex>();

/** Facts of a config number: normalised E.164 is read without a full parse. */
function numberFacts(number: unknown, defaultCountry: CountryCode | undefined): PhoneFacts | null {
  if (typeof number !== 'string') return null;
  const parts = readE164(number);
  const facts = parts && partsFacts(parts);
  if (facts?.valid) return facts;
  // Not normalised (a config that skipped parseAccountConfig): the full parse decides.
  try {
    const phone = parsePhoneNumberFromString(number, defaultCountry);
    return phone ? phoneFacts(phone) : (facts ?? null);
  } catch {
    return facts ?? null; // an unsupported default country in an unchecked config
  }
}

/** The entry itself when parseAccountConfig normalised it; else what it would have made of it. */
function normalisedEntry(n: AccountNumber, f: PhoneFacts | null): AccountNumber {
  const number = f?.valid ? f.e164 : n.number;
  const normalised =
    n.number === number &&
    typeof n.tollFree === 'boolean' &&
    typeof n.dedicatedLine === 'boolean' &&
    typeof n.external === 'boolean' &&
    Array.isArray(n.ringGroups);
  if (normalised) return n;
  return {
    ...n,
    number,
    label: n.label ?? '',
    ringGroups: Array.isArray(n.ringGroups) ? n.ringGroups : [],
    tollFree: typeof n.tollFree === 'boolean' ? n.tollFree : (f?.tollFree ?? false),
    dedicatedLine: n.dedicatedLine === true,
    external: n.external === true,
  };
}

/** Area-code key: the same digits in two calling codes are different area codes. */
export const areaKey = (callingCode: string, areaCode: string) => `${callingCode}-${areaCode}`;

/** Numbers indexed between two points where a sliced build may pause. */
const INDEX_CHUNK = 500;

/** The index of `config`, built in steps: it yields every INDEX_CHUNK numbers. */
function* indexSteps(config: AccountConfig): Generator<void, ConfigIndex> {
  const byId = new Map<string, AccountNumber>();
  const facts = new Map<AccountNumber, PhoneFacts | null>();
  const numbersByRingGroup = new Map<string, number[]>();
  const accountTollFree: AccountNumber[] = [];
  const defaultCountry = config.account?.defaultCountry;
  const entries = config.numbers ?? [];
  const numbers: AccountNumber[] = [];
  for (let i = 0; i < entries.length; i++) {
    if (i > 0 && i % INDEX_CHUNK === 0) yield;
    const entry = entries[i]!;
    const f = numberFacts(entry.number, defaultCountry);
    const n = normalisedEntry(entry, f);
    facts.set(n, f);
    numbers.push(n);
  }
  for (let i = 0; i < numbers.length; i++) {
    if (i > 0 && i % INDEX_CHUNK === 0) yield;
    const n = numbers[i]!;
    if (!byId.has(n.id)) byId.set(n.id, n);
    if (n.tollFree && !n.dedicatedLine) accountTollFree.push(n);
    for (const g of n.ringGroups) {
      const list = numbersByRingGroup.get(g);
      if (list) list.push(i);
      else numbersByRingGroup.set(g, [i]);
    }
  }
  const agentsById = new Map<string, Agent>();
  for (const a of config.agents ?? []) if (!agentsById.has(a.id)) agentsById.set(a.id, a);
  return {
    config,
    numbers,
    byId,
    facts,
    accountTollFree,
    numbersByRingGroup,
    agentsById,
    agents: new Map(),
  };
}

export function buildConfigIndex(config: AccountConfig): ConfigIndex {
  const steps = indexSteps(config);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Builds the index of a config that is about to become active, in slices: between chunks of
 * numbers it waits for `pause()` (a macrotask in the background) whenever `sliceMs` have passed.
 * The first selection on the new config then finds it built (`configIndex`) instead of building
 * it in one task while a preview waits. Nothing is done for a config that has its index already.
 */
export async function prepareConfigIndex(
  config: AccountConfig,
  options: { pause: () => Promise<void>; sliceMs?: number; now?: () => number },
): Promise<ConfigIndex> {
  const known = indexes.get(config);
  if (known) return known;
  const now = options.now ?? (() => performance.now());
  const sliceMs = options.sliceMs ?? 8;
  const steps = indexSteps(config);
  let sliceStart = now();
  for (;;) {
    const step = steps.next();
    if (step.done) {
      indexes.set(config, step.value);
      return step.value;
    }
    if (now() - sliceStart >= sliceMs) {
      await options.pause();
      sliceStart = now();
    }
  }
}

export function configIndex(config: AccountConfig): ConfigIndex {
  let index = indexes.get(config);
  if (!index) {
    index = buildConfigIndex(config);
    indexes.set(config, index);
  }
  return index;
}

function setFirst(map: Map<string, AccountNumber>, key: string, n: AccountNumber): void {
  if (!map.has(key)) map.set(key, n);
}

export function buildAgentCandidates(index: ConfigIndex, agentId: string): AgentCandidates {
  const { config, numbers } = index;
  const agent = index.agentsById.get(agentId);
  const positions = new Set<number>();
  for (const g of Array.isArray(agent?.ringGroups) ? agent.ringGroups : []) {
    for (const i of index.numbersByRingGroup.get(g) ?? []) positions.add(i);
  }
  const allowed = [...positions].sort((a, b) => a - b).map((i) => numbers[i]!);
  const c: AgentCandidates = {
    settings: effectiveSettings(config, agent),
    allowed,
    allowedIds: new Set(allowed.map((n) => n.id)),
    byAreaCode: new Map(),
    byState: new Map(),
    byCountry: new Map(),
    firstEligible: undefined,
    tollFreeByCountry: new Map(),
  };
  // Account order, first wins: each map holds the first number for its key.
  for (const n of allowed) {
    if (n.dedicatedLine) continue;
    const f = index.facts.get(n);
    if (n.tollFree) {
      if (f?.valid) setFirst(c.tollFreeByCountry, f.countryKey, n);
      continue;
    }
    c.firstEligible ??= n;
    if (!f?.valid) continue;
    if (f.areaCode) setFirst(c.byAreaCode, areaKey(f.callingCode, f.areaCode), n);
    if (f.subdivision) setFirst(c.byState, f.subdivision.key, n);
    setFirst(c.byCountry, f.countryKey, n);
  }
  return c;
}

export function agentCandidates(index: ConfigIndex, agentId: string): AgentCandidates {
  let c = index.agents.get(agentId);
  if (!c) {
    c = buildAgentCandidates(index, agentId);
    index.agents.set(agentId, c);
  }
  return c;
}
