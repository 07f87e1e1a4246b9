/**
 * Enterprise policy in the background: `storage.managed` read and mirrored in the database (so
 * every page can show what is locked), and the active config brought in line when it changed.
 */
import { getEffectiveSettings, getPolicy, savePolicy } from '../db/settings';
import type { RingsideDb } from '../db/schema';
import { parseManagedPolicy } from '../policy';
import type { Platform } from './platform';
import type { ConfigSources } from './sources';

/** Reads storage.managed and mirrors it in the database; true when the policy changed. */
export async function refreshPolicy(db: RingsideDb, platform: Platform): Promise<boolean> {
  let raw: unknown = {};
  try {
    raw = await platform.readManagedStorage();
  } catch (e) {
    // Browsers without managed storage for this extension: behave as if no policy is set.
    console.warn('Ringside: managed storage is not available', e);
  }
  const next = parseManagedPolicy(raw, platform.now());
  const current = await getPolicy(db);
  const comparable = (p: typeof current) => (p ? JSON.stringify({ ...p, readAt: 0 }) : null);
  if (comparable(next) === comparable(current)) return false;
  await savePolicy(db, next);
  return true;
}

/** Re-reads the policy and, when it changed, brings the active config in line with it. */
export async function applyPolicyChange(
  db: RingsideDb,
  platform: Platform,
  sources: ConfigSources,
): Promise<void> {
  const before = await getEffectiveSettings(db);
  if (await refreshPolicy(db, platform))
    await sources.reconcile(before, await getEffectiveSettings(db));
}
