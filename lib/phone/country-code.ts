/**
 * The country codes libphonenumber has numbering metadata for (ISO 3166-1 alpha-2 codes such as
 * "US"), as a valibot schema whose output is typed `CountryCode`: the account's default country
 * and the country a content script says it read a number in are checked with it, so no code
 * downstream casts a string to a country.
 */
import * as v from 'valibot';
import { getCountries } from 'libphonenumber-js/max';

const COUNTRIES = getCountries();

export function countryCodeSchema(message: v.ErrorMessage<v.PicklistIssue>) {
  return v.picklist(COUNTRIES, message);
}
