import { describe, expect, it } from 'vitest';
import type { RingsideStatus } from '../../../../lib/db/status';
import {
  readCachedStatus,
  writeCachedStatus,
  type CachedStatus,
  type StatusStorage,
} from '../../../../lib/ui/status-cache';
import { LA, SF } from '../../components/fixtures';

function memory(): StatusStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

const STATUS = {
  active: {
    id: 1,
    accountId: 'acme',
    source: 'demo',
    origin: 'bundled',
    fetchedAt: 1,
    hash: 'h',
    active: 1,
    warnings: [],
    accountName: 'Acme',
    numberCount: 1,
    agentCount: 1,
    config: {
      schemaVersion: 1,
      account: { id: 'acme', name: 'Acme', defaultCountry: 'US' },
      outboundCallerId: { mode: 'customized', allowDefault: true },
      ringGroups: [{ id: 'sales', name: 'Sales' }],
      numbers: [SF],
      agents: [{ id: 'a1', name: 'Ana', email: 'ana@acme.example', ringGroups: ['sales'] }],
    },
  },
  settings: {
    id: 'settings',
    source: 'demo',
    syncIntervalMinutes: 15,
    syncTimeoutMs: 15000,
    provider: { kind: 'tel' },
    routeTelLinks: true,
    locked: [],
  },
  policy: null,
  sync: { id: 'sync', failures: 0 },
  identity: {
    state: 'ok',
    agent: { id: 'a1', name: 'Ana', email: 'ana@acme.example', ringGroups: ['sales'] },
    locked: false,
  },
  choice: { kind: 'number', numberId: 'sf' },
} satisfies RingsideStatus;

const DISPLAYS = { [SF.number]: { display: '+1 415-555-0100', country: 'US' } } as const;
const CACHED: CachedStatus = { status: STATUS, displays: DISPLAYS };
const NO_CONFIG: RingsideStatus = {
  ...STATUS,
  active: null,
  identity: { state: 'no-config', message: 'none' },
};

describe('the last status, kept for the next page to paint at once', () => {
  it.each<[string, CachedStatus]>([
    ['a status with the displays of its numbers', CACHED],
    ['a status with no config, which needs no display', { status: NO_CONFIG, displays: {} }],
    [
      'a number that did not parse (no country)',
      { status: STATUS, displays: { [SF.number]: { display: SF.number, country: undefined } } },
    ],
  ])('reads back %s', (_name, cached) => {
    const storage = memory();
    writeCachedStatus(storage, cached);
    expect(readCachedStatus(storage)).toEqual(cached);
  });

  const withNumbers = (numbers: unknown[]) => ({
    ...STATUS,
    active: { ...STATUS.active, config: { ...STATUS.active.config, numbers } },
  });

  it.each([
    ['nothing stored', undefined],
    ['not JSON', '{"v":2,'],
    ['the previous version, without displays', JSON.stringify({ v: 1, status: STATUS })],
    ['another version', JSON.stringify({ v: 2, ...CACHED })],
    ['not a status', JSON.stringify({ v: 3, status: { settings: {} }, displays: {} })],
    [
      'a config without numbers',
      JSON.stringify({ v: 3, status: { ...STATUS, active: { config: {} } }, displays: {} }),
    ],
    ['no displays', JSON.stringify({ v: 3, status: STATUS })],
    [
      'no display for one of its numbers',
      JSON.stringify({ v: 3, status: withNumbers([SF, LA]), displays: DISPLAYS }),
    ],
    [
      'a display that is not a string',
      JSON.stringify({ v: 3, status: STATUS, displays: { [SF.number]: { display: 14155550100 } } }),
    ],
    [
      'a country that is not a string',
      JSON.stringify({
        v: 3,
        status: STATUS,
        displays: { [SF.number]: { display: '+1 415-555-0100', country: 1 } },
      }),
    ],
    ['null', 'null'],
  ])('ignores %s', (_name, text) => {
    const storage = memory();
    if (text !== undefined) storage.data.set('ringside.lastStatus', text);
    expect(readCachedStatus(storage)).toBeUndefined();
  });

  it('works without storage, and survives a storage that throws', () => {
    expect(readCachedStatus(undefined)).toBeUndefined();
    const throwing: StatusStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
    };
    expect(() => writeCachedStatus(throwing, CACHED)).not.toThrow();
    expect(readCachedStatus(throwing)).toBeUndefined();
  });
});

describe('secrets never reach the page cache (issue 12, point 6)', () => {
  const SECRET_STATUS: RingsideStatus = {
    ...STATUS,
    settings: {
      ...STATUS.settings,
      source: 'policy',
      syncUrl: 'https://cfg.example/acme.json',
      syncToken: 'sync-secret-1',
      provider: { kind: 'webhook', url: 'https://hook.example/calls', token: 'hook-secret-2' },
    },
    policy: {
      id: 'policy',
      configUrl: 'https://cfg.example/acme.json',
      configToken: 'policy-secret-3',
      settingsLocked: true,
      readAt: 1,
      problems: [],
    },
  };

  it('writes the status without the sync, webhook and policy tokens, and keeps the rest', () => {
    const storage = memory();
    writeCachedStatus(storage, { status: SECRET_STATUS, displays: DISPLAYS });
    const text = [...storage.data.values()].join('\n');
    for (const secret of ['sync-secret-1', 'hook-secret-2', 'policy-secret-3'])
      expect(text).not.toContain(secret);
    const read = readCachedStatus(storage)!;
    expect(read.status.settings.provider).toEqual({
      kind: 'webhook',
      url: 'https://hook.example/calls',
    });
    expect(read.status.settings.syncUrl).toBe('https://cfg.example/acme.json');
    expect(read.status.policy).toMatchObject({ settingsLocked: true });
    // The status in memory is not touched: the page keeps using its live copy.
    expect(SECRET_STATUS.settings.syncToken).toBe('sync-secret-1');
  });

  it('a cache of the version that kept tokens is ignored', () => {
    const storage = memory();
    storage.setItem(
      'ringside.lastStatus',
      JSON.stringify({ v: 2, status: SECRET_STATUS, displays: DISPLAYS }),
    );
    expect(readCachedStatus(storage)).toBeUndefined();
  });
});
