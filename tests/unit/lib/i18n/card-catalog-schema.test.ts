/**
 * The check a content script runs on the card catalog the background sends: every real catalog
 * (each language's card messages, parsed as the background parses them) passes; anything that is
 * not such a tree does not, and then the card keeps the language it has.
 */
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  isPrecompiledCardMessages,
  readCardLanguage,
} from '../../../../lib/i18n/card-catalog-schema';
import { cardLanguage, precompileMessages } from '../../../../lib/i18n/card-catalogs';
import { createTranslator, LANGUAGES, type Language } from '../../../../lib/i18n';

const source = (language: Language) =>
  JSON.parse(
    readFileSync(
      new URL(`../../../../lib/i18n/messages/${language}/card.json`, import.meta.url),
      'utf8',
    ),
  ) as Record<string, string>;

/** A value for every argument of a message tree: a count for plurals and numbers, text else. */
function valuesFor(
  elements: readonly MessageFormatElement[],
  out: Record<string, string | number> = {},
) {
  for (const el of elements) {
    if (el.type === 6 || el.type === 2) out[el.value] = 2;
    else if (el.type === 5) out[el.value] ??= 'other';
    else if (el.type === 1) out[el.value] ??= 'x';
    if ('options' in el)
      for (const option of Object.values(el.options)) valuesFor(option.value, out);
  }
  return out;
}

describe('the card catalogs the background sends', () => {
  it.each(LANGUAGES)('%s: parsed, it passes the check and formats as the text does', (language) => {
    const messages = source(language);
    const parsed = precompileMessages(messages, language);
    expect(isPrecompiledCardMessages(parsed)).toBe(true);
    expect(Object.keys(parsed).sort()).toEqual(Object.keys(messages).sort());
    // The card formats the trees exactly as a translator formats the text.
    const fromTrees = createTranslator(language, parsed as unknown as Record<string, string>);
    const fromText = createTranslator(language, messages);
    for (const key of Object.keys(messages) as Parameters<typeof fromText.t>[0][]) {
      const values = valuesFor(parsed[key]!);
      expect(fromTrees.t(key, values), key).toBe(fromText.t(key, values));
    }
  });

  it('sends Portuguese and Spanish with their messages, English without (the card has it)', () => {
    expect(cardLanguage('en')).toEqual({ language: 'en' });
    for (const language of ['pt-BR', 'es'] as const) {
      const sent = cardLanguage(language);
      expect(sent.language).toBe(language);
      expect(readCardLanguage(sent.language, sent.catalog)).toEqual(sent);
      // Parsed once per worker.
      expect(cardLanguage(language).catalog).toBe(sent.catalog);
    }
    expect(cardLanguage('pt-BR').catalog!['card.call']).toEqual([{ type: 0, value: 'Ligar' }]);
  });

  it.each<[string, unknown, unknown]>([
    ['an unknown language', 'fr', undefined],
    ['no language', undefined, undefined],
    ['Portuguese without its messages', 'pt-BR', undefined],
    ['a catalog that is text', 'es', { 'card.call': 'Llamar' }],
    ['a key of another area', 'es', { 'options.x': [{ type: 0, value: 'x' }] }],
    ['an unknown element type', 'es', { 'card.call': [{ type: 9, value: 'x' }] }],
    ['a literal without text', 'es', { 'card.call': [{ type: 0 }] }],
    ['a plural without options', 'es', { 'card.call': [{ type: 6, value: 'n', offset: 0 }] }],
    [
      'a plural option that is not a tree',
      'es',
      { 'card.call': [{ type: 6, value: 'n', offset: 0, options: { other: { value: 'x' } } }] },
    ],
    ['a list', 'es', [[{ type: 0, value: 'x' }]]],
    ['null', 'es', null],
    ['a huge text', 'es', { 'card.call': [{ type: 0, value: 'x'.repeat(5000) }] }],
  ])('refuses %s', (_, language, catalog) => {
    expect(readCardLanguage(language, catalog)).toBeNull();
  });

  it('accepts English alone, and refuses any tree a real one was broken into', () => {
    expect(readCardLanguage('en')).toEqual({ language: 'en' });
    const real = cardLanguage('es').catalog!;
    const keys = Object.keys(real);
    fc.assert(
      fc.property(
        fc.constantFrom(...keys),
        fc.constantFrom<unknown>(7, 'x', null, [], {}, { type: 'literal' }, { type: 2, value: 3 }),
        (key, junk) => {
          const broken = { ...real, [key]: [...real[key]!, junk] };
          return readCardLanguage('es', broken) === null;
        },
      ),
      { numRuns: 200, interruptAfterTimeLimit: 4000 },
    );
  });
});
