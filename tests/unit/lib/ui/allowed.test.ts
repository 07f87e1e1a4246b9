import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedCallerIds, parseAccountConfig } from '../../../../lib/caller-id/index';
import type { AccountConfig } from '../../../../lib/caller-id/types';
import demo from '../../../../lib/demo/account.json';
import { allowedNumbers } from '../../../../lib/ui/allowed';

const GROUPS = ['a', 'b', 'c', 'd'];
// Valid numbers of several countries, so parseAccountConfig accepts every generated account.
const NUMBERS = [
  '+14155550100',
  '+12135550142',
  '+14165550137',
  '+18005550199',
  '+442079460958',
  '+551134567800',
  '+12065550190',
  '+13125550100',
];

const account = fc
  .record({
    numbers: fc.array(
      fc.record({
        number: fc.constantFrom(...NUMBERS),
        ringGroups: fc.subarray(GROUPS),
        dedicatedLine: fc.boolean(),
      }),
      { maxLength: 8 },
    ),
    agents: fc.array(fc.subarray(GROUPS), { minLength: 1, maxLength: 4 }),
  })
  .map(({ numbers, agents }) =>
    parseAccountConfig({
      schemaVersion: 1,
      account: { id: 'x', name: 'X', defaultCountry: 'US' },
      outboundCallerId: { mode: 'customized', allowDefault: true },
      ringGroups: GROUPS.map((id) => ({ id, name: id.toUpperCase() })),
      numbers: numbers.map((n, i) => ({ id: `n${i}`, label: `N${i}`, ...n })),
      agents: agents.map((ringGroups, i) => ({
        id: `a${i}`,
        name: `A${i}`,
        email: `a${i}@x.example`,
        ringGroups,
      })),
    }),
  );

describe('allowedNumbers (the dropdown’s list) agrees with the core’s allowedCallerIds', () => {
  const parsed = parseAccountConfig(demo);
  const config = (parsed.ok ? parsed.config : null) as AccountConfig;

  it.each(config.agents.map((a) => a.id))('demo agent %s', (agentId) => {
    expect(allowedNumbers(config, agentId).map((n) => n.id)).toEqual(
      allowedCallerIds(config, agentId).map((n) => n.id),
    );
  });

  it('an unknown agent has none', () => {
    expect(allowedNumbers(config, 'nobody')).toEqual([]);
  });

  it('on random accounts', () => {
    fc.assert(
      fc.property(account, (result) => {
        if (!result.ok) throw new Error(result.errors.join('\n'));
        for (const agent of [...result.config.agents, { id: 'ghost' }]) {
          expect(allowedNumbers(result.config, agent.id).map((n) => n.id)).toEqual(
            allowedCallerIds(result.config, agent.id).map((n) => n.id),
          );
        }
      }),
      { numRuns: 100, interruptAfterTimeLimit: 4_000 },
    );
  });
});
