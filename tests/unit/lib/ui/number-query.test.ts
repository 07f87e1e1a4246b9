/**
 * The card's filter finds a number by its country's name in the card's language and in English,
 * by its label and by its digits however they are written (lib/ui/number-query.ts, through
 * filterOptions of lib/ui/card-choice-options.ts as the card calls it).
 */
import fc from 'fast-check';
import { getCountries, getExampleNumber, type CountryCode } from 'libphonenumber-js/min';
import metadata from 'libphonenumber-js/min/metadata';
import examples from 'libphonenumber-js/examples.mobile.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import type { CardChoiceList } from '../../../../lib/calls/card-choice';
import { createTranslator, LANGUAGES, type Language } from '../../../../lib/i18n';
import { phoneDisplay } from '../../../../lib/phone/format';
import { cardOptions, filterOptions } from '../../../../lib/ui/card-choice-options';
import { countryName } from '../../../../lib/ui/format';
import { fold, foldedCountryNames, matchesNumberQuery } from '../../../../lib/ui/number-query';
import { numberSearchKeys } from '../../../../lib/ui/number-search';

/** A country's name in `language`, as the card's translator gives it (Intl.DisplayNames). */
const nameIn = (language: Language) => {
  const tr = createTranslator(language, {}, {});
  return (code: string) => tr.country(code);
};

/** One list entry as the background builds it (English country name in the words). */
function entry(id: string, e164: string, label: string) {
  const { display, country } = phoneDisplay(e164, metadata);
  const number = {
    id,
    number: e164,
    label,
    ringGroups: [],
    tollFree: false,
    dedicatedLine: false,
    external: false,
  };
  return {
    id,
    label,
    display,
    search: numberSearchKeys({ number, display, country, countryName: countryName(country) }),
  };
}

const LIST: CardChoiceList = {
  version: 't',
  allowDefault: true,
  numbers: [
    entry('sf', '+14155550100', 'San Francisco HQ'),
    entry('ber', '+493012345678', 'Desk A'),
    entry('sp', '+551130040000', 'Desk B'),
    entry('mx', '+525512345678', 'Desk C'),
    entry('ldn', '+442079460958', 'Desk D'),
  ],
};
const OPTIONS = cardOptions(LIST, 'Default');
const ids = (found: number[]) => found.map((i) => OPTIONS[i]!.value);

describe('the card filter and country names', () => {
  it.each<[Language, string, string[]]>([
    ['pt-BR', 'alemanha', ['ber']],
    ['pt-BR', 'Alemanha', ['ber']],
    ['es', 'alemania', ['ber']],
    ['es', 'ALEMANIA', ['ber']],
    ['en', 'germany', ['ber']],
    ['pt-BR', 'germany', ['ber']], // English too, whatever the card's language
    ['es', 'Germany', ['ber']],
    ['pt-BR', 'brasil', ['sp']],
    ['es', 'brasil', ['sp']],
    ['pt-BR', 'brazil', ['sp']],
    ['en', 'brasil', []], // not a name in English, nor in the card's
    ['es', 'alemanha', []], // Portuguese, but the card speaks Spanish
    ['en', 'alemania', []],
    ['es', 'mexico', ['mx']], // "México" without its accent
    ['es', 'MÉXICO', ['mx']],
    ['pt-BR', 'méxico', ['mx']],
    ['en', 'mexico', ['mx']],
    ['es', 'estados unidos', ['sf']],
    ['pt-BR', 'estados', ['sf']],
    ['es', 'reino unido', ['ldn']],
    ['pt-BR', 'reino desk', ['ldn']], // every word found, in the country or the label
    ['pt-BR', 'alemanha desk', ['ber']],
    ['pt-BR', 'alemanha brasil', []], // one number is not in both
    ['es', 'san francisco', ['sf']], // the label
    ['pt-BR', 'default', ['default']],
  ])('in %s, %j finds %j', (language, query, expected) => {
    expect(ids(filterOptions(OPTIONS, query, nameIn(language)))).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['(415) 555-01', ['sf']],
    ['+1 415 555 0100', ['sf']],
    ['4155550100', ['sf']],
    ['+49 30 1234', ['ber']],
    ['030 12345678', ['ber']], // with the national prefix
    ['11 3004-0000', ['sp']],
    ['(11) 3004', ['sp']],
    ['55 1234 5678', ['mx']],
    ['020 7946 0958', ['ldn']],
    ['9999999', []],
  ])('digits %j find %j in every language', (query, expected) => {
    for (const language of LANGUAGES)
      expect(ids(filterOptions(OPTIONS, query, nameIn(language)))).toEqual(expected);
  });

  it('without a translator, matches the English words only (the popup’s behaviour)', () => {
    expect(ids(filterOptions(OPTIONS, 'germany'))).toEqual(['ber']);
    expect(ids(filterOptions(OPTIONS, 'alemanha'))).toEqual([]);
  });

  it('names each country once per filter, and not an unknown code', () => {
    let calls = 0;
    const names = foldedCountryNames((code) => {
      calls++;
      return code === 'DE' ? 'Alemanha' : code;
    });
    expect(names('DE')).toBe('alemanha');
    expect(names('DE')).toBe('alemanha');
    expect(names('XX')).toBe('');
    expect(names(undefined)).toBe('');
    expect(calls).toBe(2);
  });

  it('matchesNumberQuery: extra words count only for words, never for digits', () => {
    const keys = LIST.numbers[1]!.search;
    expect(matchesNumberQuery(keys, 'alemanha', 'alemanha')).toBe(true);
    expect(matchesNumberQuery(keys, 'alemanha')).toBe(false);
    expect(matchesNumberQuery(keys, '99', '99')).toBe(false);
  });
});

/**
 * Every country libphonenumber has a mobile example for, with that example, when the example reads
 * as that country (Western Sahara's reads as Morocco's, which shares its numbers).
 */
const COUNTRIES = getCountries()
  .map((code) => ({ code, e164: getExampleNumber(code, examples)?.number }))
  .filter((c): c is { code: CountryCode; e164: string } => !!c.e164)
  .filter((c) => phoneDisplay(c.e164, metadata).country === c.code);

/** Some letters of `text` in upper case, chosen by `mask`. */
function recase(text: string, mask: number[]): string {
  return [...text]
    .map((ch, i) => ((mask[i % mask.length] ?? 0) % 2 ? ch.toUpperCase() : ch.toLowerCase()))
    .join('');
}

describe('the card filter, property', () => {
  it('finds any country’s number by a piece of its name in the card’s language or in English, in any case, with or without accents', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...COUNTRIES),
        fc.constantFrom(...LANGUAGES),
        fc.boolean(),
        fc.boolean(),
        fc.nat(),
        fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
        ({ code, e164 }, language, english, keepAccents, start, mask) => {
          const options = cardOptions(
            {
              version: 'p',
              allowDefault: false,
              numbers: [entry('x', e164, 'Desk'), entry('us', '+14155550100', 'Other')],
            },
            'Default',
          );
          const name = english ? countryName(code) : nameIn(language)(code);
          // A piece of the name: one of its words (or its whole), three letters or more.
          const words = name.split(/[\s,()]+/).filter((w) => fold(w).length >= 3);
          if (!words.length) return true;
          const word = words[start % words.length]!;
          const query = recase(keepAccents ? word : fold(word), mask);
          const found = filterOptions(options, query, nameIn(language)).map(
            (i) => options[i]!.value,
          );
          expect(found, `${language} ${query} (${name})`).toContain('x');
          return true;
        },
      ),
      { numRuns: 300, interruptAfterTimeLimit: 4000 },
    );
  });

  it('every number it leaves holds every word of the query, in its words or its country’s name', () => {
    const numbers = COUNTRIES.slice(0, 120).map(({ code, e164 }) => entry(code, e164, 'Desk'));
    const options = cardOptions({ version: 'all', allowDefault: false, numbers }, 'Default');
    fc.assert(
      fc.property(
        fc.constantFrom(...LANGUAGES),
        fc.constantFrom(...COUNTRIES.slice(0, 120)),
        fc.nat(),
        (language, { code }, cut) => {
          const name = fold(nameIn(language)(code));
          const query = name.slice(0, 3 + (cut % Math.max(1, name.length - 2)));
          const words = query.trim().split(/\s+/).filter(Boolean);
          const found = filterOptions(options, query, nameIn(language));
          expect(found.map((i) => options[i]!.value)).toContain(code);
          for (const i of found) {
            const option = options[i]!;
            const local = fold(nameIn(language)(option.value));
            for (const w of words)
              expect(
                option.search!.text.includes(w) || local.includes(w),
                `${option.value} ${w}`,
              ).toBe(true);
          }
          return true;
        },
      ),
      { numRuns: 200, interruptAfterTimeLimit: 4000 },
    );
  });

  it('finds a number by its national digits written with any separators', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...COUNTRIES),
        fc.array(fc.constantFrom('', ' ', '-', '.', ' ', '/'), { minLength: 20, maxLength: 20 }),
        fc.boolean(),
        ({ e164 }, separators, brackets) => {
          const options = cardOptions(
            { version: 'd', allowDefault: false, numbers: [entry('x', e164, 'Desk')] },
            'Default',
          );
          const national = options[0]!.search!.digits[1];
          let typed = [...national].map((d, i) => d + (separators[i] ?? '')).join('');
          if (brackets && national.length > 4) typed = `(${typed.slice(0, 2)}) ${typed.slice(2)}`;
          expect(filterOptions(options, typed, nameIn('es')), typed).toEqual([0]);
          return true;
        },
      ),
      { numRuns: 200, interruptAfterTimeLimit: 4000 },
    );
  });
});
