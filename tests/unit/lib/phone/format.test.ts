import { getCountries, getExampleNumber } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/examples.mobile.json';
import max from 'libphonenumber-js/max/metadata';
import min from 'libphonenumber-js/min/metadata';
import { describe, expect, it } from 'vitest';
import { phoneDisplay } from '../../../../lib/phone/format';

describe('phoneDisplay', () => {
  it.each([
    ['+14155550100', '+1 415 555 0100', 'US'],
    ['+14165550123', '+1 416 555 0123', 'CA'],
    ['+442079460123', '+44 20 7946 0123', 'GB'],
    ['+33123456789', '+33 1 23 45 67 89', 'FR'],
    ['+5511987654321', '+55 11 98765 4321', 'BR'],
    ['+80012345678', '+800 1234 5678', undefined],
    ['not a number', 'not a number', undefined],
  ])('%s → %s (%s)', (e164, display, country) => {
    expect(phoneDisplay(e164, max)).toEqual({ display, country });
  });

  it('writes every country’s numbers the same with the pages’ min metadata as with the full one', () => {
    const differ: string[] = [];
    for (const country of getCountries()) {
      const example = getExampleNumber(country, examples);
      if (!example) continue;
      const e164 = example.number;
      if (phoneDisplay(e164, min).display !== phoneDisplay(e164, max).display) differ.push(e164);
    }
    expect(differ).toEqual([]);
  });
});
