import { describe, expect, it } from 'vitest';
import type { SyncError, SyncState } from '../../../../lib/db/types';
import {
  awaitingConfig,
  EDITED_ORIGIN,
  sourceText,
  syncFailing,
} from '../../../../lib/ui/source-status';

const error = (at: number): SyncError => ({
  at,
  kind: 'http',
  message: 'It failed.',
  details: [],
  source: 'url',
  origin: 'https://cfg.example.com/a.json',
});
const sync = (patch: Partial<SyncState> = {}): SyncState => ({ id: 'sync', failures: 0, ...patch });

describe('syncFailing', () => {
  it.each([
    ['no sync yet', sync(), false],
    ['a failure, never a success', sync({ lastError: error(10) }), true],
    ['a failure after the last success', sync({ lastError: error(10), lastSuccessAt: 5 }), true],
    ['a failure a later success fixed', sync({ lastError: error(10), lastSuccessAt: 20 }), false],
    ['no state at all', undefined, false],
  ])('%s', (_name, state, failing) => {
    expect(syncFailing(state)).toBe(failing);
  });
});

describe('awaitingConfig: first use shows a neutral state, not "no config"', () => {
  it.each([
    ['first use, nothing failed', null, sync(), true],
    ['first sync under way', null, sync({ inFlightSince: 1 }), true],
    ['the first sync failed', null, sync({ lastError: error(10) }), false],
    ['a config is in use', { id: 1 }, sync(), false],
    ['a config is in use and a sync failed', { id: 1 }, sync({ lastError: error(10) }), false],
  ])('%s', (_name, active, state, awaiting) => {
    expect(awaitingConfig(active, state)).toBe(awaiting);
  });
});

describe('sourceText', () => {
  it.each([
    ['demo', null, 'Setting up the demo account…'],
    ['demo', { source: 'demo', origin: 'bundled' }, 'Demo account'],
    [
      'url',
      { source: 'url', origin: 'https://x.example/a.json' },
      'Synced from your account server',
    ],
    ['policy', null, 'Managed by your organization'],
    ['local', { source: 'local', origin: EDITED_ORIGIN }, 'Edited on this computer'],
    // An imported file is named, not called "edited".
    ['local', { source: 'local', origin: 'acme-2026.json' }, 'Imported from acme-2026.json'],
    ['local', null, 'Edited on this computer'],
    [undefined, null, 'No account yet'],
  ] as const)('%s with %j', (source, active, text) => {
    expect(sourceText(source, active)).toBe(text);
  });
});
