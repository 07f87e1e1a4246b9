import { describe, expect, it } from 'vitest';
import { getChoice, listChoices, saveChoice } from '../../../../lib/db/choices';
import { freshDb } from '../../helpers/background-fixtures';

describe('listChoices: every choice kept here for one account', () => {
  it('returns the account’s choices by agent, not another account’s, and skips malformed rows', async () => {
    const db = freshDb();
    await saveChoice(db, 'acme', 'maria', { kind: 'number', numberId: 'us-la' });
    await saveChoice(db, 'acme', 'ana', { kind: 'default' });
    await saveChoice(db, 'acme-2', 'maria', { kind: 'number', numberId: 'other' });
    // A row written by an older or broken version: read as "no choice", never as a number.
    await db.choices.put({
      accountId: 'acme',
      agentId: 'bad',
      choice: { kind: 'number' } as never,
      updatedAt: 0,
    });

    const choices = await listChoices(db, 'acme');
    expect([...choices.entries()].sort()).toEqual([
      ['ana', { kind: 'default' }],
      ['maria', { kind: 'number', numberId: 'us-la' }],
    ]);
    expect(await getChoice(db, 'acme', 'bad')).toBeNull();
    expect((await listChoices(db, 'nobody')).size).toBe(0);
  });
});
