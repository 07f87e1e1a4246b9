import { describe, expect, it } from 'vitest';
import { applyConfigDocument } from '../../../../lib/db/apply-config';
import { getActiveSnapshot } from '../../../../lib/db/configs';
import { getSyncState } from '../../../../lib/db/sync-state';
import { accountDocument, freshDb } from '../../helpers/background-fixtures';

const meta = { source: 'local' as const, origin: 'acme.json', at: 10 };

describe('applyConfigDocument', () => {
  it('activates a valid document given as text or as a value', async () => {
    const db = freshDb();
    const text = JSON.stringify(accountDocument());
    expect(await applyConfigDocument(db, text, meta)).toMatchObject({
      ok: true,
      changed: true,
      warnings: [],
    });
    const active = await getActiveSnapshot(db);
    expect(active).toMatchObject({
      accountId: 'acme',
      source: 'local',
      origin: 'acme.json',
      active: 1,
    });
    expect(active?.config.numbers[0]).toMatchObject({
      tollFree: false,
      dedicatedLine: false,
      external: false,
    });
    const again = await applyConfigDocument(db, accountDocument({ accountId: 'other' }), {
      ...meta,
      at: 11,
    });
    expect(again).toMatchObject({ ok: true, changed: true });
    expect((await getActiveSnapshot(db))?.accountId).toBe('other');
  });

  const broken: [string, unknown, 'json' | 'schema', RegExp[]][] = [
    ['empty text', '  ', 'json', [/^The document is empty$/]],
    ['truncated JSON', '{"schemaVersion": 1,', 'json', [/^JSON syntax error: /]],
    ['HTML', '<html>Sign in</html>', 'json', [/^JSON syntax error: /]],
    [
      'an unknown schemaVersion',
      { ...accountDocument(), schemaVersion: 2 },
      'schema',
      [/^schemaVersion/],
    ],
    [
      'several problems at once',
      {
        ...accountDocument(),
        numbers: [
          { id: 'n1', number: 'not a number', label: 'x', ringGroups: ['sales'] },
          { id: 'n1', number: '+14155550100', label: 'y', ringGroups: ['nowhere'] },
        ],
      },
      'schema',
      [
        /^numbers\[0\]\.number/,
        /^numbers\[1\]\.id.*duplicate/,
        /^numbers\[1\]\.ringGroups\[0\].*unknown ring group/,
      ],
    ],
  ];

  it.each(broken)(
    'rejects %s, keeps the active config and records every message',
    async (_n, doc, kind, details) => {
      const db = freshDb();
      await applyConfigDocument(db, accountDocument(), {
        ...meta,
        source: 'url',
        origin: 'https://cfg.example/a',
      });
      const before = await getActiveSnapshot(db);
      const result = await applyConfigDocument(db, doc, { ...meta, at: 20 });
      expect(result.ok).toBe(false);
      expect(await getActiveSnapshot(db)).toEqual(before);
      expect(await db.configs.count()).toBe(1);
      const { lastError } = await getSyncState(db);
      expect(lastError).toMatchObject({ at: 20, kind, source: 'local', origin: 'acme.json' });
      expect(lastError?.message).toContain(
        'Ringside keeps using the config of "Acme Inc." it already has.',
      );
      for (const pattern of details)
        expect(lastError?.details.some((d) => pattern.test(d))).toBe(true);
    },
  );

  it('says so when there is no config to keep', async () => {
    const db = freshDb();
    const result = await applyConfigDocument(db, '[]', meta);
    expect(result.ok ? '' : result.error.message).toMatch(/No config is active yet\.$/);
  });
});
