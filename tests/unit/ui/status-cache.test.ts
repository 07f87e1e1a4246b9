import { describe, expect, it } from 'vitest';
import type { RingsideStatus } from '../../../lib/db/status';
import {
  readCachedStatus,
  writeCachedStatus,
  type StatusStorage,
} from '../../../lib/ui/status-cache';
import { SF } from './fixtures';

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

describe('the last status, kept for the next page to paint at once', () => {
  it('reads back what was written', () => {
    const storage = memory();
    writeCachedStatus(storage, STATUS);
    expect(readCachedStatus(storage)).toEqual(STATUS);
  });

  it.each([
    ['nothing stored', undefined],
    ['not JSON', '{"v":1,'],
    ['another version', JSON.stringify({ v: 2, status: STATUS })],
    ['not a status', JSON.stringify({ v: 1, status: { settings: {} } })],
    [
      'a config without numbers',
      JSON.stringify({ v: 1, status: { ...STATUS, active: { config: {} } } }),
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
    expect(() => writeCachedStatus(throwing, STATUS)).not.toThrow();
    expect(readCachedStatus(throwing)).toBeUndefined();
  });
});
