// @vitest-environment happy-dom
/**
 * The config source section says each thing once and never something stale: "Saved." goes when a
 * later sync fails, and a failed "Sync now" is shown by the sync status alone, not again as a note.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ConfigSourceSection,
  type ConfigSourceSectionProps,
} from '../../../../components/options/ConfigSourceSection';
import { DEFAULT_SETTINGS } from '../../../../lib/db/settings';
import type { SyncError, SyncState } from '../../../../lib/db/types';

afterEach(cleanup);

const URL = 'https://cfg.example.com/ringside/account.json';
const FAILURE = 'https://cfg.example.com/ringside/account.json answered 500 Internal Server Error.';

function failure(at: number): SyncError {
  return { at, kind: 'http', message: FAILURE, details: [], source: 'url', origin: URL };
}

function props(patch: Partial<ConfigSourceSectionProps> = {}): ConfigSourceSectionProps {
  return {
    settings: { ...DEFAULT_SETTINGS, source: 'url', syncUrl: URL, locked: [] },
    sync: { id: 'sync', failures: 0 },
    active: null,
    now: Date.now(),
    onSave: vi.fn(async () => ({ ok: true as const })),
    onSyncNow: vi.fn(async () => ({ ok: true as const, changed: false })),
    snapshots: [],
    onRestore: vi.fn(),
    requestAccess: vi.fn(async () => null),
    ...patch,
  };
}

/** How many times `text` appears in the page's visible text. */
const times = (text: string) => document.body.textContent!.split(text).length - 1;

describe('ConfigSourceSection messages', () => {
  it('drops "Saved." when the sync the save started fails, and shows the failure once', async () => {
    const first = props();
    const view = render(<ConfigSourceSection {...first} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save source' }));
    await screen.findByText('Saved.');

    const sync: SyncState = { id: 'sync', failures: 1, lastError: failure(Date.now() + 1) };
    view.rerender(<ConfigSourceSection {...first} sync={sync} />);
    await waitFor(() => expect(screen.queryByText('Saved.')).toBeNull());
    expect(screen.getByText('Sync failed')).toBeTruthy();
    expect(times(FAILURE)).toBe(1);
  });

  it('keeps "Saved." beside a failure that happened before the save', async () => {
    const earlier: SyncState = { id: 'sync', failures: 1, lastError: failure(Date.now() - 60_000) };
    render(<ConfigSourceSection {...props({ sync: earlier })} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save source' }));
    expect(await screen.findByText('Saved.')).toBeTruthy();
  });

  it('shows a failed "Sync now" once, in the sync status with its details', async () => {
    const failed = failure(Date.now());
    const onSyncNow = vi.fn(async () => ({
      ok: false as const,
      error: FAILURE,
      kind: 'http' as const,
    }));
    const view = render(<ConfigSourceSection {...props({ onSyncNow })} />);
    fireEvent.click(screen.getByRole('button', { name: 'Sync now' }));
    await waitFor(() => expect(onSyncNow).toHaveBeenCalled());
    // The background records the failure; the live status brings it to the page.
    view.rerender(
      <ConfigSourceSection
        {...props({ onSyncNow, sync: { id: 'sync', failures: 1, lastError: failed } })}
      />,
    );
    await screen.findByText('Sync failed');
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Retry sync' }).hasAttribute('disabled')).toBe(
        false,
      ),
    );
    expect(times(FAILURE)).toBe(1);
  });

  it('says what a successful "Sync now" did', async () => {
    render(<ConfigSourceSection {...props()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Sync now' }));
    expect(await screen.findByText('Synced: no change.')).toBeTruthy();
  });
});

describe('a refused import is listed once on the options page', () => {
  const refused = (source: 'local' | 'url'): SyncState => ({
    id: 'sync',
    failures: 0,
    lastError: {
      at: Date.now(),
      kind: 'schema',
      message: 'The config from acme.json is not a valid account config (2 problems).',
      details: [
        'numbers[0].number: "+1 555" is not a valid phone number',
        'agents[0].name: missing',
      ],
      source,
      origin: 'acme.json',
    },
  });

  it.each([
    // The import section lists a refused file's problems; the source section says it was refused.
    ['local', 0],
    // A sync URL's problems are listed here: this is the only place that shows them.
    ['url', 2],
  ] as const)('%s document: %i problems listed in the source section', (source, listed) => {
    render(<ConfigSourceSection {...props({ sync: refused(source) })} />);
    expect(times('The config from acme.json is not a valid account config (2 problems).')).toBe(1);
    expect(times('is not a valid phone number')).toBe(listed ? 1 : 0);
    expect(document.querySelectorAll('.sync-error li')).toHaveLength(listed);
  });
});
