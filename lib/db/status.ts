/**
 * Everything a page shows about Ringside's state, read in one transaction. Meant for
 * `liveQuery(() => loadStatus(db))`: it re-runs whenever a table it reads changes.
 */
import { agentIdentity, type AgentIdentity } from '../calls/identity';
import type { CallerIdChoice } from '../caller-id/types';
import { getChoice } from './choices';
import { getActiveSnapshot } from './configs';
import type { RingsideDb } from './schema';
import { applyPolicy, getPolicy, getSettings } from './settings';
import { getSyncState } from './sync-state';
import type { ConfigSnapshot, EffectiveSettings, ManagedPolicy, SyncState } from './types';

export interface RingsideStatus {
  /** The config in use, or null before the first one (a policy URL that has not answered yet). */
  active: ConfigSnapshot | null;
  settings: EffectiveSettings;
  policy: ManagedPolicy | null;
  /** `sync.lastError` is the latest failed document or download, to show with its `details`. */
  sync: SyncState;
  identity: AgentIdentity;
  /** The signed-in agent's caller-ID choice for the active account. */
  choice: CallerIdChoice | null;
}

export async function loadStatus(db: RingsideDb): Promise<RingsideStatus> {
  return db.transaction(
    'r',
    [db.configs, db.configBodies, db.settings, db.policy, db.sync, db.choices],
    async () => {
      const [active, local, policy, sync] = await Promise.all([
        getActiveSnapshot(db),
        getSettings(db),
        getPolicy(db),
        getSyncState(db),
      ]);
      const settings = applyPolicy(local, policy);
      const identity = agentIdentity(active?.config ?? null, settings);
      const choice =
        active && identity.state === 'ok'
          ? await getChoice(db, active.accountId, identity.agent.id)
          : null;
      return { active, settings, policy, sync, identity, choice };
    },
  );
}
