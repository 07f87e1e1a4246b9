import { describe, expect, it } from 'vitest';
import {
  asError,
  describeFailure,
  errorMessage,
  isWithin,
  PathErrors,
  splitPathError,
} from '../../../../lib/ui/errors';
import { getCountries } from 'libphonenumber-js/min';
import {
  callTime,
  countryName,
  describeNumber,
  formatPhone,
  timeAgo,
} from '../../../../lib/ui/format';
import { COUNTRY_NAMES } from '../../../../lib/ui/generated/country-names';
import { formatTyping, readTyped } from '../../../../lib/ui/typing';
import { TOLL_FREE, TORONTO } from '../../components/fixtures';

describe('splitPathError', () => {
  it.each([
    [
      'numbers[2].number: not a valid phone number',
      'numbers[2].number',
      'not a valid phone number',
    ],
    [
      'agents[0].outboundCallerId.fixedNumberId: unknown number "x"',
      'agents[0].outboundCallerId.fixedNumberId',
      'unknown number "x"',
    ],
    ['schemaVersion: must be 1', 'schemaVersion', 'must be 1'],
    ['(document): must be an object', '', 'must be an object'],
    ['JSON syntax error: Unexpected end', '', 'JSON syntax error: Unexpected end'],
    ['The document is empty', '', 'The document is empty'],
  ])('%s', (text, path, message) => {
    expect(splitPathError(text)).toEqual({ path, message, text });
  });
});

describe('PathErrors', () => {
  const errors = new PathErrors([
    'numbers[1].number: bad',
    'numbers[1].ringGroups[0]: unknown ring group',
    'numbers[10].label: empty',
    'numbers: duplicate id',
  ]);
  it.each([
    ['numbers[1]', 2],
    ['numbers[1].ringGroups', 1],
    ['numbers[10]', 1],
    ['numbers', 4],
    ['agents', 0],
  ])('within(%s) has %i', (prefix, count) => {
    expect(errors.within(prefix)).toHaveLength(count);
  });
  it('at() is exact', () => {
    expect(errors.at('numbers[1].number')).toEqual(['bad']);
    expect(errors.at('numbers')).toEqual(['duplicate id']);
    expect(errors.at('numbers[1]')).toEqual([]);
  });
  it.each([
    ['numbers[1]', 'numbers[1]', true],
    ['numbers[10]', 'numbers[1]', false],
    ['numbers[1].x', 'numbers[1]', true],
    ['numbersX', 'numbers', false],
    ['anything', '', true],
  ])('isWithin(%s, %s) = %s', (path, prefix, expected) => {
    expect(isWithin(path, prefix)).toBe(expected);
  });
});

describe('formatting', () => {
  it.each([
    ['+14155550100', '+1 415 555 0100'],
    ['+442079460958', '+44 20 7946 0958'],
    ['+551134567800', '+55 11 3456 7800'],
    ['not a number', 'not a number'],
  ])('formatPhone(%s) = %s', (e164, shown) => {
    expect(formatPhone(e164)).toBe(shown);
  });

  it('describes a number with its country and marks', () => {
    expect(describeNumber(TORONTO)).toMatchObject({ countryName: 'Canada', marks: [] });
    expect(describeNumber(TOLL_FREE)).toMatchObject({
      display: '+1 800 555 0199',
      countryName: 'United States',
      marks: ['Toll-free'],
    });
  });

  it('names every country libphonenumber knows from the generated table', () => {
    const missing = getCountries().filter((code) => !COUNTRY_NAMES[code]);
    expect(missing).toEqual([]);
    expect(countryName('CI')).toBe('Côte d’Ivoire');
    expect(countryName('ZZ')).toBe('Unknown Region');
    expect(countryName(undefined)).toBe('Unknown country');
  });

  const now = Date.UTC(2026, 2, 10, 15, 0, 0);
  it.each([
    [now - 10_000, 'just now'],
    [now - 60_000, '1 min ago'],
    [now - 25 * 60_000, '25 min ago'],
    [now - 3 * 3600_000, '3 h ago'],
    [now - 30 * 3600_000, 'yesterday'],
    [Date.UTC(2026, 0, 2, 12), 'Jan 2, 2026'],
  ])('timeAgo(%i)', (at, text) => {
    expect(timeAgo(at, now)).toBe(text);
  });

  it('callTime shows the date only for other days', () => {
    expect(callTime(now - 60_000, now)).not.toMatch(/Mar/);
    expect(callTime(now - 3 * 86400_000, now)).toMatch(/^Mar 7, /);
  });
});

describe('typing a number', () => {
  it.each([
    ['4155550', 'US', '(415) 555-0'],
    ['4155550100', 'US', '(415) 555-0100'],
    ['+442079460958', 'US', '+44 20 7946 0958'],
    ['415-555-0100 ', 'US', '(415) 555-0100'],
    ['*67', 'US', '*67'],
    ['', 'US', ''],
  ] as const)('formatTyping(%s, %s) = %s', (raw, country, shown) => {
    expect(formatTyping(raw, country)).toBe(shown);
  });

  it.each([
    ['(416) 555-0199', 'US', { e164: '+14165550199', valid: true, country: 'CA' }],
    ['020 7946 0958', 'GB', { e164: '+442079460958', valid: true, country: 'GB' }],
    ['415 555', 'US', { valid: false }],
  ] as const)('readTyped(%s, %s)', (text, country, expected) => {
    expect(readTyped(text, country)).toMatchObject(expected);
  });
});

describe('describeFailure', () => {
  it.each([
    [
      new Error('Could not establish connection. Receiving end does not exist.'),
      /background did not answer/,
    ],
    [new Error('Extension context invalidated.'), /reloaded/],
    [new Error('The message port closed before a response was received.'), /reloaded/],
    ['plain', /^plain$/],
  ])('on an extension page: %s', (error, text) => {
    expect(describeFailure(error)).toMatch(text);
  });

  it.each([
    [new Error('Extension context invalidated.'), /^Ringside is not reachable .*reload this page/],
    [
      new Error('Could not establish connection. Receiving end does not exist.'),
      /reload this page/,
    ],
    [new Error('The message port closed before a response was received.'), /reload this page/],
    [new Error('quota exceeded'), /^Ringside could not answer: quota exceeded$/],
  ])('on a web page: %s', (error, text) => {
    expect(describeFailure(error, 'web-page')).toMatch(text);
  });

  it.each([
    [new Error('boom'), 'boom'],
    ['text', 'text'],
    [42, '42'],
    [null, 'null'],
  ])('errorMessage(%s)', (error, text) => {
    expect(errorMessage(error)).toBe(text);
  });

  it('asError keeps an Error as it is and wraps anything else with its text', () => {
    const error = new TypeError('boom');
    expect(asError(error)).toBe(error);
    const wrapped = asError('quota exceeded');
    expect(wrapped).toBeInstanceOf(Error);
    expect(wrapped.message).toBe('quota exceeded');
    expect(asError(undefined).message).toBe('undefined');
  });
});
