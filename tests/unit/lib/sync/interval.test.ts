/** The sync interval rule (lib/sync/interval.ts), and that policy and settings use the same one. */
import { describe, expect, it } from 'vitest';
import { SettingsPatchSchema } from '../../../../lib/db/schemas';
import { parseManagedPolicy } from '../../../../lib/policy';
import { isSyncInterval } from '../../../../lib/sync/interval';
import * as v from 'valibot';

describe('the sync interval rule', () => {
  it.each<[unknown, boolean]>([
    [1, true],
    [15, true],
    [1440, true],
    [0, false],
    [1441, false],
    [2.5, false],
    [-5, false],
    ['15', false],
    [Number.NaN, false],
    [null, false],
  ])('%j → %s, alike for the rule, the policy and the settings', (value, ok) => {
    expect(isSyncInterval(value)).toBe(ok);
    expect(parseManagedPolicy({ syncIntervalMinutes: value }, 0)?.syncIntervalMinutes).toBe(
      ok ? value : undefined,
    );
    expect(v.safeParse(SettingsPatchSchema, { syncIntervalMinutes: value }).success).toBe(ok);
  });
});
