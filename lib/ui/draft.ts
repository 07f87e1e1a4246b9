/**
 * Editing an account config on the options page. Each edit returns a new document (the old one is
 * never changed, so undo and "is it dirty?" are plain comparisons). Removing or renaming a ring
 * group or a number also updates what refers to it, so one edit does not leave dangling references
 * for the admin to chase.
 */
import type {
  AccountConfig,
  AccountNumber,
  Agent,
  AgentCallerIdSettings,
  RingGroup,
} from '../caller-id/types';
import { carryKey } from './row-keys';

export type Draft = AccountConfig;

// Edits share structure: only the row edited (and the lists holding it) are new objects, so a
// 10,000-number draft costs one array copy per keystroke, and a table row whose object did not
// change need not render again.
type Kind = 'numbers' | 'agents' | 'ringGroups';
type RowOf<K extends Kind> = Draft[K][number];

function replaceRow<K extends Kind>(
  draft: Draft,
  kind: K,
  index: number,
  change: (row: RowOf<K>) => RowOf<K>,
): Draft {
  const rows = draft[kind] as RowOf<K>[];
  const row = rows[index];
  if (!row) return draft;
  const next = rows.slice();
  next[index] = carryKey(row, change(row));
  return { ...draft, [kind]: next };
}

/** Maps every row of a list whose `change` returns a new object; keeps the others as they are. */
function mapRows<T extends object>(rows: T[], change: (row: T) => T): T[] {
  let out: T[] | undefined;
  rows.forEach((row, i) => {
    const edited = change(row);
    if (edited === row) return;
    out ??= rows.slice();
    out[i] = carryKey(row, edited);
  });
  return out ?? rows;
}

/** "number-3" style ids that no row of the kind uses yet. */
export function uniqueId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let i = 1; ; i++) {
    const id = `${prefix}-${i}`;
    if (!used.has(id)) return id;
  }
}

/** A readable id from a name: "Customer Support" → "customer-support", made unique. */
export function idFromName(name: string, taken: Iterable<string>, fallback: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const used = new Set(taken);
  if (slug && !used.has(slug)) return slug;
  return uniqueId(slug || fallback, used);
}

// ---------- account ----------

export function setAccount(draft: Draft, patch: Partial<Draft['account']>): Draft {
  return { ...draft, account: { ...draft.account, ...patch } };
}

export function setCallerIdSettings(
  draft: Draft,
  patch: Partial<Draft['outboundCallerId']>,
): Draft {
  return { ...draft, outboundCallerId: { ...draft.outboundCallerId, ...patch } };
}

// ---------- ring groups ----------

export function addRingGroup(draft: Draft): Draft {
  const id = uniqueId(
    'group',
    draft.ringGroups.map((g) => g.id),
  );
  return { ...draft, ringGroups: [...draft.ringGroups, { id, name: '' }] };
}

const withoutGroup = <T extends { ringGroups: string[] }>(row: T, id: string): T =>
  row.ringGroups.includes(id)
    ? { ...row, ringGroups: row.ringGroups.filter((g) => g !== id) }
    : row;

export function updateRingGroup(draft: Draft, index: number, patch: Partial<RingGroup>): Draft {
  const oldId = draft.ringGroups[index]?.id;
  const next = replaceRow(draft, 'ringGroups', index, (g) => ({ ...g, ...patch }));
  if (oldId === undefined || patch.id === undefined || patch.id === oldId) return next;
  const newId = patch.id;
  const rename = <T extends { ringGroups: string[] }>(row: T): T =>
    row.ringGroups.includes(oldId)
      ? { ...row, ringGroups: row.ringGroups.map((id) => (id === oldId ? newId : id)) }
      : row;
  return { ...next, numbers: mapRows(next.numbers, rename), agents: mapRows(next.agents, rename) };
}

export function removeRingGroup(draft: Draft, index: number): Draft {
  const removed = draft.ringGroups[index];
  if (!removed) return draft;
  return {
    ...draft,
    ringGroups: draft.ringGroups.filter((_, i) => i !== index),
    numbers: mapRows(draft.numbers, (n) => withoutGroup(n, removed.id)),
    agents: mapRows(draft.agents, (a) => withoutGroup(a, removed.id)),
  };
}

// ---------- numbers ----------

export function addNumber(draft: Draft): Draft {
  const id = uniqueId(
    'number',
    draft.numbers.map((n) => n.id),
  );
  const row: AccountNumber = {
    id,
    number: '',
    label: '',
    ringGroups: [],
    tollFree: false,
    dedicatedLine: false,
    external: false,
  };
  return { ...draft, numbers: [...draft.numbers, row] };
}

const withoutFixed = (a: Agent, id: string): Agent => {
  if (a.outboundCallerId?.fixedNumberId !== id) return a;
  const own = { ...a.outboundCallerId };
  delete own.fixedNumberId;
  const next: Agent = { ...a, outboundCallerId: own };
  if (Object.keys(own).length === 0) delete next.outboundCallerId;
  return next;
};

export function updateNumber(draft: Draft, index: number, patch: Partial<AccountNumber>): Draft {
  const oldId = draft.numbers[index]?.id;
  const next = replaceRow(draft, 'numbers', index, (n) => ({ ...n, ...patch }));
  if (oldId === undefined || patch.id === undefined || patch.id === oldId) return next;
  const newId = patch.id;
  const agents = mapRows(next.agents, (a) =>
    a.outboundCallerId?.fixedNumberId === oldId
      ? { ...a, outboundCallerId: { ...a.outboundCallerId, fixedNumberId: newId } }
      : a,
  );
  return { ...next, agents };
}

export function removeNumber(draft: Draft, index: number): Draft {
  const removed = draft.numbers[index];
  if (!removed) return draft;
  // An agent fixed to the removed number goes back to the account's rules.
  return {
    ...draft,
    numbers: draft.numbers.filter((_, i) => i !== index),
    agents: mapRows(draft.agents, (a) => withoutFixed(a, removed.id)),
  };
}

/** Adds or removes one ring group of a number or an agent. */
export function toggleMembership(
  draft: Draft,
  kind: 'numbers' | 'agents',
  index: number,
  groupId: string,
  member: boolean,
): Draft {
  return replaceRow(draft, kind, index, (row) => {
    const ids = new Set(row.ringGroups);
    if (member) ids.add(groupId);
    else ids.delete(groupId);
    // Account order first, so the document reads like the table; ids that are not ring groups
    // stay at the end, so validation can still point them out.
    const known = draft.ringGroups.map((g) => g.id).filter((id) => ids.has(id));
    const knownSet = new Set(known);
    return { ...row, ringGroups: [...known, ...[...ids].filter((id) => !knownSet.has(id))] };
  });
}

// ---------- agents ----------

export function addAgent(draft: Draft): Draft {
  const id = uniqueId(
    'agent',
    draft.agents.map((a) => a.id),
  );
  return { ...draft, agents: [...draft.agents, { id, name: '', email: '', ringGroups: [] }] };
}

export function updateAgent(
  draft: Draft,
  index: number,
  patch: Partial<Omit<Agent, 'outboundCallerId'>>,
): Draft {
  return replaceRow(draft, 'agents', index, (a) => ({ ...a, ...patch }));
}

/** Sets one per-agent caller-ID field; `undefined` means "inherit the account's". */
export function setAgentCallerId<K extends keyof AgentCallerIdSettings>(
  draft: Draft,
  index: number,
  key: K,
  value: AgentCallerIdSettings[K] | undefined,
): Draft {
  return replaceRow(draft, 'agents', index, (a) => {
    const own: AgentCallerIdSettings = { ...a.outboundCallerId };
    if (value === undefined) delete own[key];
    else own[key] = value;
    const next: Agent = { ...a, outboundCallerId: own };
    if (Object.keys(own).length === 0) delete next.outboundCallerId;
    return next;
  });
}

export function removeAgent(draft: Draft, index: number): Draft {
  if (!draft.agents[index]) return draft;
  return { ...draft, agents: draft.agents.filter((_, i) => i !== index) };
}

/**
 * True when two documents say the same thing. Edits share unchanged rows, so rows that are the
 * same object are skipped and only the others are written out and compared.
 */
export function sameDocument(a: Draft | null, b: Draft | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const { numbers: an, agents: aa, ringGroups: ag, ...aRest } = a;
  const { numbers: bn, agents: ba, ringGroups: bg, ...bRest } = b;
  return (
    JSON.stringify(aRest) === JSON.stringify(bRest) &&
    sameRows(an, bn) &&
    sameRows(aa, ba) &&
    sameRows(ag, bg)
  );
}

function sameRows(a: readonly object[], b: readonly object[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i] && JSON.stringify(a[i]) !== JSON.stringify(b[i])) return false;
  }
  return true;
}
