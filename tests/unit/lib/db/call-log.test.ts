import { describe, expect, it } from 'vitest';
import { appendCall, CALL_LOG_LIMIT, recentCalls } from '../../../../lib/db/calls';
import type { CallLogEntry } from '../../../../lib/db/types';
import { freshDb } from '../../helpers/background-fixtures';

function call(at: number): Omit<CallLogEntry, 'id'> {
  return {
    at,
    accountId: 'acme',
    agentId: 'a1',
    to: `+1415555${String(at % 10_000).padStart(4, '0')}`,
    from: '+14155550100',
    fromNumberId: 'n-sf',
    rule: 'area-code',
    reason: 'Same area code (415) as the number you are calling.',
    provider: 'tel',
    outcome: 'placed',
  };
}

describe('the call log keeps the newest calls', () => {
  it('keeps 1,000 calls', () => {
    expect(CALL_LOG_LIMIT).toBe(1000);
  });

  it.each([
    // [calls appended, limit, the `at` of the calls kept, oldest first]
    [2, 3, [1, 2]],
    [3, 3, [1, 2, 3]],
    [4, 3, [2, 3, 4]],
    [7, 3, [5, 6, 7]],
    [5, 1, [5]],
  ])('%i calls with a limit of %i keep %j', async (count, limit, kept) => {
    const db = freshDb();
    for (let at = 1; at <= count; at++) await appendCall(db, call(at), limit);
    expect((await db.calls.toArray()).map((c) => c.at)).toEqual(kept);
  });

  it('drops the oldest when a call is appended to a full log of the default size', async () => {
    const db = freshDb();
    await db.calls.bulkAdd(Array.from({ length: CALL_LOG_LIMIT }, (_, i) => call(i + 1)));
    const id = await appendCall(db, call(CALL_LOG_LIMIT + 1));
    expect(await db.calls.count()).toBe(CALL_LOG_LIMIT);
    expect((await recentCalls(db, 1))[0]).toMatchObject({ id, at: CALL_LOG_LIMIT + 1 });
    expect(await db.calls.where('at').equals(1).count()).toBe(0);
    expect(await db.calls.where('at').equals(2).count()).toBe(1);
  });

  it('keeps the call just made even when its clock reads earlier than older entries', async () => {
    const db = freshDb();
    for (const at of [100, 200, 300]) await appendCall(db, call(at), 3);
    const id = await appendCall(db, call(50), 3); // the computer's clock was set back
    expect((await db.calls.toArray()).map((c) => [c.id === id, c.at])).toEqual([
      [false, 200],
      [false, 300],
      [true, 50],
    ]);
  });

  it('appends and prunes in one transaction: when the prune fails, the append is undone too', async () => {
    const db = freshDb();
    for (const at of [1, 2, 3]) await appendCall(db, call(at), 3);
    db.calls.hook('deleting', () => {
      throw new Error('disk trouble');
    });
    await expect(appendCall(db, call(4), 3)).rejects.toThrow('disk trouble');
    expect((await db.calls.toArray()).map((c) => c.at)).toEqual([1, 2, 3]);
  });
});
