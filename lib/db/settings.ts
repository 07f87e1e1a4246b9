/**
 * The settings row and how enterprise policy overrides it. Pages read `getEffectiveSettings` (in a
 * liveQuery) to show values and which are locked; changes go through the background's
 * `updateSettings` message so it can re-sync and re-schedule.
 */
import * as v from 'valibot';
import type { RingsideDb } from './schema';
import {
  describeIssues,
  SettingsPatchSchema,
  StoredSettingsEntries,
  type SettingsPatch,
} from './schemas';
import { english } from '../i18n/english';
import type { Translator } from '../i18n/translator';
import { demoSipProvider } from '../softphone/settings';
import type {
  EffectiveSettings,
  ManagedPolicy,
  ProviderSettings,
  SettingKey,
  Settings,
} from './types';

/**
 * The store build hands calls to the phone app until an admin sets a provider; the demo build
 * (`npm start`, the tests) uses the softphone on the demo SIP server (RINGSIDE_SIP_WS at build
 * time overrides its URL), except in Firefox, which has no softphone (lib/softphone/support.ts).
 */
const DEFAULT_PROVIDER: ProviderSettings =
  import.meta.env?.RINGSIDE_DEMO && !import.meta.env?.FIREFOX
    ? demoSipProvider(import.meta.env.RINGSIDE_SIP_WS || undefined)
    : { kind: 'tel' };

const fields = SettingsPatchSchema.entries;

/**
 * The settings row, declared once: `Settings` (./types.ts) is this schema's output, and each
 * setting that always has a value carries its default here, so a fresh install (no row) reads as
 * `DEFAULT_SETTINGS`. The fields:
 * - `source`: where the account config comes from (`demo` until an admin picks another);
 * - `syncUrl`, `syncToken`, `syncIntervalMinutes`, and `syncTimeoutMs`, how long one config
 *   download may take before it counts as a `timeout` failure;
 * - `provider`: how calls are placed (`DEFAULT_PROVIDER` above);
 * - `agentId`, the signed-in agent picked on first use (policy can set it by email instead), and
 *   `agentName`, their name when picked, so a sync that removes the agent can still name them;
 * - `routeTelLinks`: route `tel:` links on enabled sites through Ringside;
 * - `allowedCountries` (ISO 3166-1 alpha-2; absent or empty: all), `blockPremium` (refuse
 *   premium-rate numbers outright instead of asking), `confirmInternational` (calls outside the
 *   account's country need a confirmation);
 * - `excludeSelectors`: per enabled site (its origin), CSS selectors of page parts detection
 *   never scans.
 */
export const SettingsSchema = v.object({
  ...StoredSettingsEntries,
  id: v.optional(v.literal('settings'), 'settings'),
  source: v.optional(fields.source.wrapped, 'demo'),
  syncIntervalMinutes: v.optional(fields.syncIntervalMinutes.wrapped, 15),
  syncTimeoutMs: v.optional(fields.syncTimeoutMs.wrapped, 15_000),
  provider: v.optional(fields.provider.wrapped, DEFAULT_PROVIDER),
  routeTelLinks: v.optional(fields.routeTelLinks.wrapped, true),
});

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze(v.parse(SettingsSchema, {}));

/**
 * What `settingsLocked` fixes. Enabled sites (granted host permissions, utils/sites.ts) and the
 * agent's own caller-ID choice stay theirs.
 */
export const POLICY_LOCKABLE: readonly SettingKey[] = [
  'source',
  'syncUrl',
  'syncToken',
  'syncIntervalMinutes',
  'syncTimeoutMs',
  'provider',
  'routeTelLinks',
  'allowedCountries',
  'blockPremium',
  'confirmInternational',
  'excludeSelectors',
];

/**
 * A stored row checked field by field: a field that no longer validates (an old version, a manual
 * edit in devtools) falls back to its default instead of breaking the extension. Fields Ringside
 * no longer knows (such as the `enabledSites` of builds before schema v1 shipped) are left out.
 */
export function sanitizeSettings(raw: unknown): { settings: Settings; dropped: string[] } {
  const settings: Settings = structuredClone(DEFAULT_SETTINGS) as Settings;
  const dropped: string[] = [];
  if (raw === null || typeof raw !== 'object') return { settings, dropped };
  const row = raw as Record<string, unknown>;
  for (const [key, schema] of Object.entries(SettingsSchema.entries)) {
    if (row[key] === undefined) continue;
    const result = v.safeParse(schema, row[key]);
    if (result.success) {
      (settings as unknown as Record<string, unknown>)[key] = result.output;
    } else {
      dropped.push(
        ...describeIssues(result.issues).map((m) => `${key}${m.startsWith(':') ? '' : ': '}${m}`),
      );
    }
  }
  return { settings, dropped };
}

export async function getSettings(db: RingsideDb): Promise<Settings> {
  return sanitizeSettings(await db.settings.get('settings')).settings;
}

export async function getPolicy(db: RingsideDb): Promise<ManagedPolicy | null> {
  return (await db.policy.get('policy')) ?? null;
}

/** Mirrors the policy read from `storage.managed`; null removes it (no policy installed). */
export async function savePolicy(db: RingsideDb, policy: ManagedPolicy | null): Promise<void> {
  if (policy) await db.policy.put(policy);
  else await db.policy.delete('policy');
}

/** Local settings with policy applied; pure, so pages and the background agree. */
export function applyPolicy(settings: Settings, policy: ManagedPolicy | null): EffectiveSettings {
  const locked = new Set<SettingKey>();
  const effective: EffectiveSettings = { ...settings, locked: [] };
  if (policy?.configUrl) {
    effective.source = 'policy';
    effective.syncUrl = policy.configUrl;
    effective.syncToken = policy.configToken;
    for (const key of ['source', 'syncUrl', 'syncToken'] as const) locked.add(key);
  }
  if (policy?.syncIntervalMinutes !== undefined) {
    effective.syncIntervalMinutes = policy.syncIntervalMinutes;
    locked.add('syncIntervalMinutes');
  }
  if (policy?.sipProvider) {
    effective.provider = policy.sipProvider;
    locked.add('provider');
  }
  if (policy?.agentEmail) {
    effective.policyAgentEmail = policy.agentEmail;
    locked.add('agentId');
  }
  if (policy?.settingsLocked) for (const key of POLICY_LOCKABLE) locked.add(key);
  effective.locked = [...locked];
  return effective;
}

export async function getEffectiveSettings(db: RingsideDb): Promise<EffectiveSettings> {
  return db.transaction('r', db.settings, db.policy, async () =>
    applyPolicy(await getSettings(db), await getPolicy(db)),
  );
}

export type UpdateSettingsResult =
  { ok: true; settings: Settings; changed: (keyof SettingsPatch)[] } | { ok: false; error: string };

/**
 * Validates a patch, refuses fields the policy locks, and saves. `unknown` input on purpose: the
 * patch may come from another context.
 */
export async function updateSettings(
  db: RingsideDb,
  patch: unknown,
  tr: Translator = english,
): Promise<UpdateSettingsResult> {
  const parsed = v.safeParse(SettingsPatchSchema, patch);
  if (!parsed.success)
    return { ok: false, error: `Invalid settings: ${describeIssues(parsed.issues).join('; ')}` };
  const values = parsed.output;
  return db.transaction('rw', db.settings, db.policy, async () => {
    const current = await getSettings(db);
    const { locked } = applyPolicy(current, await getPolicy(db));
    const keys = (Object.keys(values) as (keyof SettingsPatch)[]).filter(
      (k) => values[k] !== undefined,
    );
    const refused = keys.filter((k) => locked.includes(k));
    if (refused.length) {
      return {
        ok: false as const,
        // The settings' own names: the options page shows them locked, so this is rarely seen.
        error: tr.t('background.settingsLocked', { fields: refused.join(', ') }),
      };
    }
    const next: Settings = { ...current, ...values };
    // A token belongs to the URL it was given for: changing the URL alone drops the old token.
    if (
      values.syncUrl !== undefined &&
      values.syncUrl !== current.syncUrl &&
      values.syncToken === undefined
    ) {
      delete next.syncToken;
    }
    await db.settings.put(next);
    const changed = keys.filter((k) => JSON.stringify(current[k]) !== JSON.stringify(next[k]));
    return { ok: true as const, settings: next, changed };
  });
}

/** Records who the agent is (or forgets it with null); the caller checks policy and the config. */
export async function saveAgent(
  db: RingsideDb,
  agent: { id: string; name: string } | null,
): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const current = await getSettings(db);
    if (agent) await db.settings.put({ ...current, agentId: agent.id, agentName: agent.name });
    else {
      const { agentId: _id, agentName: _name, ...rest } = current;
      await db.settings.put(rest);
    }
  });
}
