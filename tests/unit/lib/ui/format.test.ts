// Times, country names and marks in every language: lib/ui/format.ts with a translator.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTranslator, LANGUAGES, type Language } from '../../../../lib/i18n';
import en from '../../../../lib/i18n/messages/en/common.json';
import es from '../../../../lib/i18n/messages/es/common.json';
import pt from '../../../../lib/i18n/messages/pt-BR/common.json';
import {
  callTime,
  countryName,
  describeNumber,
  numberSummary,
  timeAgo,
} from '../../../../lib/ui/format';
import { TOLL_FREE } from '../../components/fixtures';

const COMMON: Record<Language, Record<string, string>> = { en, 'pt-BR': pt, es };
const tr = (language: Language) => createTranslator(language, COMMON[language], en);

const now = Date.UTC(2026, 2, 10, 15, 0);
const MIN = 60_000;
const HOUR = 60 * MIN;

describe('timeAgo in each language', () => {
  it.each([
    ['en', 10_000, 'just now'],
    ['pt-BR', 10_000, 'agora mesmo'],
    ['es', 10_000, 'justo ahora'],
    ['en', 5 * MIN, '5 min ago'],
    ['pt-BR', 5 * MIN, 'há 5 min'],
    ['es', 5 * MIN, 'hace 5 min'],
    ['pt-BR', 3 * HOUR, 'há 3 h'],
    ['es', 3 * HOUR, 'hace 3 h'],
    ['pt-BR', 30 * HOUR, 'ontem'],
    ['es', 30 * HOUR, 'ayer'],
  ] as const)('%s, %i ms ago: %s', (language, age, text) => {
    expect(timeAgo(now - age, now, tr(language))).toBe(text);
  });

  it('writes older dates in the language', () => {
    const at = Date.UTC(2026, 0, 5, 12);
    expect(timeAgo(at, now, tr('pt-BR'))).toMatch(/jan/);
    expect(timeAgo(at, now, tr('es'))).toMatch(/ene/);
    expect(timeAgo(at, now)).toMatch(/^Jan 5, 2026$/);
  });

  it('without a translator is exactly the English one, for any age', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 * 24 * HOUR }), (age) => {
        expect(timeAgo(now - age, now)).toBe(timeAgo(now - age, now, tr('en')));
        for (const language of LANGUAGES) {
          // Never a key, never an unformatted argument.
          expect(timeAgo(now - age, now, tr(language))).not.toMatch(/common\.|[{}]/);
        }
      }),
      { numRuns: 200, interruptAfterTimeLimit: 4000 },
    );
  });
});

describe('call times', () => {
  it('names another day in the language, with the time', () => {
    const at = now - 3 * 24 * HOUR;
    expect(callTime(at, now, tr('es'))).toMatch(/^7 mar, \d\d:\d\d$/);
    expect(callTime(at, now, tr('pt-BR'))).toMatch(/^7 de mar\.?, \d\d:\d\d$/);
    expect(callTime(at, now)).toMatch(/^Mar 7, /);
  });
});

describe('country names and marks', () => {
  it.each([
    ['en', 'US', 'United States'],
    ['pt-BR', 'US', 'Estados Unidos'],
    ['es', 'DE', 'Alemania'],
    ['pt-BR', 'DE', 'Alemanha'],
    ['es', undefined, 'País desconocido'],
  ] as const)('%s %s: %s', (language, code, name) => {
    expect(countryName(code, tr(language))).toBe(name);
  });

  it('says a number’s country and marks in the language', () => {
    expect(describeNumber(TOLL_FREE, tr('es')).countryName).toBe('Estados Unidos');
    expect(numberSummary(TOLL_FREE, tr('pt-BR'))).toBe(
      'US toll-free, +1 800 555 0199, Estados Unidos, Gratuito',
    );
    expect(numberSummary(TOLL_FREE)).toBe(
      'US toll-free, +1 800 555 0199, United States, Toll-free',
    );
  });
});
