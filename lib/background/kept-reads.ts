/**
 * The settings and the agents' caller-ID choices, kept in memory for the messages a page waits on
 * (`previewCallerId`, `getPageContext`).
 *
 * Why: read from IndexedDB, a preview was three transactions one after the other (the settings,
 * then the agent's choice, then the choice again for the card), each a round trip from the worker
 * to the browser process's database and back. On a busy machine every one of those hops waits for
 * a core, and while a big sync runs the worker also waits out its garbage collections between
 * them: the bench (bench/browser/background-sync.spec.ts) found a settings read of two tiny rows
 * taking 223 ms during a sync with no write in its way. Kept here, a preview is one task of the
 * worker: the message in, the answer out (see docs/background.md).
 *
 * Kept the way the active config is (./active-config.ts): dropped on every committed write to the
 * tables they come from, in this context or another one (Dexie's `storagemutated`, which fires
 * before the writer's own `await` resumes), and a read that started before such a write is never
 * kept. The worker forgets them when it stops; the first reader reads them again.
 */
import type { CallerIdChoice } from '../caller-id/types';
import { getChoice } from '../db/choices';
import type { RingsideDb } from '../db/schema';
import { getEffectiveSettings } from '../db/settings';
import type { EffectiveSettings } from '../db/types';
import { watchTables } from './watch-tables';

export interface KeptReads {
  /** The settings in effect (the admin's with the policy applied). */
  settings(): Promise<EffectiveSettings>;
  /** The agent's caller-ID choice for the account (null: none yet, or an unreadable row). */
  choice(accountId: string, agentId: string): Promise<CallerIdChoice | null>;
  /** How many times each was read from the database (tests watch it). */
  readonly reads: { settings: number; choices: number };
  /** Stops watching the database (tests that make many services). */
  stop(): void;
}

/** The tables whose changes drop each kept value. */
const SETTINGS_TABLES = ['settings', 'policy'] as const;
const CHOICE_TABLES = ['choices'] as const;

/**
 * One value read from the database on demand and kept until `drop()`. A read under way when
 * `drop()` comes still answers the callers that asked before the write, but is not kept: the next
 * caller reads again. A failed read is not kept either.
 */
function keptValue<T>(read: () => Promise<T>) {
  let kept: Promise<T> | null = null;
  return {
    get(): Promise<T> {
      if (kept) return kept;
      const reading = read();
      kept = reading;
      reading.catch(() => {
        if (kept === reading) kept = null;
      });
      return reading;
    },
    drop() {
      kept = null;
    },
  };
}

export function createKeptReads(
  db: RingsideDb,
  watch: typeof watchTables = watchTables,
): KeptReads {
  const reads = { settings: 0, choices: 0 };
  const settings = keptValue(() => {
    reads.settings += 1;
    return getEffectiveSettings(db);
  });
  /** By account and agent: an agent switch or another account reads its own row once. */
  const choices = new Map<string, ReturnType<typeof keptValue<CallerIdChoice | null>>>();

  const unwatch = watch(db, [...SETTINGS_TABLES, ...CHOICE_TABLES], (table) => {
    if (table === 'all' || (SETTINGS_TABLES as readonly string[]).includes(table)) settings.drop();
    if (table === 'all' || (CHOICE_TABLES as readonly string[]).includes(table)) {
      for (const kept of choices.values()) kept.drop();
      choices.clear();
    }
  });

  return {
    settings: settings.get,
    choice(accountId, agentId) {
      const key = JSON.stringify([accountId, agentId]);
      let kept = choices.get(key);
      if (!kept) {
        kept = keptValue(() => {
          reads.choices += 1;
          return getChoice(db, accountId, agentId);
        });
        choices.set(key, kept);
      }
      return kept.get();
    },
    reads,
    stop: unwatch,
  };
}
