/**
 * Search, filters and sorting of the options page's account tables. Each returns the positions
 * (indexes in the draft's list) of the rows to show, in the order to show them; the draft itself
 * is never reordered, since account order is what the caller-ID rules break ties by.
 */
import type { Agent, AccountNumber, RingGroup } from '../caller-id/types';

export type SortDir = 'asc' | 'desc';
export interface Sort<K extends string> {
  key: K;
  dir: SortDir;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Lower-case, accents off: "São" matches "sao". */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

const digits = (text: string) => text.replace(/\D/g, '');

/** True when the typed search matches one of the texts, or (3+ digits typed) the number's digits. */
function matches(query: string, texts: string[], phone?: string): boolean {
  const q = fold(query.trim());
  if (!q) return true;
  if (texts.some((t) => fold(t).includes(q))) return true;
  const d = digits(q);
  return phone !== undefined && d.length >= 3 && d.length === q.replace(/[\s()+.-]/g, '').length
    ? digits(phone).includes(d)
    : false;
}

function order<K extends string, T>(
  positions: number[],
  rows: readonly T[],
  sort: Sort<K> | undefined,
  value: (row: T, key: K) => string | number,
): number[] {
  if (!sort || sort.key === 'order') return sort?.dir === 'desc' ? positions.reverse() : positions;
  const keyed = positions.map((i) => ({ i, v: value(rows[i]!, sort.key) }));
  const sign = sort.dir === 'desc' ? -1 : 1;
  keyed.sort((a, b) => {
    const c =
      typeof a.v === 'number' && typeof b.v === 'number'
        ? a.v - b.v
        : collator.compare(String(a.v), String(b.v));
    // Ties keep account order whichever way the column sorts.
    return sign * c || a.i - b.i;
  });
  return keyed.map((k) => k.i);
}

// ---------- numbers ----------

export type NumberSortKey = 'order' | 'label' | 'number' | 'country';

export interface NumberFilter {
  text?: string;
  /** ISO country code; numbers whose country is not known yet do not match. */
  country?: string;
  ringGroup?: string;
  /** Numbers this agent may call from (they share a ring group). */
  agent?: Agent;
}

export function queryNumbers(
  numbers: readonly AccountNumber[],
  filter: NumberFilter,
  sort: Sort<NumberSortKey> | undefined,
  countryOf: (n: AccountNumber) => string | undefined,
): number[] {
  const agentGroups = filter.agent ? new Set(filter.agent.ringGroups) : undefined;
  const positions: number[] = [];
  numbers.forEach((n, i) => {
    if (filter.ringGroup && !n.ringGroups.includes(filter.ringGroup)) return;
    if (agentGroups && !n.ringGroups.some((g) => agentGroups.has(g))) return;
    if (filter.country && countryOf(n) !== filter.country) return;
    if (filter.text && !matches(filter.text, [n.label, n.id, n.number], n.number)) return;
    positions.push(i);
  });
  return order(positions, numbers, sort, (n, key) =>
    key === 'label' ? n.label || n.number : key === 'number' ? n.number : (countryOf(n) ?? '~'),
  );
}

// ---------- agents ----------

export type AgentSortKey = 'order' | 'name' | 'email' | 'groups';

export interface AgentFilter {
  text?: string;
  ringGroup?: string;
  /** Agents who may call from this number: they share a ring group, or it is their fixed one. */
  number?: AccountNumber;
}

export function queryAgents(
  agents: readonly Agent[],
  filter: AgentFilter,
  sort: Sort<AgentSortKey> | undefined,
): number[] {
  const numberGroups = filter.number ? new Set(filter.number.ringGroups) : undefined;
  const positions: number[] = [];
  agents.forEach((a, i) => {
    if (filter.ringGroup && !a.ringGroups.includes(filter.ringGroup)) return;
    if (
      numberGroups &&
      !a.ringGroups.some((g) => numberGroups.has(g)) &&
      a.outboundCallerId?.fixedNumberId !== filter.number!.id
    )
      return;
    if (filter.text && !matches(filter.text, [a.name, a.email, a.id])) return;
    positions.push(i);
  });
  return order(positions, agents, sort, (a, key) =>
    key === 'name' ? a.name : key === 'email' ? a.email : a.ringGroups.length,
  );
}

// ---------- ring groups ----------

export type GroupSortKey = 'order' | 'name' | 'id' | 'numbers' | 'agents';

export function queryRingGroups(
  groups: readonly RingGroup[],
  text: string,
  sort: Sort<GroupSortKey> | undefined,
  use: ReadonlyMap<string, { numbers: number; agents: number }>,
): number[] {
  const positions: number[] = [];
  groups.forEach((g, i) => {
    if (matches(text, [g.name, g.id])) positions.push(i);
  });
  return order(positions, groups, sort, (g, key) =>
    key === 'name'
      ? g.name
      : key === 'id'
        ? g.id
        : key === 'numbers'
          ? (use.get(g.id)?.numbers ?? 0)
          : (use.get(g.id)?.agents ?? 0),
  );
}

/** The ring groups whose name or id matches the typed text, for pickers (first `limit`). */
export function searchGroups(
  groups: readonly RingGroup[],
  text: string,
  limit: number,
): RingGroup[] {
  const out: RingGroup[] = [];
  for (const g of groups) {
    if (out.length >= limit) break;
    if (matches(text, [g.name, g.id])) out.push(g);
  }
  return out;
}

/** The first `limit` rows whose label contains the query, as select entries. */
export function searchChoices<T extends { id: string }>(
  rows: readonly T[],
  query: string,
  limit: number,
  label: (row: T) => string,
): { value: string; label: string }[] {
  const q = query.trim().toLowerCase();
  const out: { value: string; label: string }[] = [];
  for (const row of rows) {
    if (out.length >= limit) break;
    const text = label(row);
    if (!q || text.toLowerCase().includes(q) || row.id.toLowerCase().includes(q))
      out.push({ value: row.id, label: text });
  }
  return out;
}
