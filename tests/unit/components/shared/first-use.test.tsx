// @vitest-environment happy-dom
/**
 * First use: the background is still loading the bundled demo. Nothing may say "no config" beside a
 * green "Demo account" meanwhile; both say, neutrally, that the account is being set up. Once a
 * config is in use, or the first one failed to arrive, they say so.
 */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { IdentityGate } from '../../../../components/shared/IdentityGate';
import { SyncStatus } from '../../../../components/shared/SyncStatus';
import { DEFAULT_SETTINGS } from '../../../../lib/db/settings';
import type { RingsideStatus } from '../../../../lib/db/status';
import type { SyncState } from '../../../../lib/db/types';

afterEach(cleanup);

const NO_CONFIG = 'No account config is active yet, so calls cannot be placed.';

function status(sync: SyncState, source: 'demo' | 'url' = 'demo'): RingsideStatus {
  return {
    active: null,
    settings: { ...DEFAULT_SETTINGS, source, locked: [] },
    policy: null,
    sync,
    identity: { state: 'no-config', message: NO_CONFIG },
    choice: null,
  };
}

function show(s: RingsideStatus) {
  render(
    <>
      <IdentityGate status={s} switching={false} onSwitched={() => undefined}>
        {() => <p>signed in</p>}
      </IdentityGate>
      <SyncStatus
        source={s.settings.source}
        sync={s.sync}
        activeSince={undefined}
        active={s.active}
        now={Date.now()}
        onRetry={() => undefined}
      />
    </>,
  );
  return document.querySelector('.status-dot')!.className;
}

describe('first use', () => {
  it('while the demo loads: a neutral "setting up", no "no config", no green dot', () => {
    const dot = show(status({ id: 'sync', failures: 0 }));
    expect(screen.getAllByText('Setting up the demo account…')).toHaveLength(2);
    expect(screen.queryByText(NO_CONFIG)).toBeNull();
    expect(screen.queryByText(/^Demo account/)).toBeNull();
    expect(dot).toBe('status-dot waiting');
  });

  it('while the first sync of a URL runs: waiting, not "no config"', () => {
    show(status({ id: 'sync', failures: 0 }, 'url'));
    expect(screen.getByText('Loading the account…')).toBeTruthy();
    expect(screen.getByText('Waiting for the first sync…')).toBeTruthy();
    expect(screen.queryByText(NO_CONFIG)).toBeNull();
  });

  it('once the first config failed to arrive: says there is none, and why', () => {
    const failed = status(
      {
        id: 'sync',
        failures: 1,
        lastError: {
          at: Date.now(),
          kind: 'http',
          message: 'The server answered 500.',
          details: [],
          source: 'url',
          origin: 'https://cfg.example.com/a.json',
        },
      },
      'url',
    );
    const dot = show(failed);
    expect(screen.getByText(NO_CONFIG)).toBeTruthy();
    expect(screen.getByText('Sync failed')).toBeTruthy();
    expect(dot).toBe('status-dot bad');
  });
});

describe('SyncStatus names where the config in use came from', () => {
  it.each([
    [{ source: 'local', origin: 'acme.json' } as const, 'Imported from acme.json'],
    [{ source: 'local', origin: 'options page' } as const, 'Edited on this computer'],
  ])('%j', (active, text) => {
    const now = Date.now();
    render(
      <SyncStatus
        source="local"
        sync={{ id: 'sync', failures: 0 }}
        activeSince={now - 60_000}
        active={active}
        now={now}
        onRetry={() => undefined}
      />,
    );
    expect(screen.getByRole('status').textContent).toMatch(new RegExp(`^${text} · since`));
    expect(document.querySelector('.status-dot')!.className).toBe('status-dot good');
  });
});
