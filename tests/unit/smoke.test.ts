import { describe, expect, it } from 'vitest';
import { RingsideDb } from '../../lib/db/schema';

describe('database schema', () => {
  it('opens with every table the design names', async () => {
    const db = new RingsideDb('smoke');
    await db.open();
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'calls',
      'choices',
      'configBodies',
      'configs',
      'policy',
      'secrets',
      'settings',
      'sync',
    ]);
    db.close();
  });
});
