import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AccountNumber } from '../../../../lib/caller-id/types';
import type { PhoneDisplay } from '../../../../lib/phone/format';
import { packNumbers, unpackNumbers } from '../../../../lib/ui/packed-numbers';
import { EXEC, LA, LONDON, SF, TOLL_FREE } from '../../components/fixtures';

type Displays = Record<string, PhoneDisplay>;

/** What a page reads back: JSON in between, as in localStorage. */
const roundTrip = (numbers: AccountNumber[], displays: Displays) =>
  unpackNumbers(JSON.parse(JSON.stringify(packNumbers(numbers, displays))));

const display = (n: AccountNumber, text: string, country?: string): Displays => ({
  [n.number]: { display: text, country: country as PhoneDisplay['country'] },
});

describe('packed numbers: the page cache’s compact form of the numbers and their displays', () => {
  it.each<[string, AccountNumber[], Displays]>([
    ['no numbers', [], {}],
    ['one number with its international display', [SF], display(SF, '+1 415 555 0100', 'US')],
    ['a display with hyphens', [LA], display(LA, '+1 213-555-0142', 'US')],
    ['a number that did not parse (no country)', [SF], display(SF, SF.number)],
    [
      'every flag and several ring groups',
      [
        { ...TOLL_FREE, dedicatedLine: true, external: true, ringGroups: ['a', 'b', 'a'] },
        { ...EXEC, ringGroups: [] },
      ],
      { ...display(TOLL_FREE, '+1 800 555 0199', 'US'), ...display(EXEC, '+1 212 555 0110', 'US') },
    ],
    [
      'a display that is not the number’s digits, and one with a #',
      [SF, LONDON],
      {
        ...display(SF, 'San Francisco main', 'US'),
        ...display(LONDON, '+44 20 7946 0958 #2', 'GB'),
      },
    ],
    ['a number with no display known', [SF, LA], display(SF, '+1 415 555 0100', 'US')],
    [
      'a number with a field this file does not know, kept whole',
      [{ ...SF, extra: { x: 1 } } as AccountNumber],
      display(SF, '+1 415 555 0100', 'US'),
    ],
    ['two entries of one number', [SF, { ...SF, id: 'sf2' }], display(SF, '+1 415 555 0100', 'US')],
  ])('reads back %s', (_name, numbers, displays) => {
    const known = Object.fromEntries(numbers.map((n) => [n.number, displays[n.number]]));
    expect(roundTrip(numbers, displays)).toEqual({
      numbers,
      displays: Object.fromEntries(Object.entries(known).filter(([, d]) => d !== undefined)),
    });
  });

  it('is about a quarter of the plain JSON at 2,000 numbers', () => {
    const numbers = Array.from({ length: 2_000 }, (_, i) => ({
      ...SF,
      id: `n${i}`,
      number: `+1415234${String(i).padStart(4, '0')}`,
      label: `San Francisco ${i}`,
    }));
    const displays = Object.fromEntries(
      numbers.map((n) => [
        n.number,
        { display: `+1 415 234 ${n.number.slice(-4)}`, country: 'US' as const },
      ]),
    );
    const plain = JSON.stringify({ numbers, displays }).length;
    const packed = JSON.stringify(packNumbers(numbers, displays)).length;
    expect(packed / plain).toBeLessThan(0.3);
  });

  it.each([
    ['not an object', 'rows'],
    ['null', null],
    ['no rows', { groups: [], patterns: [], countries: [] }],
    ['a table that is not strings', { groups: [1], patterns: [], countries: [], rows: [] }],
    ['a row too short', { groups: [], patterns: [], countries: [], rows: [['a', '+1', '']] }],
    [
      'a ring group out of the table',
      { groups: [], patterns: [], countries: [], rows: [['a', '+1', '', 0, 0, null, null]] },
    ],
    [
      'a pattern out of the table',
      { groups: ['g'], patterns: [], countries: [], rows: [['a', '+1', '', 0, 0, 3, null]] },
    ],
    [
      'a country out of the table',
      { groups: ['g'], patterns: [], countries: [], rows: [['a', '+1', '', 0, 0, '+1', 0]] },
    ],
    [
      'flags that are not a number',
      { groups: ['g'], patterns: [], countries: [], rows: [['a', '+1', '', 0, '1', null, null]] },
    ],
    [
      'an id that is not a string',
      { groups: ['g'], patterns: [], countries: [], rows: [[1, '+1', '', 0, 0, null, null]] },
    ],
    ['a whole row without its number', { groups: [], patterns: [], countries: [], rows: [{}] }],
  ])('refuses %s', (_name, value) => {
    expect(unpackNumbers(value)).toBeUndefined();
  });

  const e164 = fc
    .tuple(
      fc.integer({ min: 1, max: 9 }),
      fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 14 }),
    )
    .map(([first, rest]) => `+${first}${rest.join('')}`);
  const anyNumber: fc.Arbitrary<AccountNumber> = fc.record({
    id: fc.string({ minLength: 1 }),
    number: e164,
    label: fc.string({ unit: 'binary' }),
    ringGroups: fc.array(fc.constantFrom('sales', 'support', 'emea', 'x'), { maxLength: 4 }),
    tollFree: fc.boolean(),
    dedicatedLine: fc.boolean(),
    external: fc.boolean(),
  });
  /** A display for a number: its digits spaced (the usual case), or any text. */
  const displayOf = (number: string): fc.Arbitrary<PhoneDisplay> =>
    fc.record(
      {
        display: fc.oneof(
          fc
            .array(fc.constantFrom(' ', '-', ' (', ') ', ''), {
              minLength: number.length,
              maxLength: number.length,
            })
            .map((seps) => [...number].map((c, i) => `${c}${seps[i]}`).join('')),
          fc.string({ unit: 'binary' }),
        ),
        country: fc.constantFrom('US', 'CA', 'GB', 'BR') as fc.Arbitrary<PhoneDisplay['country']>,
      },
      { requiredKeys: ['display'] },
    );

  it('decode(encode(x)) is x, for any numbers and displays', () => {
    fc.assert(
      fc.property(
        fc.array(anyNumber, { maxLength: 30 }).chain((numbers) =>
          fc
            .tuple(
              ...numbers.map((n) => fc.option(displayOf(n.number), { nil: undefined, freq: 4 })),
            )
            .map((ds) => {
              const displays: Displays = {};
              // One display per E.164 number, as phoneDisplaysOf makes them.
              numbers.forEach((n, i) => {
                if (ds[i] && !(n.number in displays)) displays[n.number] = ds[i]!;
              });
              return { numbers, displays };
            }),
        ),
        ({ numbers, displays }) => {
          expect(roundTrip(numbers, displays)).toEqual({ numbers, displays });
        },
      ),
      { numRuns: 300, interruptAfterTimeLimit: 4_000 },
    );
  });
});
