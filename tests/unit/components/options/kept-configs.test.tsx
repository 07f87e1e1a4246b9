// @vitest-environment happy-dom
/**
 * The kept configs list says when each was received in the page's language: "agora mesmo" and
 * "há 5 min" in Portuguese, never the English "just now" (it was once written with the English
 * default of timeAgo, and the end-to-end language check caught it within 45 s of a sync).
 */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { KeptConfigs } from '../../../../components/options/KeptConfigs';
import type { ConfigSnapshotInfo } from '../../../../lib/db/types';
import type { Language } from '../../../../lib/i18n/languages';
import { setLanguagePreference } from '../../../../utils/i18n';

afterEach(() => {
  cleanup();
  setLanguagePreference('auto');
});

const NOW = 1_800_000_000_000;
const kept = (id: number, fetchedAt: number): ConfigSnapshotInfo => ({
  id,
  accountId: 'acme',
  source: 'url',
  origin: 'https://config.acme.example/ringside.json',
  fetchedAt,
  hash: String(id),
  active: 0,
  warnings: [],
  accountName: 'Acme',
  numberCount: 3,
  agentCount: 2,
});

describe('KeptConfigs', () => {
  it.each<[Language, string, string]>([
    ['en', 'just now', '5 min ago'],
    ['pt-BR', 'agora mesmo', 'há 5 min'],
    ['es', 'justo ahora', 'hace 5 min'],
  ])('in %s says when each config was received: %s, %s', (language, recent, older) => {
    setLanguagePreference(language);
    render(
      <KeptConfigs
        snapshots={[kept(1, NOW - 10_000), kept(2, NOW - 5 * 60_000)]}
        now={NOW}
        onRestore={async () => ({ ok: true, warnings: [] }) as never}
      />,
    );
    const cells = screen.getAllByRole('cell').map((c) => c.textContent);
    expect(cells).toContain(recent);
    expect(cells).toContain(older);
    if (language !== 'en') expect(document.body.textContent).not.toMatch(/just now|min ago/);
  });
});
