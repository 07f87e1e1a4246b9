/** Shared test data for the background's unit tests. */
import type { AccountConfig } from '../../../lib/caller-id/types';
import type { Platform } from '../../../lib/background/platform';
import { RingsideDb } from '../../../lib/db/schema';

let dbSeq = 0;

/** A fresh, empty database per test (fake-indexeddb keeps databases for the whole file). */
export function freshDb(): RingsideDb {
  dbSeq += 1;
  return new RingsideDb(`test-${dbSeq}-${Math.random().toString(36).slice(2)}`);
}

/** A valid account document in the wire format (schemaVersion 1), as a sync URL would serve it. */
export function accountDocument(
  overrides: {
    accountId?: string;
    agents?: unknown[];
    numbers?: unknown[];
    mode?: 'automated' | 'customized';
  } = {},
) {
  return {
    schemaVersion: 1,
    account: { id: overrides.accountId ?? 'acme', name: 'Acme Inc.', defaultCountry: 'US' },
    outboundCallerId: { mode: overrides.mode ?? 'automated', allowDefault: true },
    ringGroups: [
      { id: 'sales', name: 'Sales' },
      { id: 'support', name: 'Support' },
    ],
    numbers: overrides.numbers ?? [
      { id: 'n-sf', number: '+14155550100', label: 'San Francisco', ringGroups: ['sales'] },
      { id: 'n-ny', number: '+12125550100', label: 'New York', ringGroups: ['sales', 'support'] },
      {
        id: 'n-tf',
        number: '+18005550100',
        label: 'Toll-free',
        ringGroups: ['support'],
        tollFree: true,
      },
    ],
    agents: overrides.agents ?? [
      { id: 'a1', name: 'Ana Silva', email: 'ana@acme.example', ringGroups: ['sales'] },
      { id: 'a2', name: 'Bo Chen', email: 'bo@acme.example', ringGroups: ['support'] },
    ],
  };
}

/** The same account as `parseAccountConfig` would normalise it (flags filled in). */
export function normalisedConfig(accountId = 'acme'): AccountConfig {
  const doc = accountDocument({ accountId });
  return {
    ...(doc as unknown as AccountConfig),
    numbers: (doc.numbers as Record<string, unknown>[]).map((n) => ({
      tollFree: false,
      dedicatedLine: false,
      external: false,
      ...n,
    })) as AccountConfig['numbers'],
  };
}

/**
 * A browser that does nothing on its own: no alarms, no managed policy, not a fresh browser
 * session, `tel:` opens ignored, and a fetch answered `{}`. Tests override what they look at.
 */
export function quietPlatform(overrides: Partial<Platform> = {}): Platform {
  return {
    fetch: async () => new Response('{}'),
    now: () => Date.now(),
    setSyncAlarm: async () => undefined,
    readManagedStorage: async () => ({}),
    firstStartThisSession: async () => false,
    openTelUrl: async () => undefined,
    ...overrides,
  };
}
