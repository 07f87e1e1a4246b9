/**
 * The per-config index that makes selection cost a few map lookups, whatever the account size.
 * Built once per config object (WeakMap: a new config from a sync gets a new index, the old one
 * is collected with its config). Phone facts of every number are computed up front; an agent's
 * candidates (first number per area code, state and country) on the agent's first call, since
 * an installed extension serves one agent, not the 2,000 of the account.
 *
 * Configs are values: nothing edits one in place (parseAccountConfig returns a fresh object for
 * every document), so an index never goes stale.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { partsFacts, phoneFacts, type PhoneFacts } from '../phone/analyze';
import { readE164 } from '../phone/numbering-plan';
import { effectiveSettings } from './settings';
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
function numberFacts(number: string): PhoneFacts | null {
  const parts = readE164(number);
  const facts = parts && partsFacts(parts);
  if (facts?.valid) return facts;
  // Not normalised (a config that skipped parseAccountConfig): the full parse decides.
  const phone = parsePhoneNumberFromString(number);
  return phone ? phoneFacts(phone) : (facts ?? null);
}

/** Area-code key: the same digits in two calling codes are different area codes. */
export const areaKey = (callingCode: string, areaCode: string) => `${callingCode}-${areaCode}`;

export function buildConfigIndex(config: AccountConfig): ConfigIndex {
  const byId = new Map<string, AccountNumber>();
  const facts = new Map<AccountNumber, PhoneFacts | null>();
  const numbersByRingGroup = new Map<string, number[]>();
  const accountTollFree: AccountNumber[] = [];
  config.numbers.forEach((n, i) => {
    if (!byId.has(n.id)) byId.set(n.id, n);
    facts.set(n, numberFacts(n.number));
    if (n.tollFree && !n.dedicatedLine) accountTollFree.push(n);
    for (const g of n.ringGroups) {
      const list = numbersByRingGroup.get(g);
      if (list) list.push(i);
      else numbersByRingGroup.set(g, [i]);
    }
  });
  const agentsById = new Map<string, Agent>();
  for (const a of config.agents) if (!agentsById.has(a.id)) agentsById.set(a.id, a);
  return {
    config,
    byId,
    facts,
    accountTollFree,
    numbersByRingGroup,
    agentsById,
    agents: new Map(),
  };
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
  const { config } = index;
  const agent = index.agentsById.get(agentId);
  const positions = new Set<number>();
  for (const g of agent?.ringGroups ?? []) {
    for (const i of index.numbersByRingGroup.get(g) ?? []) positions.add(i);
  }
  const allowed = [...positions].sort((a, b) => a - b).map((i) => config.numbers[i]!);
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
