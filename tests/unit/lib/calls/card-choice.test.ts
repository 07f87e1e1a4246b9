import { describe, expect, it } from 'vitest';
import { parseAccountConfig } from '../../../../lib/caller-id/index';
import type { AccountConfig } from '../../../../lib/caller-id/types';
import { cardChoice, cardChoiceList, type DescribeNumber } from '../../../../lib/calls/card-choice';
import { describeForCard } from '../../../../lib/calls/pipeline';
import { accountDocument } from '../../helpers/background-fixtures';

function config(doc: object): AccountConfig {
  const parsed = parseAccountConfig(doc);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed));
  return parsed.config;
}

const show: DescribeNumber = (n) => ({
  display: `(${n})`,
  country: 'US',
  countryName: 'United States',
});

function many(count: number, label = (i: number) => `N${i}`) {
  return config(
    accountDocument({
      mode: 'customized',
      numbers: Array.from({ length: count }, (_, i) => ({
        id: `n${i}`,
        number: `+1415555${String(i).padStart(4, '0')}`,
        label: label(i),
        ringGroups: ['sales'],
      })),
    }),
  );
}

describe('cardChoice', () => {
  const customized = config(accountDocument({ mode: 'customized' }));

  it('says which option is selected, and the list’s size and version, without the list', () => {
    const choice = cardChoice(customized, 'a1', { kind: 'number', numberId: 'n-ny' }, show)!;
    expect(choice).toEqual({
      version: expect.stringMatching(/^2\.[0-9a-z]+$/),
      selected: 'n-ny',
      selectedNumber: { id: 'n-ny', label: 'New York', display: '(+12125550100)' },
      allowDefault: true,
      count: 3,
    });
    expect(choice).not.toHaveProperty('options');
  });

  it('sends the options when asked: Default, then the agent’s numbers in account order', () => {
    const list = cardChoiceList(customized, 'a1', show)!;
    expect(list.version).toBe(cardChoice(customized, 'a1', null, show)!.version);
    expect(list.allowDefault).toBe(true);
    expect(list.numbers.map(({ id, label, display }) => ({ id, label, display }))).toEqual([
      { id: 'n-sf', label: 'San Francisco', display: '(+14155550100)' },
      { id: 'n-ny', label: 'New York', display: '(+12125550100)' },
    ]);
    // Each with the words the card's filter finds it by (lib/ui/number-search.ts).
    expect(list.numbers[0]!.search.text).toContain('san francisco');
    expect(list.numbers[0]!.search.digits[0]).toBe('14155550100');
  });

  it.each([
    [null, 'default'],
    [{ kind: 'default' as const }, 'default'],
    [{ kind: 'number' as const, numberId: 'n-tf' }, 'default'], // not one of a1's numbers
  ])('a choice %j shows as %s', (choice, selected) => {
    expect(cardChoice(customized, 'a1', choice, show)?.selected).toBe(selected);
  });

  it('is absent in Automated mode and for a fixed number', () => {
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
    expect(cardChoiceList(config(fixed), 'a1', show)).toBeUndefined();
  });

  it('without Default, the first number is selected when nothing was picked', () => {
    const doc = {
      ...accountDocument({ mode: 'customized' }),
      outboundCallerId: { mode: 'customized', allowDefault: false },
    };
    expect(cardChoice(config(doc), 'a1', null, show)).toMatchObject({
      selected: 'n-sf',
      allowDefault: false,
      count: 2,
    });
  });

  it('offers 2,000 numbers: the preview stays small, the version names the list', () => {
    const big = many(2_000);
    const choice = cardChoice(big, 'a1', { kind: 'number', numberId: 'n1999' }, describeForCard)!;
    expect(choice).toMatchObject({ count: 2_001, selected: 'n1999' });
    expect(choice.selectedNumber).toEqual({
      id: 'n1999',
      label: 'N1999',
      display: '+1 415 555 1999',
    });
    expect(JSON.stringify(choice).length).toBeLessThan(200);
    expect(cardChoiceList(big, 'a1', describeForCard)!.numbers).toHaveLength(2_000);
  });

  it('changes the version when what the list shows changes, and only then', () => {
    const version = (c: AccountConfig) => cardChoice(c, 'a1', null, show)!.version;
    const base = version(many(50));
    expect(version(many(50))).toBe(base); // another config object, the same list
    expect(version(many(51))).not.toBe(base);
    expect(version(many(50, (i) => (i === 7 ? 'Renamed' : `N${i}`)))).not.toBe(base);
  });
});
