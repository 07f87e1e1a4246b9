// @vitest-environment happy-dom
/**
 * The config source section against the real settings rules (lib/db/settings.ts): a policy that
 * fixes only the sync interval still lets the admin save a sync URL (issue 13's defect: the
 * interval was sent with the URL and the whole save refused).
 */
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigSourceSection } from '../../../../components/options/ConfigSourceSection';
import {
  getEffectiveSettings,
  getSettings,
  savePolicy,
  updateSettings,
} from '../../../../lib/db/settings';
import type { SettingsPatch } from '../../../../lib/db/schemas';
import type { Language } from '../../../../lib/i18n/languages';
import { setLanguagePreference } from '../../../../utils/i18n';
import { freshDb } from '../../helpers/background-fixtures';

afterEach(cleanup);

async function renderWithPolicy(policy: { syncIntervalMinutes?: number }) {
  const db = freshDb();
  await savePolicy(db, { id: 'policy', settingsLocked: false, readAt: 1, problems: [], ...policy });
  const settings = await getEffectiveSettings(db);
  const saved: SettingsPatch[] = [];
  const onSave = vi.fn(async (patch: SettingsPatch) => {
    saved.push(patch);
    const result = await updateSettings(db, patch);
    return result.ok ? { ok: true as const } : result;
  });
  render(
    <ConfigSourceSection
      settings={settings}
      sync={{ id: 'sync', failures: 0 }}
      active={null}
      now={Date.now()}
      onSave={onSave}
      onSyncNow={async () => ({ ok: true, changed: false })}
      snapshots={[]}
      onRestore={async () => ({ ok: false, error: 'no', errors: [] })}
      requestAccess={async () => null}
    />,
  );
  return { db, saved };
}

async function saveUrl(url: string) {
  fireEvent.click(screen.getByRole('radio', { name: /Sync from a URL/ }));
  fireEvent.input(await screen.findByLabelText('Config URL'), { target: { value: url } });
  fireEvent.click(screen.getByRole('button', { name: 'Save source' }));
}

describe('saving a sync URL', () => {
  it('works when the policy fixes only the sync interval, which it leaves to the policy', async () => {
    const { db, saved } = await renderWithPolicy({ syncIntervalMinutes: 60 });
    await saveUrl('https://cfg.example/acme.json');
    await screen.findByText('Saved.');
    expect(saved).toEqual([{ source: 'url', syncUrl: 'https://cfg.example/acme.json' }]);
    expect(await getSettings(db)).toMatchObject({
      source: 'url',
      syncUrl: 'https://cfg.example/acme.json',
    });
    expect((await getEffectiveSettings(db)).syncIntervalMinutes).toBe(60);
  });

  it('sends the interval the admin typed when no policy fixes it', async () => {
    const { saved } = await renderWithPolicy({});
    fireEvent.click(screen.getByRole('radio', { name: /Sync from a URL/ }));
    fireEvent.input(await screen.findByLabelText('Check every (minutes)'), {
      target: { value: '30' },
    });
    await saveUrl('https://cfg.example/acme.json');
    await waitFor(() =>
      expect(saved).toEqual([
        { source: 'url', syncUrl: 'https://cfg.example/acme.json', syncIntervalMinutes: 30 },
      ]),
    );
  });

  it.each(['0', '1441', '2.5', ''])('refuses the interval "%s" with the rule', async (typed) => {
    const { saved } = await renderWithPolicy({});
    fireEvent.click(screen.getByRole('radio', { name: /Sync from a URL/ }));
    fireEvent.input(await screen.findByLabelText('Check every (minutes)'), {
      target: { value: typed },
    });
    await saveUrl('https://cfg.example/acme.json');
    expect(await screen.findByText('Enter a whole number of minutes from 1 to 1440.')).toBeTruthy();
    expect(saved).toEqual([]);
  });
});

describe('the config in use', () => {
  afterEach(() => setLanguagePreference('auto'));

  it.each<[Language, string]>([
    ['en', 'just now'],
    ['pt-BR', 'agora mesmo'],
    ['es', 'justo ahora'],
  ])('says in %s when it arrived: %s', async (language, recent) => {
    setLanguagePreference(language);
    const db = freshDb();
    const now = Date.now();
    const { container } = render(
      <ConfigSourceSection
        settings={await getEffectiveSettings(db)}
        sync={{ id: 'sync', failures: 0 }}
        active={
          {
            source: 'demo',
            origin: 'bundled',
            fetchedAt: now - 10_000,
            config: { account: { name: 'Acme' } },
          } as never
        }
        now={now}
        onSave={async () => ({ ok: true })}
        onSyncNow={async () => ({ ok: true, changed: false })}
        snapshots={[]}
        onRestore={async () => ({ ok: false, error: 'no', errors: [] })}
        requestAccess={async () => null}
      />,
    );
    const inUse = container.querySelector('.in-use')?.textContent ?? '';
    expect(inUse).toContain(recent);
    if (language !== 'en') expect(container.textContent).not.toContain('just now');
  });
});
