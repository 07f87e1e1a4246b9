import { describe, expect, it } from 'vitest';
import { invalidNumberMessage } from '../../../../lib/calls/invalid-number';

describe('invalidNumberMessage', () => {
  it.each([
    // Quoted exactly as typed (only the ends trimmed), never reformatted or turned into E.164.
    [
      '(415) 555-0',
      'US',
      '“(415) 555-0” is not a valid phone number in the country it was read in (United States). Check its digits, or start it with + and the country code.',
    ],
    [
      '  020 7946  ',
      'GB',
      '“020 7946” is not a valid phone number in the country it was read in (United Kingdom). Check its digits, or start it with + and the country code.',
    ],
    [
      'call me',
      'BR',
      '“call me” is not a valid phone number in the country it was read in (Brazil). Check its digits, or start it with + and the country code.',
    ],
    // Written with a country code: read by that code, so the account's country is not named.
    ['+44 20 7946', 'US', '“+44 20 7946” is not a valid phone number. Check its digits.'],
    ['0044 20 7946', 'US', '“0044 20 7946” is not a valid phone number. Check its digits.'],
    ['+1 555', 'US', '“+1 555” is not a valid phone number. Check its digits.'],
  ])('%j read in %s', (text, country, message) => {
    expect(invalidNumberMessage(text, country)).toBe(message);
  });

  it('never says "read with country" for a number typed with +', () => {
    for (const country of ['US', 'GB', 'DE', 'BR', 'JP']) {
      expect(invalidNumberMessage('+44 20', country)).not.toMatch(/country it was read|\(United/);
    }
  });
});
