/**
 * What the local call log tells caller-ID selection: the last number a contact was in touch with
 * (contact continuity) and how often each number was used today (share the load). The log is
 * indexed once per array (WeakMap), so selection over it costs a map lookup per call.
 */
import type { CallHistoryEntry } from './types';

/** Outcomes of calls that reached (or came from) the contact: refused and failed ones did not. */
const CONTACTED = new Set(['placed', 'answered', 'no-answer', 'busy', 'declined', 'missed']);

export interface Contact {
  at: number;
  numberId: string;
  direction: 'outbound' | 'inbound';
}

interface HistoryIndex {
  /** E.164 of the contact -> its contacts, newest first, per account id ('' = unknown). */
  contacts: Map<string, Contact[]>;
  /** agentId -> entries placed from a number, oldest first (for today's usage). */
  outbound: Map<string, { at: number; numberId: string; accountId: string }[]>;
}

const indexes = new WeakMap<readonly CallHistoryEntry[], HistoryIndex>();

const contactKey = (accountId: string | undefined, e164: string) => `${accountId ?? ''} ${e164}`;

function buildIndex(history: readonly CallHistoryEntry[]): HistoryIndex {
  const contacts = new Map<string, Contact[]>();
  const outbound = new Map<string, { at: number; numberId: string; accountId: string }[]>();
  for (const e of history) {
    if (!e || typeof e.at !== 'number') continue;
    const inbound = e.direction === 'inbound';
    const contact = inbound ? e.from : e.to;
    const numberId = inbound ? e.toNumberId : e.fromNumberId;
    if (contact && numberId && CONTACTED.has(e.outcome ?? 'placed')) {
      const key = contactKey(e.accountId, contact);
      const list = contacts.get(key) ?? contacts.set(key, []).get(key)!;
      list.push({ at: e.at, numberId, direction: inbound ? 'inbound' : 'outbound' });
    }
    // A refused call went out from no number; a failed one may have reached the carrier.
    if (!inbound && e.fromNumberId && e.outcome !== 'refused') {
      const agent = e.agentId ?? '';
      const list = outbound.get(agent) ?? outbound.set(agent, []).get(agent)!;
      list.push({ at: e.at, numberId: e.fromNumberId, accountId: e.accountId ?? '' });
    }
  }
  for (const list of contacts.values()) list.sort((a, b) => b.at - a.at);
  return { contacts, outbound };
}

function historyIndex(history: readonly CallHistoryEntry[]): HistoryIndex {
  let index = indexes.get(history);
  if (!index) {
    index = buildIndex(history);
    indexes.set(history, index);
  }
  return index;
}

/**
 * The newest contact with `e164` within `days` before `now` whose number `usable` accepts (the
 * agent may still use it). Entries of another account never count; entries without an account
 * id (older rows) do.
 */
export function lastContact(
  history: readonly CallHistoryEntry[],
  accountId: string,
  e164: string,
  days: number,
  now: number,
  usable: (numberId: string) => boolean,
): Contact | undefined {
  const index = historyIndex(history);
  const since = now - days * 86_400_000;
  let best: Contact | undefined;
  for (const key of [contactKey(accountId, e164), contactKey(undefined, e164)]) {
    for (const c of index.contacts.get(key) ?? []) {
      if (c.at > now || c.at < since) continue;
      if (!usable(c.numberId)) continue;
      if (!best || c.at > best.at) best = c;
      break; // newest first: the first usable one is this key's best
    }
  }
  return best;
}

/** Local midnight of the day `now` falls in (the agent's "today"). */
export function startOfDay(now: number): number {
  const d = new Date(now);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

const usageCache = new WeakMap<readonly CallHistoryEntry[], Map<string, Map<string, number>>>();

/**
 * numberId -> calls this agent placed from it today (local time, up to `now`), for one account.
 * Cached per log array, account, agent and instant: a simulator or a bench asking again for the
 * same call gets the same map.
 */
export function usageToday(
  history: readonly CallHistoryEntry[],
  accountId: string,
  agentId: string,
  now: number,
): ReadonlyMap<string, number> {
  const key = `${accountId} ${agentId} ${now}`;
  let perHistory = usageCache.get(history);
  if (!perHistory) usageCache.set(history, (perHistory = new Map()));
  const cached = perHistory.get(key);
  if (cached) return cached;
  if (perHistory.size > 64) perHistory.clear(); // a long-running page moves on through time
  const since = startOfDay(now);
  const counts = new Map<string, number>();
  perHistory.set(key, counts);
  for (const e of historyIndex(history).outbound.get(agentId) ?? []) {
    if (e.at < since || e.at > now) continue;
    if (e.accountId && e.accountId !== accountId) continue;
    counts.set(e.numberId, (counts.get(e.numberId) ?? 0) + 1);
  }
  return counts;
}
