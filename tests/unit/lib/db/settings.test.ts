import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  applyPolicy,
  DEFAULT_SETTINGS,
  getEffectiveSettings,
  getSettings,
  POLICY_LOCKABLE,
  sanitizeSettings,
  savePolicy,
  updateSettings,
} from '../../../../lib/db/settings';
import type {
  LocalSourceKind,
  ManagedPolicy,
  ProviderSettings,
  Settings,
} from '../../../../lib/db/types';
import type { LanguagePreference } from '../../../../lib/i18n/languages';
import { freshDb } from '../../helpers/background-fixtures';

const policy = (p: Partial<ManagedPolicy>): ManagedPolicy => ({
  id: 'policy',
  settingsLocked: false,
  readAt: 1,
  problems: [],
  ...p,
});

describe('settings row', () => {
  it('defaults on a fresh install: demo source, tel provider', async () => {
    const db = freshDb();
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
  });

  it('takes its defaults from the schema that declares it: always-set fields have one', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      id: 'settings',
      source: 'demo',
      syncIntervalMinutes: 15,
      syncTimeoutMs: 15_000,
      provider: { kind: 'tel' },
      routeTelLinks: true,
    });
    // A field that no longer validates falls back to the schema's default for it.
    const { settings, dropped } = sanitizeSettings({ syncTimeoutMs: 5, routeTelLinks: 'yes' });
    expect([settings.syncTimeoutMs, settings.routeTelLinks]).toEqual([15_000, true]);
    expect(dropped).toHaveLength(2);
    // Settings is the schema's output: required where there is a default, optional elsewhere.
    expectTypeOf<Settings>().toEqualTypeOf<{
      id: 'settings';
      source: LocalSourceKind;
      syncUrl?: string;
      syncToken?: string;
      syncIntervalMinutes: number;
      syncTimeoutMs: number;
      provider: ProviderSettings;
      agentId?: string;
      agentName?: string;
      routeTelLinks: boolean;
      allowedCountries?: string[];
      blockPremium?: boolean;
      confirmInternational?: boolean;
      excludeSelectors?: Record<string, string[]>;
      language?: LanguagePreference;
    }>();
  });

  it.each([
    ['a wrong type', { syncIntervalMinutes: 'often' }, 'syncIntervalMinutes'],
    ['an http URL', { syncUrl: 'http://evil.example/c.json' }, 'syncUrl'],
    ['an unknown provider', { provider: { kind: 'sip' } }, 'provider'],
  ])('falls back to the default for %s read back from storage', (_name, row, key) => {
    const { settings, dropped } = sanitizeSettings({ ...DEFAULT_SETTINGS, ...row });
    expect(settings[key as keyof Settings]).toEqual(DEFAULT_SETTINGS[key as keyof Settings]);
    expect(dropped.join('\n')).toContain(key);
  });

  it('keeps the valid fields of a partly broken row', () => {
    const { settings } = sanitizeSettings({
      syncUrl: 'https://cfg.example/a.json',
      syncIntervalMinutes: -3,
    });
    expect(settings.syncUrl).toBe('https://cfg.example/a.json');
    expect(settings.syncIntervalMinutes).toBe(DEFAULT_SETTINGS.syncIntervalMinutes);
  });
});

describe('a row stored by an earlier build', () => {
  // Builds before schema v1 shipped kept `enabledSites` in the row; enabled sites are now the
  // granted host permissions. Such a row reads back whole, without the field, and the next save
  // leaves it out.
  const oldRow = {
    ...DEFAULT_SETTINGS,
    source: 'url',
    syncUrl: 'https://cfg.example/a.json',
    routeTelLinks: false,
    agentId: 'a1',
    agentName: 'Ana Silva',
    enabledSites: ['https://acme.lightning.force.com/*'],
  };
  const { enabledSites: _gone, ...expected } = oldRow;

  it('reads back with every other field and nothing dropped', () => {
    const { settings, dropped } = sanitizeSettings(oldRow);
    expect(settings).toEqual(expected);
    expect(dropped).toEqual([]);
  });

  it('loses the field at the next save', async () => {
    const db = freshDb();
    await db.settings.put(oldRow as unknown as Settings);
    expect(await getSettings(db)).toEqual(expected);
    expect(await updateSettings(db, { syncIntervalMinutes: 30 })).toMatchObject({ ok: true });
    expect(await db.settings.get('settings')).toEqual({ ...expected, syncIntervalMinutes: 30 });
  });
});

describe('updateSettings', () => {
  it.each([
    [{ syncUrl: 'ftp://x.example/' }, 'syncUrl'],
    [{ syncUrl: 'http://cfg.example/a.json' }, 'only allowed for localhost'],
    [{ syncIntervalMinutes: 0 }, 'syncIntervalMinutes: must be at least 1'],
    [{ provider: { kind: 'webhook', url: 'not a url' } }, 'provider.url'],
    [{ source: 'policy' }, 'source'],
    [{ agentId: 'a1' }, 'agentId'],
    [{ nonsense: true }, 'nonsense'],
    // Enabled sites are the granted host permissions (utils/sites.ts), not a setting.
    [{ enabledSites: ['https://acme.lightning.force.com/*'] }, 'enabledSites'],
  ])('rejects %j with a message naming the field', async (patch, message) => {
    const db = freshDb();
    const result = await updateSettings(db, patch);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toContain(message);
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
  });

  it.each([
    [{ syncUrl: 'https://cfg.example/a.json', syncToken: 't', source: 'url' }],
    [{ syncUrl: 'http://localhost:8080/a.json' }],
    [{ syncUrl: 'http://127.0.0.1:9/a.json' }],
    [
      {
        provider: {
          kind: 'webhook',
          url: 'https://hooks.example/call',
          token: 's',
          timeoutMs: 3000,
        },
      },
    ],
    [{ routeTelLinks: false }],
  ])('saves %j', async (patch) => {
    const db = freshDb();
    const result = await updateSettings(db, patch);
    expect(result).toMatchObject({ ok: true });
    expect(await getSettings(db)).toMatchObject(patch);
  });

  it('drops the token when only the URL changes, so it is never sent to another server', async () => {
    const db = freshDb();
    await updateSettings(db, { syncUrl: 'https://a.example/c.json', syncToken: 'secret' });
    await updateSettings(db, { syncUrl: 'https://b.example/c.json' });
    expect((await getSettings(db)).syncToken).toBeUndefined();
  });

  it('refuses fields locked by policy and keeps the others untouched', async () => {
    const db = freshDb();
    await savePolicy(db, policy({ configUrl: 'https://policy.example/c.json' }));
    const refused = await updateSettings(db, {
      syncUrl: 'https://mine.example/c.json',
      routeTelLinks: false,
    });
    expect(refused).toEqual({
      ok: false,
      error: "Set by your organization's policy and locked: syncUrl",
    });
    expect((await getSettings(db)).routeTelLinks).toBe(true);
    expect(await updateSettings(db, { routeTelLinks: false })).toMatchObject({ ok: true });
  });
});

describe('policy over local settings', () => {
  const local: Settings = {
    ...DEFAULT_SETTINGS,
    source: 'url',
    syncUrl: 'https://local.example/c.json',
    syncToken: 'local',
    agentId: 'a2',
  };

  it.each<[string, Partial<ManagedPolicy>, Partial<ReturnType<typeof applyPolicy>>, string[]]>([
    ['no policy', {}, { source: 'url', syncUrl: 'https://local.example/c.json' }, []],
    [
      'a config URL',
      { configUrl: 'https://policy.example/c.json', configToken: 'p' },
      { source: 'policy', syncUrl: 'https://policy.example/c.json', syncToken: 'p' },
      ['source', 'syncUrl', 'syncToken'],
    ],
    [
      'a config URL without token (the local token is not sent there)',
      { configUrl: 'https://policy.example/c.json' },
      { source: 'policy', syncToken: undefined },
      ['source', 'syncUrl', 'syncToken'],
    ],
    [
      'an agent email',
      { agentEmail: 'bo@acme.example' },
      { policyAgentEmail: 'bo@acme.example' },
      ['agentId'],
    ],
    [
      'an interval',
      { syncIntervalMinutes: 5 },
      { syncIntervalMinutes: 5 },
      ['syncIntervalMinutes'],
    ],
    ['settings locked', { settingsLocked: true }, { source: 'url' }, [...POLICY_LOCKABLE]],
  ])('%s', (_name, p, expected, locked) => {
    const effective = applyPolicy(local, Object.keys(p).length ? policy(p) : null);
    expect(effective).toMatchObject(expected);
    expect([...effective.locked].sort()).toEqual([...locked].sort());
  });

  it('is what getEffectiveSettings returns from the stored rows', async () => {
    const db = freshDb();
    await updateSettings(db, { source: 'url', syncUrl: 'https://local.example/c.json' });
    await savePolicy(db, policy({ configUrl: 'https://policy.example/c.json' }));
    expect((await getEffectiveSettings(db)).syncUrl).toBe('https://policy.example/c.json');
    await savePolicy(db, null);
    expect((await getEffectiveSettings(db)).syncUrl).toBe('https://local.example/c.json');
  });
});
