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

export type Draft = AccountConfig;

function edit(draft: Draft, change: (d: Draft) => void): Draft {
  const next = structuredClone(draft);
  change(next);
  return next;
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
  return edit(draft, (d) => Object.assign(d.account, patch));
}

export function setCallerIdSettings(
  draft: Draft,
  patch: Partial<Draft['outboundCallerId']>,
): Draft {
  return edit(draft, (d) => Object.assign(d.outboundCallerId, patch));
}

// ---------- ring groups ----------

export function addRingGroup(draft: Draft): Draft {
  return edit(draft, (d) => {
    d.ringGroups.push({
      id: uniqueId(
        'group',
        d.ringGroups.map((g) => g.id),
      ),
      name: '',
    });
  });
}

export function updateRingGroup(draft: Draft, index: number, patch: Partial<RingGroup>): Draft {
  return edit(draft, (d) => {
    const group = d.ringGroups[index];
    if (!group) return;
    const oldId = group.id;
    Object.assign(group, patch);
    if (patch.id !== undefined && patch.id !== oldId) {
      const rename = (ids: string[]) => ids.map((id) => (id === oldId ? group.id : id));
      for (const n of d.numbers) n.ringGroups = rename(n.ringGroups);
      for (const a of d.agents) a.ringGroups = rename(a.ringGroups);
    }
  });
}

export function removeRingGroup(draft: Draft, index: number): Draft {
  return edit(draft, (d) => {
    const [removed] = d.ringGroups.splice(index, 1);
    if (!removed) return;
    for (const n of d.numbers) n.ringGroups = n.ringGroups.filter((id) => id !== removed.id);
    for (const a of d.agents) a.ringGroups = a.ringGroups.filter((id) => id !== removed.id);
  });
}

// ---------- numbers ----------

export function addNumber(draft: Draft): Draft {
  return edit(draft, (d) => {
    d.numbers.push({
      id: uniqueId(
        'number',
        d.numbers.map((n) => n.id),
      ),
      number: '',
      label: '',
      ringGroups: [],
      tollFree: false,
      dedicatedLine: false,
      external: false,
    });
  });
}

export function updateNumber(draft: Draft, index: number, patch: Partial<AccountNumber>): Draft {
  return edit(draft, (d) => {
    const n = d.numbers[index];
    if (!n) return;
    const oldId = n.id;
    Object.assign(n, patch);
    if (patch.id !== undefined && patch.id !== oldId) {
      for (const a of d.agents) {
        if (a.outboundCallerId?.fixedNumberId === oldId) a.outboundCallerId.fixedNumberId = n.id;
      }
    }
  });
}

export function removeNumber(draft: Draft, index: number): Draft {
  return edit(draft, (d) => {
    const [removed] = d.numbers.splice(index, 1);
    if (!removed) return;
    // An agent fixed to the removed number goes back to the account's rules.
    for (const a of d.agents) {
      if (a.outboundCallerId?.fixedNumberId === removed.id) {
        delete a.outboundCallerId.fixedNumberId;
        if (Object.keys(a.outboundCallerId).length === 0) delete a.outboundCallerId;
      }
    }
  });
}

/** Adds or removes one ring group of a number or an agent. */
export function toggleMembership(
  draft: Draft,
  kind: 'numbers' | 'agents',
  index: number,
  groupId: string,
  member: boolean,
): Draft {
  return edit(draft, (d) => {
    const row = d[kind][index];
    if (!row) return;
    const ids = new Set(row.ringGroups);
    if (member) ids.add(groupId);
    else ids.delete(groupId);
    // Account order first, so the document reads like the table; ids that are not ring groups
    // stay at the end, so validation can still point them out.
    const known = d.ringGroups.map((g) => g.id).filter((id) => ids.has(id));
    row.ringGroups = [...known, ...[...ids].filter((id) => !known.includes(id))];
  });
}

// ---------- agents ----------

export function addAgent(draft: Draft): Draft {
  return edit(draft, (d) => {
    d.agents.push({
      id: uniqueId(
        'agent',
        d.agents.map((a) => a.id),
      ),
      name: '',
      email: '',
      ringGroups: [],
    });
  });
}

export function updateAgent(
  draft: Draft,
  index: number,
  patch: Partial<Omit<Agent, 'outboundCallerId'>>,
): Draft {
  return edit(draft, (d) => {
    const a = d.agents[index];
    if (a) Object.assign(a, patch);
  });
}

/** Sets one per-agent caller-ID field; `undefined` means "inherit the account's". */
export function setAgentCallerId<K extends keyof AgentCallerIdSettings>(
  draft: Draft,
  index: number,
  key: K,
  value: AgentCallerIdSettings[K] | undefined,
): Draft {
  return edit(draft, (d) => {
    const a = d.agents[index];
    if (!a) return;
    const own: AgentCallerIdSettings = { ...a.outboundCallerId };
    if (value === undefined) delete own[key];
    else own[key] = value;
    if (Object.keys(own).length === 0) delete a.outboundCallerId;
    else a.outboundCallerId = own;
  });
}

export function removeAgent(draft: Draft, index: number): Draft {
  return edit(draft, (d) => {
    d.agents.splice(index, 1);
  });
}

/** True when two documents say the same thing. */
export function sameDocument(a: Draft | null, b: Draft | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
