/**
 * `catalogLoaders`: a surface that loads a language's catalogs on demand gets, for each language,
 * one loader that imports all of that language's files and merges them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogLoaders, type Messages } from '../../../../lib/i18n/catalog';

const file = (messages: Messages) => () => Promise.resolve(messages);

describe('catalogLoaders', () => {
  it('merges each language’s files and loads nothing of another language', async () => {
    const loaded: string[] = [];
    const track = (path: string, messages: Messages) => () => {
      loaded.push(path);
      return Promise.resolve(messages);
    };
    const loaders = catalogLoaders({
      '../../lib/i18n/messages/es/common.json': track('es/common', { 'common.yes': 'Sí' }),
      '../../lib/i18n/messages/es/options.json': track('es/options', { 'options.x': 'Equis' }),
      '../../lib/i18n/messages/pt-BR/common.json': track('pt-BR/common', { 'common.yes': 'Sim' }),
    });
    expect(Object.keys(loaders).sort()).toEqual(['es', 'pt-BR']);
    expect(await loaders.es!()).toEqual({ 'common.yes': 'Sí', 'options.x': 'Equis' });
    expect(loaded.sort()).toEqual(['es/common', 'es/options']);
    expect(loaders.en).toBeUndefined();
  });

  it.each([
    ['../../lib/i18n/messages/fr/common.json'],
    ['../../lib/i18n/messages/common.json'],
    ['elsewhere/es.json'],
  ])('refuses a file that is not a catalog of a known language: %s', (path) => {
    expect(() => catalogLoaders({ [path]: file({}) })).toThrow(/Not a catalog/);
  });

  it('a language’s loader holds every key of its files, whatever their number and order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.constantFrom('common', 'options', 'config', 'reasons', 'calls'), {
          minLength: 1,
        }),
        async (areas) => {
          const files = Object.fromEntries(
            areas.map((area) => [
              `../../lib/i18n/messages/pt-BR/${area}.json`,
              file({ [`${area}.a`]: `${area} a`, [`${area}.b`]: `${area} b` }),
            ]),
          );
          const messages = await catalogLoaders(files)['pt-BR']!();
          expect(Object.keys(messages).sort()).toEqual(
            areas.flatMap((a) => [`${a}.a`, `${a}.b`]).sort(),
          );
        },
      ),
      { numRuns: 100, interruptAfterTimeLimit: 4000 },
    );
  });
});
