/**
 * `idle()` resolves only when a sync has finished, schedule included: the alarm for the next sync
 * is set before it resolves, however slowly storage answers.
 */
import { describe, expect, it } from 'vitest';
import type { Platform } from '../../../../lib/background/platform';
import { createSyncRunner, RESUME_ALARM_MS } from '../../../../lib/background/sync-runner';
import { freshDb } from '../../helpers/background-fixtures';

describe('sync runner', () => {
  it('idle() waits until the sync has set the alarm for the next one', async () => {
    const db = freshDb();
    const alarms: (number | null)[] = [];
    let scheduling = false;
    let release!: () => void;
    const slowSchedule = new Promise<void>((resolve) => (release = resolve));
    const platform = {
      now: () => 1_000,
      fetch: () => Promise.reject(new Error('no network in this test')),
      setSyncAlarm: async (at: number | null) => {
        // The resume alarm is set at once; the real schedule after it answers slowly.
        if (alarms.length > 0) {
          scheduling = true;
          await slowSchedule;
        }
        alarms.push(at);
      },
    } as unknown as Platform;
    const runner = createSyncRunner(db, platform);
    void runner.sync();
    // Asked while the finished sync is setting its schedule (the race a loaded machine hits).
    await expect.poll(() => scheduling).toBe(true);
    expect(alarms).toEqual([1_000 + RESUME_ALARM_MS]);
    let idle = false;
    const waiting = runner.idle().then(() => (idle = true));
    // However long we wait, idle() has not resolved while the schedule is still being set.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(idle).toBe(false);
    release();
    await waiting;
    // The demo source has no schedule: the resume alarm is cleared.
    expect(alarms).toEqual([1_000 + RESUME_ALARM_MS, null]);
  });
});
