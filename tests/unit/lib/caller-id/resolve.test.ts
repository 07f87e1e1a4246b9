import { describe, expect, it } from 'vitest';
import { effectiveCallerIdSettings, resolveCallerId } from '../../../../lib/caller-id/index';
import type { CallerIdChoice } from '../../../../lib/caller-id/index';
import { demoConfig } from './fixtures';

type Settings = {
  mode?: 'automated' | 'customized';
  allowDefault?: boolean;
  fixedNumberId?: string;
};

/** The demo account with account-level settings and Ana's own overrides. */
function account(
  accountLevel: { mode: 'automated' | 'customized'; allowDefault: boolean },
  ana?: Settings,
) {
  return demoConfig((doc) => {
    doc.outboundCallerId = accountLevel;
    if (ana) doc.agents[0].outboundCallerId = ana;
  });
}

const automated = { mode: 'automated', allowDefault: true } as const;
const customized = { mode: 'customized', allowDefault: true } as const;
const customizedNoDefault = { mode: 'customized', allowDefault: false } as const;
const pick = (numberId: string): CallerIdChoice => ({ kind: 'number', numberId });
const byDefault: CallerIdChoice = { kind: 'default' };

describe('resolveCallerId', () => {
  it.each([
    // account settings, Ana's overrides, her choice, destination -> number, rule
    [
      'automated ignores a choice',
      automated,
      undefined,
      pick('toronto'),
      '+1 415 555 0199',
      'sf',
      'area-code',
    ],
    [
      'automated without choice',
      automated,
      undefined,
      null,
      '+1 416 555 0199',
      'toronto',
      'area-code',
    ],
    [
      'customized uses an allowed choice',
      customized,
      undefined,
      pick('toronto'),
      '+1 415 555 0199',
      'toronto',
      'agent-choice',
    ],
    [
      'customized Default runs the selector',
      customized,
      undefined,
      byDefault,
      '+1 415 555 0199',
      'sf',
      'area-code',
    ],
    [
      'customized with no choice yet runs the selector',
      customized,
      undefined,
      null,
      '+1 613 555 0199',
      'toronto',
      'state',
    ],
    [
      'no Default: first allowed number',
      customizedNoDefault,
      undefined,
      null,
      '+1 415 555 0199',
      'sf-direct',
      'agent-choice',
    ],
    [
      'no Default: "default" choice is not valid',
      customizedNoDefault,
      undefined,
      byDefault,
      '+1 415 555 0199',
      'sf-direct',
      'agent-choice',
    ],
    [
      'no Default: an allowed choice',
      customizedNoDefault,
      undefined,
      pick('nyc'),
      '+1 415 555 0199',
      'nyc',
      'agent-choice',
    ],
    [
      'fixed number beats a choice',
      customized,
      { fixedNumberId: 'nyc' },
      pick('toronto'),
      '+1 415 555 0199',
      'nyc',
      'agent-fixed',
    ],
    [
      'fixed number beats automated',
      automated,
      { fixedNumberId: 'nyc' },
      null,
      '+1 415 555 0199',
      'nyc',
      'agent-fixed',
    ],
    [
      'fixed number outside ring groups',
      automated,
      { fixedNumberId: 'london' },
      null,
      '+1 415 555 0199',
      'london',
      'agent-fixed',
    ],
    [
      'per-agent customized in an automated account',
      automated,
      { mode: 'customized' },
      pick('toronto'),
      '+1 415 555 0199',
      'toronto',
      'agent-choice',
    ],
    [
      'per-agent automated in a customized account',
      customized,
      { mode: 'automated' },
      pick('toronto'),
      '+1 415 555 0199',
      'sf',
      'area-code',
    ],
    [
      'per-agent Default off',
      customized,
      { allowDefault: false },
      byDefault,
      '+1 415 555 0199',
      'sf-direct',
      'agent-choice',
    ],
    [
      'per-agent Default on',
      customizedNoDefault,
      { allowDefault: true },
      byDefault,
      '+1 415 555 0199',
      'sf',
      'area-code',
    ],
  ] as const)('%s', (_name, accountLevel, ana, choice, destination, expectedId, rule) => {
    const config = account(accountLevel, ana);
    const s = resolveCallerId(config, 'ana', choice, destination);
    expect([s.number?.id, s.rule, s.staleChoice]).toEqual([expectedId, rule, undefined]);
  });

  describe('stale choices are never used, and the agent is told', () => {
    it.each([
      // chosen number not in Ana's ring groups (any more), Default on: selector, minus the stale one
      [
        customized,
        pick('london'),
        '+44 20 7946 0999',
        'nyc',
        'any-number',
        'Your chosen number London (+44 20 7946 0000) is no longer available to you. Calling from New York (+1 212 555 0103): none of your numbers is in the country you are calling (United Kingdom), so your first number is used.',
      ],
      // Default off: first allowed
      [
        customizedNoDefault,
        pick('london'),
        '+1 415 555 0199',
        'sf-direct',
        'agent-choice',
        'Your chosen number London (+44 20 7946 0000) is no longer available to you. Calling from SF direct (+1 415 555 0101): your admin asks you to pick a number; your first number is selected until you do.',
      ],
      // a number deleted from the account
      [
        customized,
        pick('gone'),
        '+1 415 555 0199',
        'sf',
        'area-code',
        'The number you chose is no longer in the account. Calling from San Francisco (+1 415 555 0104): same area code (415) as the number you are calling.',
      ],
    ] as const)('%j choice %j', (accountLevel, choice, destination, expectedId, rule, reason) => {
      const s = resolveCallerId(account(accountLevel), 'ana', choice, destination);
      expect(s).toEqual({
        number: expect.objectContaining({ id: expectedId }),
        rule,
        reason,
        staleChoice: choice.kind === 'number' ? choice.numberId : undefined,
      });
    });

    it('does not hand the stale number back through the account fallbacks', () => {
      // Nadia has no numbers; she once chose the account's first toll-free number.
      const config = demoConfig((doc) => {
        doc.outboundCallerId = customized;
      });
      const s = resolveCallerId(config, 'nadia', pick('us-free'), '+1 415 555 0199');
      expect([s.number?.id, s.rule, s.staleChoice]).toEqual([
        'tf-us',
        'account-toll-free',
        'us-free',
      ]);
    });
  });

  it('tells an agent with a fixed number why', () => {
    const s = resolveCallerId(
      account(automated, { fixedNumberId: 'nyc' }),
      'ana',
      null,
      '+1 415 555 0199',
    );
    expect(s.reason).toBe('Your admin set this number for all your calls.');
  });
});

describe('effectiveCallerIdSettings', () => {
  it.each([
    [automated, undefined, { mode: 'automated', allowDefault: true, fixedNumberId: null }],
    [
      customized,
      { allowDefault: false },
      { mode: 'customized', allowDefault: false, fixedNumberId: null },
    ],
    [
      customizedNoDefault,
      { mode: 'automated', fixedNumberId: 'nyc' },
      { mode: 'automated', allowDefault: false, fixedNumberId: 'nyc' },
    ],
  ] as const)('%j with %j', (accountLevel, ana, expected) => {
    expect(effectiveCallerIdSettings(account(accountLevel, ana), 'ana')).toEqual(expected);
  });

  it('gives an unknown agent the account settings', () => {
    expect(effectiveCallerIdSettings(account(customized), 'nobody')).toEqual({
      mode: 'customized',
      allowDefault: true,
      fixedNumberId: null,
    });
  });
});
