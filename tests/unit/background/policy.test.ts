import { describe, expect, it } from 'vitest';
import { parseManagedPolicy } from '../../../lib/policy';

describe('parseManagedPolicy', () => {
  it.each([[undefined], [null], [{}], [{ unrelated: 1 }]])(
    'is null without any Ringside key: %j',
    (raw) => {
      expect(parseManagedPolicy(raw, 5)).toBeNull();
    },
  );

  it('takes every valid value', () => {
    expect(
      parseManagedPolicy(
        {
          configUrl: ' https://cfg.example/acme.json ',
          configToken: 'tok',
          agentEmail: 'Ana@Acme.Example',
          syncIntervalMinutes: 30,
          settingsLocked: true,
        },
        5,
      ),
    ).toEqual({
      id: 'policy',
      configUrl: 'https://cfg.example/acme.json',
      configToken: 'tok',
      agentEmail: 'ana@acme.example',
      syncIntervalMinutes: 30,
      settingsLocked: true,
      readAt: 5,
      problems: [],
    });
  });

  it.each([
    [{ configUrl: 'http://cfg.example/a.json' }, 'configUrl', 'configUrl'],
    [{ configUrl: 42 }, 'configUrl', 'configUrl'],
    [{ agentEmail: 'not-an-email' }, 'agentEmail', 'agentEmail'],
    [{ syncIntervalMinutes: 0 }, 'syncIntervalMinutes', 'syncIntervalMinutes'],
    [{ syncIntervalMinutes: 2.5 }, 'syncIntervalMinutes', 'syncIntervalMinutes'],
    [{ settingsLocked: 'yes' }, 'settingsLocked', 'settingsLocked: is not true'],
  ])('ignores %j with a stated problem and keeps the rest', (raw, key, problem) => {
    const policy = parseManagedPolicy({ ...raw, configToken: 'kept' }, 1);
    expect(policy?.configToken).toBe('kept');
    expect(policy?.[key as 'configUrl']).toBe(key === 'settingsLocked' ? false : undefined);
    expect(policy?.problems.join('\n')).toContain(problem);
  });
});
