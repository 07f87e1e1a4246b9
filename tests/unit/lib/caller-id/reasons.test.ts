import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberName, reasons } from '../../../../lib/caller-id/reasons';
import { accountNumber as num } from './fixtures';

const LONDON = num('lon', '+442079460958', 'London');
const SF = num('sf', '+14155550100', 'San Francisco');
const BARE = num('bare', '+5511987654321');

describe('numberName: the label and the number as people write it', () => {
  it.each([
    [LONDON, 'London (+44 20 7946 0958)'],
    [SF, 'San Francisco (+1 415 555 0100)'],
    [BARE, '+55 11 98765 4321'],
    [num('empty', '+14155550100', ''), '+1 415 555 0100'],
  ])('%j', (n, text) => {
    expect(numberName(n)).toBe(text);
  });
});

describe('stale-choice reasons: two sentences, not a run-on', () => {
  it.each([
    [
      reasons.stale(LONDON, SF, 'Same area code (415) as the number you are calling.'),
      'Your chosen number London (+44 20 7946 0958) is no longer available to you. Calling from San Francisco (+1 415 555 0100): same area code (415) as the number you are calling.',
    ],
    [
      reasons.stale(undefined, SF, 'You chose this number.'),
      'The number you chose is no longer in the account. Calling from San Francisco (+1 415 555 0100): you chose this number.',
    ],
    [
      reasons.stale(LONDON, null, ''),
      'Your chosen number London (+44 20 7946 0958) is no longer available to you. The account has no other number to call from.',
    ],
    [
      reasons.staleNoneAllowed(LONDON),
      'Your chosen number London (+44 20 7946 0958) is no longer available to you. You have no other number to call from: none of your ring groups holds a number and Default is off. Ask your admin to add a number to one of your ring groups.',
    ],
  ])('%s', (text, expected) => {
    expect(text).toBe(expected);
    expect(text).not.toMatch(/;/);
  });
});

describe('no reason quotes a raw E.164 number', () => {
  // Valid numbers of several countries, with and without labels.
  const numbers = [
    LONDON,
    SF,
    BARE,
    num('de', '+493012345678', 'Berlin'),
    num('jp', '+81312345678'),
  ];
  it('whatever the numbers and the why', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...numbers),
        fc.constantFrom(...numbers),
        fc.constantFrom('You chose this number.', 'Your admin set this number for all your calls.'),
        (chosen, used, why) => {
          for (const text of [
            reasons.stale(chosen, used, why),
            reasons.staleNoneAllowed(chosen),
            numberName(used),
          ]) {
            expect(text).not.toMatch(/\+\d{8,}/);
          }
        },
      ),
      { numRuns: 100, interruptAfterTimeLimit: 4000 },
    );
  });
});
