import { describe, expect, it } from 'vitest';
import { catalogsFrom, type MessageKey } from '../../../../lib/i18n/catalog';
import { effectiveLanguage, negotiateLanguage } from '../../../../lib/i18n/languages';
import { createTranslator } from '../../../../lib/i18n/translator';

const key = (k: string) => k as MessageKey;

describe('negotiateLanguage', () => {
  it.each([
    [['pt-BR'], 'pt-BR'],
    [['pt'], 'pt-BR'],
    [['pt-PT', 'en'], 'pt-BR'],
    [['es-MX'], 'es'],
    [['es_419'], 'es'],
    [['en-GB'], 'en'],
    [['de-DE', 'es'], 'es'],
    [['fr', 'de'], 'en'],
    [[], 'en'],
  ] as const)('%j → %s', (preferred, expected) => {
    expect(negotiateLanguage(preferred)).toBe(expected);
  });

  it('an explicit choice wins over the browser', () => {
    expect(effectiveLanguage('es', ['pt-BR'])).toBe('es');
    expect(effectiveLanguage('auto', ['pt-BR'])).toBe('pt-BR');
    expect(effectiveLanguage(undefined, ['es-AR'])).toBe('es');
  });
});

describe('createTranslator', () => {
  const pt = createTranslator(
    'pt-BR',
    { 'x.count': '{count, plural, one {# número} other {# números}}' },
    { 'x.count': '{count, plural, one {# number} other {# numbers}}', 'x.only': 'Only English' },
  );

  it('formats plurals with the language’s rules and its digits grouping', () => {
    expect(pt.t(key('x.count'), { count: 1 })).toBe('1 número');
    expect(pt.t(key('x.count'), { count: 2500 })).toBe('2.500 números');
  });

  it('falls back to English for a key the language lacks, and shows an unknown key as itself', () => {
    expect(pt.t(key('x.only'))).toBe('Only English');
    expect(pt.t(key('x.nowhere'))).toBe('x.nowhere');
  });

  it('names countries, lists and numbers in the language', () => {
    expect(pt.country('US')).toBe('Estados Unidos');
    expect(createTranslator('es', {}).country('BR')).toBe('Brasil');
    expect(pt.list(['a', 'b', 'c'])).toBe('a, b e c');
    expect(pt.number(1234.5)).toBe('1.234,5');
  });

  it('reads catalogs from glob paths by language', () => {
    const c = catalogsFrom({
      '../messages/en/a.json': { 'a.x': 'X' },
      '../messages/pt-BR/a.json': { 'a.x': 'Xp' },
      '../messages/es/a.json': { 'a.x': 'Xe' },
    });
    expect(c['pt-BR']['a.x']).toBe('Xp');
    expect(() => catalogsFrom({ '../messages/fr/a.json': {} })).toThrow(/fr/);
  });
});
