/**
 * The one sync at a time and its alarm. A sync sets a resume alarm (150 s) when it starts and the
 * real schedule when it ends; `idle()` must not resolve in between, or a waiter reads the resume
 * alarm (the service test "the alarm syncs and schedules the next one" once did, under load).
 */
import { describe, expect, it } from 'vitest';
import { createSyncRunner, RESUME_ALARM_MS } from '../../../../lib/background/sync-runner';
import { backoffDelayMs } from '../../../../lib/sync/backoff';
import { DEFAULT_SETTINGS } from '../../../../lib/db/settings';
import { getSyncState } from '../../../../lib/db/sync-state';
import { freshDb, quietPlatform } from '../../helpers/background-fixtures';

const NOW = 1_800_000_000_000;

/** A platform whose alarm writes wait until the test lets each one finish. */
function heldAlarms() {
  const set: (number | null)[] = [];
  const waiting: (() => void)[] = [];
  let alarm: number | null = null;
  const platform = quietPlatform({
    fetch: (async () => new Response('', { status: 502 })) as typeof fetch,
    now: () => NOW,
    setSyncAlarm: (at) =>
      new Promise<void>((resolve) =>
        waiting.push(() => {
          alarm = at;
          set.push(at);
          resolve();
        }),
      ),
  });
  const releaseNext = async () => {
    while (waiting.length === 0) await new Promise((resolve) => setTimeout(resolve, 1));
    waiting.shift()!();
  };
  return { platform, releaseNext, set, alarm: () => alarm };
}

describe('the sync runner', () => {
  it('is idle only once the next alarm replaced the resume alarm', async () => {
    const db = freshDb();
    await db.settings.put({
      ...DEFAULT_SETTINGS,
      source: 'url',
      syncUrl: 'https://cfg.example/a.json',
    });
    const alarms = heldAlarms();
    const runner = createSyncRunner(db, alarms.platform);
    const result = runner.sync();
    await alarms.releaseNext(); // the resume alarm
    expect(alarms.alarm()).toBe(NOW + RESUME_ALARM_MS);

    let idle = false;
    // The failure is recorded before the schedule is written; idle() waits past both.
    const failed = (async () => {
      while ((await getSyncState(db)).failures === 0)
        await new Promise((resolve) => setTimeout(resolve, 1));
    })();
    await failed;
    const waiting = runner.idle().then(() => (idle = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(idle).toBe(false);

    await alarms.releaseNext(); // the schedule: the backoff
    await waiting;
    expect(await result).toMatchObject({ ok: false, kind: 'http' });
    const state = await getSyncState(db);
    expect(state.nextAttemptAt).toBe(NOW + backoffDelayMs(1));
    expect(alarms.alarm()).toBe(state.nextAttemptAt);
    expect(alarms.set).toEqual([NOW + RESUME_ALARM_MS, NOW + backoffDelayMs(1)]);
  });
});
