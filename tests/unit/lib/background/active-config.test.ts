/**
 * The active config kept in memory (lib/background/active-config.ts): read once while the worker
 * lives, dropped by every write path to the configs table, read once again after a restart.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createActiveConfig } from '../../../../lib/background/active-config';
import {
  createBackgroundService,
  type BackgroundService,
} from '../../../../lib/background/service';
import { configIndex } from '../../../../lib/caller-id/config-index';
import { applyConfigDocument } from '../../../../lib/db/apply-config';
import { getActiveSnapshot, listSnapshots } from '../../../../lib/db/configs';
import { RingsideDb } from '../../../../lib/db/schema';
import { accountDocument, freshDb, quietPlatform } from '../../helpers/background-fixtures';

const page = { sender: 'page' as const };
const content = { sender: 'content' as const };
const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

function named(name: string, accountId = 'acme') {
  const doc = accountDocument({ accountId });
  return { ...doc, account: { ...doc.account, name } };
}

async function boot(
  db: RingsideDb,
  serve: { text: string } = { text: JSON.stringify(named('From the URL')) },
): Promise<BackgroundService> {
  const platform = quietPlatform({
    fetch: async () => new Response(serve.text),
  });
  const service = createBackgroundService(db, platform, named('Demo', 'demo'));
  stops.push(() => service.active.stop());
  await service.ready;
  await service.syncIdle();
  return service;
}

/** The account name the background answers with now (through a real preview). */
async function accountName(service: BackgroundService): Promise<string | undefined> {
  return (await service.active.snapshot())?.config.account.name;
}

async function importDoc(service: BackgroundService, doc: unknown) {
  return service.handle('importConfig', { text: JSON.stringify(doc) }, page);
}

describe('the active config in memory', () => {
  it('is read once for any number of previews and page contexts, with one selection index', async () => {
    const db = freshDb();
    const service = await boot(db);
    expect(await importDoc(service, named('Imported'))).toMatchObject({ ok: true });
    await service.handle('selectAgent', { agentId: 'a1' }, page);
    const reads = service.active.reads;
    const first = await service.active.snapshot();
    for (let i = 0; i < 25; i++) {
      expect(
        await service.handle('previewCallerId', { to: `+1415555${1000 + i}` }, content),
      ).toMatchObject({ ok: true });
      expect(await service.handle('getPageContext', undefined, content)).toMatchObject({
        ok: true,
        defaultCountry: 'US',
      });
    }
    expect(service.active.reads).toBe(reads);
    const again = await service.active.snapshot();
    expect(again?.config).toBe(first?.config);
    expect(configIndex(again!.config)).toBe(configIndex(first!.config));
  });

  it('an import replaces it at once', async () => {
    const service = await boot(freshDb());
    expect(await accountName(service)).toBe('Demo');
    await importDoc(service, named('Imported'));
    expect(await accountName(service)).toBe('Imported');
  });

  it('a sync replaces it, and a sync that changes nothing keeps the same config object', async () => {
    const db = freshDb();
    const serve = { text: JSON.stringify(named('Synced one')) };
    const service = await boot(db, serve);
    await service.handle(
      'updateSettings',
      { source: 'url', syncUrl: 'https://cfg.example/a.json' },
      page,
    );
    await service.syncIdle();
    expect(await accountName(service)).toBe('Synced one');
    const before = (await service.active.snapshot())!.config;
    expect(await service.handle('syncNow', undefined, page)).toEqual({ ok: true, changed: false });
    expect((await service.active.snapshot())!.config).toBe(before);
    serve.text = JSON.stringify(named('Synced two'));
    expect(await service.handle('syncNow', undefined, page)).toEqual({ ok: true, changed: true });
    expect(await accountName(service)).toBe('Synced two');
  });

  it('a restore and switching the source replace it', async () => {
    const db = freshDb();
    const service = await boot(db);
    await importDoc(service, named('Local one'));
    await importDoc(service, named('Local two'));
    const kept = (await listSnapshots(db)).find((s) => s.accountName === 'Local one')!;
    expect(await service.handle('restoreSnapshot', { snapshotId: kept.id! }, page)).toMatchObject({
      ok: true,
    });
    expect(await accountName(service)).toBe('Local one');
    expect(await service.handle('updateSettings', { source: 'demo' }, page)).toEqual({ ok: true });
    expect(await accountName(service)).toBe('Demo');
    expect(await service.handle('updateSettings', { source: 'local' }, page)).toEqual({
      ok: true,
    });
    expect(await accountName(service)).toBe('Local one');
  });

  it('a write by another extension page (its own Dexie connection) replaces it', async () => {
    const db = freshDb();
    const service = await boot(db);
    expect(await accountName(service)).toBe('Demo');
    const other = new RingsideDb(db.name);
    await applyConfigDocument(other, named('Written elsewhere'), {
      source: 'local',
      origin: 'another page',
      at: Date.now(),
    });
    other.close();
    expect(await accountName(service)).toBe('Written elsewhere');
    expect(await service.handle('getPageContext', undefined, content)).toMatchObject({ ok: true });
  });

  it('is read once again after a restart, then kept', async () => {
    const db = freshDb();
    const first = await boot(db);
    await importDoc(first, named('Before the restart'));
    const restarted = await boot(db);
    const reads = restarted.active.reads;
    expect(reads).toBe(1);
    expect(await accountName(restarted)).toBe('Before the restart');
    await restarted.handle('getPageContext', undefined, content);
    expect(restarted.active.reads).toBe(reads);
  });
});

describe('createActiveConfig', () => {
  it('drops what it keeps when the watched table changes, and re-reads on the next ask', async () => {
    const db = freshDb();
    await applyConfigDocument(db, named('One'), { source: 'local', origin: 'x', at: 1 });
    let notify = () => {};
    const active = createActiveConfig(db, (_db, onChange) => {
      notify = onChange;
      return () => {};
    });
    expect((await active.snapshot())?.config.account.name).toBe('One');
    await applyConfigDocument(db, named('Two'), { source: 'local', origin: 'x', at: 2 });
    // Without the change signal it keeps what it read…
    expect((await active.snapshot())?.config.account.name).toBe('One');
    notify();
    // …and with it, reads the database again.
    expect((await active.snapshot())?.config.account.name).toBe('Two');
    expect(active.reads).toBe(2);
    expect(await getActiveSnapshot(db)).toMatchObject({ config: { account: { name: 'Two' } } });
  });

  it('a failed read is not kept', async () => {
    const db = freshDb();
    const active = createActiveConfig(db, () => () => {});
    db.close();
    await expect(active.snapshot()).rejects.toThrow();
    await db.open();
    expect(await active.snapshot()).toBeNull();
  });
});
