/**
 * The settings and choices kept in memory for quick messages (lib/background/kept-reads.ts): read
 * once, dropped by every write to their tables (here or through another connection, as another
 * extension page would), never kept from a read that a write overtook, and always equal to what
 * the database holds.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { createKeptReads } from '../../../../lib/background/kept-reads';
import { watchTables } from '../../../../lib/background/watch-tables';
import type { CallerIdChoice } from '../../../../lib/caller-id/types';
import { getChoice, saveChoice } from '../../../../lib/db/choices';
import { RingsideDb } from '../../../../lib/db/schema';
import {
  getEffectiveSettings,
  savePolicy,
  updateSettings,
  saveAgent,
} from '../../../../lib/db/settings';
import { createBackgroundService } from '../../../../lib/background/service';
import { accountDocument, freshDb, quietPlatform } from '../../helpers/background-fixtures';

const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

function kept(db: RingsideDb) {
  const reads = createKeptReads(db);
  stops.push(reads.stop);
  return reads;
}

const policy = (agentEmail: string) => ({
  id: 'policy' as const,
  agentEmail,
  settingsLocked: false,
  readAt: 1,
  problems: [],
});
const number = (numberId: string): CallerIdChoice => ({ kind: 'number', numberId });

describe('settings and choices kept in memory', () => {
  it('reads each once for any number of readers', async () => {
    const db = freshDb();
    await saveChoice(db, 'acme', 'a1', number('n-sf'));
    const reads = kept(db);
    for (let i = 0; i < 20; i++) {
      expect((await reads.settings()).source).toBe('demo');
      expect(await reads.choice('acme', 'a1')).toEqual(number('n-sf'));
    }
    expect(reads.reads).toEqual({ settings: 1, choices: 1 });
  });

  // Each write, the reads it must drop, and what the next read must see.
  const writes: {
    name: string;
    write: (db: RingsideDb) => Promise<unknown>;
    settings: number;
    choices: number;
    check: (r: ReturnType<typeof createKeptReads>) => Promise<void>;
  }[] = [
    {
      name: 'a settings change',
      write: (db) => updateSettings(db, { routeTelLinks: false }),
      settings: 2,
      choices: 1,
      check: async (r) => expect((await r.settings()).routeTelLinks).toBe(false),
    },
    {
      name: 'signing in as another agent',
      write: (db) => saveAgent(db, { id: 'a2', name: 'Bo Chen' }),
      settings: 2,
      choices: 1,
      check: async (r) => expect((await r.settings()).agentId).toBe('a2'),
    },
    {
      name: 'a new policy',
      write: (db) => savePolicy(db, policy('bo@acme.example')),
      settings: 2,
      choices: 1,
      check: async (r) => expect((await r.settings()).policyAgentEmail).toBe('bo@acme.example'),
    },
    {
      name: 'a new caller-ID choice',
      write: (db) => saveChoice(db, 'acme', 'a1', { kind: 'default' }),
      settings: 1,
      choices: 2,
      check: async (r) => expect(await r.choice('acme', 'a1')).toEqual({ kind: 'default' }),
    },
    {
      name: 'a call logged (another table)',
      write: (db) =>
        db.calls.add({
          at: 1,
          to: '+14155550111',
          from: '+14155550100',
          agentId: 'a1',
          accountId: 'acme',
        } as never),
      settings: 1,
      choices: 1,
      check: async (r) => expect(await r.choice('acme', 'a1')).toEqual(number('n-sf')),
    },
    {
      name: 'a sync-state write (another table)',
      write: (db) => db.sync.put({ id: 'sync', failures: 2 }),
      settings: 1,
      choices: 1,
      check: async (r) => expect((await r.settings()).source).toBe('demo'),
    },
  ];

  for (const via of ['this connection', 'another connection to the same database']) {
    it.each(writes)(`after $name through ${via}, reads again only what changed`, async (w) => {
      const db = freshDb();
      await saveChoice(db, 'acme', 'a1', number('n-sf'));
      const reads = kept(db);
      await reads.settings();
      await reads.choice('acme', 'a1');
      // Another extension page has its own connection; Dexie tells this one over its events.
      const writer = via === 'this connection' ? db : new RingsideDb(db.name);
      await w.write(writer);
      // Another connection's notice may come a task later.
      await new Promise((resolve) => setTimeout(resolve, 0));
      await reads.settings();
      await reads.choice('acme', 'a1');
      expect(reads.reads).toEqual({ settings: w.settings, choices: w.choices });
      await w.check(reads);
      if (writer !== db) writer.close();
    });
  }

  it('keeps one choice per account and agent', async () => {
    const db = freshDb();
    await saveChoice(db, 'acme', 'a1', number('n-sf'));
    await saveChoice(db, 'acme', 'a2', number('n-ny'));
    const reads = kept(db);
    expect(await reads.choice('acme', 'a1')).toEqual(number('n-sf'));
    expect(await reads.choice('acme', 'a2')).toEqual(number('n-ny'));
    expect(await reads.choice('other', 'a1')).toBeNull();
    expect(await reads.choice('acme', 'a1')).toEqual(number('n-sf'));
    expect(reads.reads.choices).toBe(3);
  });

  it('does not keep a read that a write overtook', async () => {
    const db = freshDb();
    const reads = kept(db);
    // The read starts, the write commits before the read is answered.
    const before = reads.settings();
    await updateSettings(db, { routeTelLinks: false });
    await before;
    expect((await reads.settings()).routeTelLinks).toBe(false);
  });

  it('does not keep a failed read', async () => {
    const db = freshDb();
    const reads = kept(db);
    db.close();
    await expect(reads.settings()).rejects.toThrow();
    await db.open();
    expect((await reads.settings()).source).toBe('demo');
    expect(reads.reads.settings).toBe(2);
  });

  it('watchTables names the table written, and stops when asked', async () => {
    const db = freshDb();
    // Creating the database tells every table's watchers once: open it before watching.
    await db.open();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const seen: string[] = [];
    const stop = watchTables(db, ['settings', 'choices'], (table) => seen.push(table));
    await saveChoice(db, 'acme', 'a1', { kind: 'default' });
    await db.sync.put({ id: 'sync', failures: 0 });
    await updateSettings(db, { routeTelLinks: false });
    stop();
    await saveChoice(db, 'acme', 'a1', number('n-sf'));
    expect(seen).toEqual(['choices', 'settings']);
  });

  it('always answers what the database holds, whatever the order of reads and writes', async () => {
    type Step =
      | { kind: 'settings' }
      | { kind: 'choice'; agent: string }
      | { kind: 'writeSettings'; routeTelLinks: boolean }
      | { kind: 'writePolicy'; email: string | null }
      | { kind: 'writeChoice'; agent: string; choice: CallerIdChoice };
    const agent = fc.constantFrom('a1', 'a2');
    const step: fc.Arbitrary<Step> = fc.oneof(
      fc.constant({ kind: 'settings' as const }),
      agent.map((a) => ({ kind: 'choice' as const, agent: a })),
      fc.boolean().map((b) => ({ kind: 'writeSettings' as const, routeTelLinks: b })),
      fc
        .option(fc.constantFrom('ana@acme.example', 'bo@acme.example'))
        .map((e) => ({ kind: 'writePolicy' as const, email: e })),
      fc.tuple(agent, fc.option(fc.constantFrom('n-sf', 'n-ny'))).map(([a, n]) => ({
        kind: 'writeChoice' as const,
        agent: a,
        choice: n ? number(n) : { kind: 'default' as const },
      })),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 12 }), fc.boolean(), async (steps, racing) => {
        const db = freshDb();
        const reads = createKeptReads(db);
        try {
          for (const s of steps) {
            if (s.kind === 'settings')
              expect(await reads.settings()).toEqual(await getEffectiveSettings(db));
            else if (s.kind === 'choice')
              expect(await reads.choice('acme', s.agent)).toEqual(
                await getChoice(db, 'acme', s.agent),
              );
            else {
              // Racing: a read is under way while the write commits.
              const pending = racing
                ? [reads.settings(), reads.choice('acme', 'a1'), reads.choice('acme', 'a2')]
                : [];
              if (s.kind === 'writeSettings')
                await updateSettings(db, { routeTelLinks: s.routeTelLinks });
              else if (s.kind === 'writePolicy')
                await savePolicy(db, s.email ? policy(s.email) : null);
              else await saveChoice(db, 'acme', s.agent, s.choice);
              await Promise.all(pending);
            }
          }
          expect(await reads.settings()).toEqual(await getEffectiveSettings(db));
          for (const a of ['a1', 'a2'])
            expect(await reads.choice('acme', a)).toEqual(await getChoice(db, 'acme', a));
        } finally {
          reads.stop();
          db.close();
        }
      }),
      { numRuns: 60, interruptAfterTimeLimit: 4000 },
    );
  });
});

describe('previews answered from memory', () => {
  const page = { sender: 'page' as const };
  const content = { sender: 'content' as const };

  async function boot(db: RingsideDb) {
    const platform = quietPlatform();
    const service = createBackgroundService(db, platform, accountDocument({ accountId: 'demo' }));
    stops.push(() => service.active.stop(), service.kept.stop);
    await service.ready;
    await service.syncIdle();
    const doc = accountDocument({ mode: 'customized' });
    expect(await service.handle('importConfig', { text: JSON.stringify(doc) }, page)).toMatchObject(
      { ok: true },
    );
    expect(await service.handle('selectAgent', { agentId: 'a1' }, page)).toEqual({ ok: true });
    return service;
  }

  it('read the settings and the choice once, and see every change at once', async () => {
    const db = freshDb();
    const service = await boot(db);
    const preview = () => service.handle('previewCallerId', { to: '+12125550123' }, content);
    expect(await preview()).toMatchObject({ ok: true, choice: { selected: 'default' } });
    const reads = { ...service.kept.reads };
    for (let i = 0; i < 10; i++) {
      expect(await preview()).toMatchObject({ ok: true, choice: { selected: 'default' } });
      expect(await service.handle('getPageContext', undefined, content)).toMatchObject({
        routeTelLinks: true,
      });
      expect(await service.handle('getCardChoices', undefined, content)).toMatchObject({
        ok: true,
      });
    }
    expect(service.kept.reads).toEqual(reads);
    // The agent picks a number in the popup: the very next preview shows it.
    expect(
      await service.handle('setChoice', { choice: { kind: 'number', numberId: 'n-ny' } }, page),
    ).toEqual({ ok: true });
    expect(await preview()).toMatchObject({
      ok: true,
      selection: { number: { id: 'n-ny' } },
      choice: { selected: 'n-ny' },
    });
    // The admin turns tel: links off: the next page load is told.
    expect(await service.handle('updateSettings', { routeTelLinks: false }, page)).toEqual({
      ok: true,
    });
    expect(await service.handle('getPageContext', undefined, content)).toMatchObject({
      routeTelLinks: false,
    });
    // Signed out by a change of agent: the next preview asks who the agent is.
    await saveAgent(db, null);
    expect(await preview()).toMatchObject({ ok: false, needsAgent: true });
  });
});
