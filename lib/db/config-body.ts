/**
 * How a config is kept in `configBodies` (schema version 4 on): in parts, under the hash of its
 * document, so a 10,000-number config is written as a few dozen small values, one transaction
 * each, instead of one large one that holds the service worker (structured clone) and IndexedDB
 * (one large write) for hundreds of milliseconds while previews wait.
 *
 * Part 0, the head, holds everything but the three lists and how many parts there are; it is
 * written last, so a body with a head is complete. Parts 1… hold the lists in order, at most
 * `PART_ITEMS` entries each. Two snapshots of the same document (same hash) share one body.
 */
import type { AccountConfig } from '../caller-id/types';

export const PART_ITEMS = 500;

const LISTS = ['ringGroups', 'numbers', 'agents'] as const;
type ListName = (typeof LISTS)[number];

export type ConfigHead = Omit<AccountConfig, ListName>;

export type ConfigBodyPart =
  | { hash: string; part: 0; head: ConfigHead; parts: number }
  | { hash: string; part: number; list: ListName; items: unknown[] };

/** The parts of `config`, head first (write them in reverse: the head last). */
export function splitConfig(
  hash: string,
  config: AccountConfig,
  size = PART_ITEMS,
): ConfigBodyPart[] {
  const { ringGroups: _r, numbers: _n, agents: _a, ...head } = config;
  const lists: ConfigBodyPart[] = [];
  for (const list of LISTS) {
    const all = config[list] as unknown[];
    for (let i = 0; i < all.length; i += size) {
      lists.push({ hash, part: lists.length + 1, list, items: all.slice(i, i + size) });
    }
  }
  return [{ hash, part: 0, head, parts: lists.length + 1 }, ...lists];
}

/** The config back from all its parts (any order), or null when any is missing. */
export function joinConfig(parts: readonly ConfigBodyPart[]): AccountConfig | null {
  const head = parts.find((p) => p.part === 0);
  if (!head || !('head' in head) || parts.length !== head.parts) return null;
  const config = { ...head.head, ringGroups: [], numbers: [], agents: [] } as AccountConfig;
  const rest = parts.filter((p) => p.part !== 0).sort((a, b) => a.part - b.part);
  for (const p of rest) {
    if (!('list' in p)) return null;
    (config[p.list] as unknown[]).push(...p.items);
  }
  return config;
}
