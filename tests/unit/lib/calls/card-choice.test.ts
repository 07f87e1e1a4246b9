import { describe, expect, it } from 'vitest';
import { parseAccountConfig } from '../../../../lib/caller-id/index';
import type { AccountConfig } from '../../../../lib/caller-id/types';
import { CARD_CHOICE_LIMIT, cardChoice } from '../../../../lib/calls/card-choice';
import { accountDocument } from '../../helpers/background-fixtures';

function config(doc: object): AccountConfig {
  const parsed = parseAccountConfig(doc);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed));
  return parsed.config;
}

const show = (n: string) => `(${n})`;

describe('cardChoice', () => {
  const customized = config(accountDocument({ mode: 'customized' }));

  it('offers Default and the agent’s numbers in account order, with the stored pick selected', () => {
    expect(cardChoice(customized, 'a1', { kind: 'number', numberId: 'n-ny' }, show)).toEqual({
      selected: 'n-ny',
      options: [
        { value: 'default', text: 'Default: Ringside picks per call' },
        { value: 'n-sf', text: 'San Francisco · (+14155550100)' },
        { value: 'n-ny', text: 'New York · (+12125550100)' },
      ],
    });
  });

  it.each([
    [null, 'default'],
    [{ kind: 'default' as const }, 'default'],
    [{ kind: 'number' as const, numberId: 'n-tf' }, 'default'], // not one of a1's numbers
  ])('a choice %j shows as %s', (choice, selected) => {
    expect(cardChoice(customized, 'a1', choice, show)?.selected).toBe(selected);
  });

  it('is absent in Automated mode, for a fixed number, and for lists too long for a card', () => {
    expect(
      cardChoice(config(accountDocument({ mode: 'automated' })), 'a1', null, show),
    ).toBeUndefined();
    const fixed = accountDocument({
      mode: 'customized',
      agents: [
        {
          id: 'a1',
          name: 'Ana',
          email: 'a@x.example',
          ringGroups: ['sales'],
          outboundCallerId: { fixedNumberId: 'n-sf' },
        },
      ],
    });
    expect(cardChoice(config(fixed), 'a1', null, show)).toBeUndefined();
    const many = accountDocument({
      mode: 'customized',
      numbers: Array.from({ length: CARD_CHOICE_LIMIT }, (_, i) => ({
        id: `n${i}`,
        number: `+1415555${String(i).padStart(4, '0')}`,
        label: `N${i}`,
        ringGroups: ['sales'],
      })),
    });
    expect(cardChoice(config(many), 'a1', null, show)).toBeUndefined();
  });

  it('without Default, the first number is selected when nothing was picked', () => {
    const doc = {
      ...accountDocument({ mode: 'customized' }),
      outboundCallerId: { mode: 'customized', allowDefault: false },
    };
    expect(cardChoice(config(doc), 'a1', null, show)).toMatchObject({
      selected: 'n-sf',
      options: [{ value: 'n-sf' }, { value: 'n-ny' }],
    });
  });
});
