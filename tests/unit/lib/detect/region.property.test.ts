// @vitest-environment happy-dom
/**
 * Property: a number written with "+CC" is always read as that country, whatever the account's
 * default country and whatever the row around it says.
 */
import fc from 'fast-check';
import examples from 'libphonenumber-js/examples.mobile.json';
import { getCountries, getExampleNumber } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { detectPhoneNumbers } from '../../../../lib/detect/index';
import type { CountryCode } from '../../../../lib/detect/index';
import { COUNTRY_NAMES } from '../../../../lib/ui/generated/country-names';

const countries = getCountries().filter((c) => getExampleNumber(c, examples)?.isValid());

describe('a "+CC …" number', () => {
  it('is read as country CC whatever the default country and the row say', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...countries),
        fc.constantFrom(...countries),
        fc.constantFrom(...countries),
        fc.constantFrom('international', 'e164', 'hyphens'),
        (written, defaultCountry, rowCountry, style) => {
          const phone = getExampleNumber(written, examples)!;
          const text =
            style === 'international'
              ? phone.formatInternational()
              : style === 'e164'
                ? phone.number
                : `+${phone.countryCallingCode}-${phone.nationalNumber.replace(/(\d{3})(?=\d{3})/g, '$1-')}`;
          document.body.innerHTML =
            '<table><thead><tr><th>Phone</th><th>Country</th></tr></thead><tbody>' +
            `<tr><td>${text}</td><td>${COUNTRY_NAMES[rowCountry] ?? rowCountry}</td></tr></tbody></table>`;
          const found = detectPhoneNumbers(document.body, {
            defaultCountry: defaultCountry as CountryCode,
          });
          expect(found.map((m) => [m.e164, m.regionSource])).toEqual([
            [phone.number, 'international'],
          ]);
          // The number's country: one of the regions that share its calling code (+1, +44, +7…).
          expect(getExampleNumber(found[0]!.region!, examples)?.countryCallingCode).toBe(
            phone.countryCallingCode,
          );
        },
      ),
      { numRuns: 300, interruptAfterTimeLimit: 3500 },
    );
  });
});
