import { describe, expect, it } from 'vitest';
import { allowedCallerIds, selectCallerId } from '../../../../lib/caller-id/index';
import { demoConfig } from './fixtures';

const config = demoConfig();

describe('allowedCallerIds', () => {
  it.each([
    ['ana', ['sf-direct', 'us-free', 'nyc', 'sf', 'toronto']],
    ['bruno', ['rio', 'sao-paulo']],
    ['nadia', []],
    ['nobody', []],
  ])('%s may call from %j, in account order', (agent, ids) => {
    expect(allowedCallerIds(config, agent).map((n) => n.id)).toEqual(ids);
  });
});

// Each row: the agent, the destination as a CRM shows it, the expected number and rule, and the
// trap (the earlier number a naive rule would have picked).
describe.each([
  // 1. same area code
  [
    'ana',
    '(415) 555-0199',
    'sf',
    'area-code',
    'sf-support: other ring group; sf-direct: dedicated line',
  ],
  ['ana', '+1 212-555-0199 ext. 7', 'nyc', 'area-code', 'extension ignored'],
  ['bruno', '+55 21 3333-1111', 'rio', 'area-code', 'a fixed line matches the mobile DDD 21'],
  [
    'bruno',
    '011 55 11 98888-7777',
    'sao-paulo',
    'area-code',
    'Brazilian mobile keeps DDD 11; rio first',
  ],
  ['emma', '+44 20 7946 0999', 'london', 'area-code', 'uk-mobile first, no area code'],
  ['emma', '0044 161 496 0999', 'manchester', 'area-code', '00 prefix from a US account'],
  // 2. same state or province
  ['ana', '+1 510 555 0199', 'sf', 'state', 'nyc (New York) is earlier'],
  ['ana', '+1 613 555 0199', 'toronto', 'state', '+1 US numbers are earlier'],
  ['bruno', '+55 12 3333-4444', 'sao-paulo', 'state', 'rio (RJ) is earlier'],
  // 3. same country
  ['ana', '+1 305 555 0199', 'nyc', 'country', 'sf-direct dedicated and us-free toll-free earlier'],
  ['ana', '+1 604 555 0199', 'toronto', 'country', '+1 US numbers earlier: +1 CA is not +1 US'],
  ['emma', '+44 7400 123999', 'uk-mobile', 'country', 'UK mobiles have no area code'],
  // 4. any number
  ['ana', '+49 30 1234567', 'nyc', 'any-number', 'dedicated line and toll-free skipped'],
  ['emma', '+44 1481 712345', 'uk-mobile', 'any-number', 'Guernsey (GG) is not GB'],
  ['ana', 'not a number', 'nyc', 'any-number', 'unreadable destination'],
  // 5. a toll-free number of the destination's country
  ['tom', '+44 161 496 0999', 'tf-uk', 'country-toll-free', 'tf-us (another country) is earlier'],
  ['tom', '+1 415 555 0199', 'tf-us', 'country-toll-free', ''],
  // 6. first toll-free in the account (ring groups ignored)
  ['tom', '+1 416 555 0199', 'us-free', 'account-toll-free', 'no Canadian toll-free among tom’s'],
  [
    'nadia',
    '+1 415 555 0199',
    'us-free',
    'account-toll-free',
    'sf-support is first but not toll-free',
  ],
  ['nobody', '+1 415 555 0199', 'us-free', 'account-toll-free', 'unknown agent'],
] as const)('%s calling %s', (agent, destination, expectedId, rule, trap) => {
  it(`uses ${expectedId} by rule ${rule} (${trap || 'plain'})`, () => {
    const s = selectCallerId(config, agent, destination);
    expect([s.number?.id, s.rule]).toEqual([expectedId, rule]);
    expect(s.number).toBe(config.numbers.find((n) => n.id === expectedId));
  });
});

describe('step 7: the first number, dedicated lines included', () => {
  it('returns the first number when the account has no toll-free number', () => {
    const noTollFree = demoConfig((doc) => {
      doc.numbers = doc.numbers.filter(
        (n: { number: string }) => !/^\+1(800|888)|^\+44800/.test(n.number),
      );
      doc.numbers.unshift({
        id: 'ded',
        number: '+13125550100',
        label: 'Line',
        ringGroups: ['support'],
        dedicatedLine: true,
      });
    });
    const s = selectCallerId(noTollFree, 'nadia', '+1 415 555 0199');
    expect([s.number?.id, s.rule]).toEqual(['ded', 'account-first']);
  });

  it('returns no number when the account has none', () => {
    const empty = demoConfig((doc) => {
      doc.numbers = [];
    });
    expect(selectCallerId(empty, 'ana', '+1 415 555 0199')).toEqual({
      number: null,
      rule: 'none',
      reason: 'The account has no number to call from.',
    });
  });
});

describe('reasons', () => {
  it.each([
    ['ana', '(415) 555-0199', 'Same area code (415) as the number you are calling.'],
    ['ana', '+1 613 555 0199', 'Same province (Ontario) as the number you are calling.'],
    ['ana', '+1 510 555 0199', 'Same state (California) as the number you are calling.'],
    ['bruno', '+55 12 3333-4444', 'Same state (São Paulo) as the number you are calling.'],
    ['ana', '+1 604 555 0199', 'Same country (Canada) as the number you are calling.'],
    [
      'ana',
      '+49 30 1234567',
      'None of your numbers is in the country you are calling (Germany), so your first number is used.',
    ],
    [
      'tom',
      '+44 161 496 0999',
      'Your toll-free number for the country you are calling (United Kingdom).',
    ],
    [
      'nadia',
      '+1 415 555 0199',
      'None of your numbers fits this call, so the account’s toll-free number is used.',
    ],
  ])('%s calling %s: %s', (agent, destination, reason) => {
    expect(selectCallerId(config, agent, destination).reason).toBe(reason);
  });
});
