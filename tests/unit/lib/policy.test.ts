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

describe('sipProvider policy', () => {
  it('fills the optional fields, and the effective provider is sip, locked', async () => {
    const { applyPolicy, DEFAULT_SETTINGS } = await import('../../../lib/db/settings');
    const policy = parseManagedPolicy(
      { sipProvider: { wsUrl: 'wss://pbx.example.com/ws', domain: 'pbx.example.com' } },
      1,
    );
    expect(policy).toMatchObject({
      problems: [],
      sipProvider: {
        kind: 'sip',
        wsUrl: 'wss://pbx.example.com/ws',
        domain: 'pbx.example.com',
        iceServers: [],
        displayName: 'label',
        assertIdentity: false,
      },
    });
    const effective = applyPolicy({ ...DEFAULT_SETTINGS }, policy);
    expect(effective.provider).toEqual(policy!.sipProvider);
    expect(effective.locked).toContain('provider');
  });

  it.each([
    [
      { wsUrl: 'ws://pbx.example.com', domain: 'pbx.example.com' },
      /wsUrl: .*only allowed for localhost/,
    ],
    [{ wsUrl: 'wss://pbx.example.com', domain: 'sip:x' }, /domain: .*not a SIP domain/],
    ['wss://pbx', /sipProvider: /],
  ])('ignores an unusable value with its reason: %j', (sipProvider, problem) => {
    const policy = parseManagedPolicy({ sipProvider }, 1);
    expect(policy?.sipProvider).toBeUndefined();
    expect(policy?.problems.join('\n')).toMatch(problem);
  });
});
