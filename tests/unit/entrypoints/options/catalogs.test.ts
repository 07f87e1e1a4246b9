// @vitest-environment happy-dom
/**
 * The options page installs English at once and loads another language's catalogs only when the
 * page is (or switches to) that language: before they are there its texts stay in the language
 * it was showing (English at first), never a bare key nor a flash of English, and once loaded
 * they are the language's own.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { installOptionsCatalogs } from '../../../../entrypoints/options/catalogs';
import { hasCatalog, language, setLanguagePreference, t } from '../../../../utils/i18n';

afterEach(() => setLanguagePreference('auto'));

describe('installOptionsCatalogs', () => {
  it('installs English only, then loads Spanish when the page switches to it', async () => {
    await installOptionsCatalogs();
    expect(t('options.nav.language')).toBe('Language');
    expect(hasCatalog('en')).toBe(true);
    expect(hasCatalog('es')).toBe(false);
    expect(hasCatalog('pt-BR')).toBe(false);

    setLanguagePreference('es');
    // Until the chunk is there the text is the English one, not the key.
    expect(t('options.nav.language')).toMatch(/^(Language|Idioma)$/);
    await expect.poll(() => t('options.nav.language')).toBe('Idioma');
    expect(hasCatalog('es')).toBe(true);
    expect(hasCatalog('pt-BR')).toBe(false);
    // The areas beside the options page's own come along (the shared components' texts).
    expect(t('common.country.unknown')).toBe('País desconocido');

    setLanguagePreference('pt-BR');
    // Spanish until the Portuguese chunk is there, not English in between.
    expect(hasCatalog('pt-BR')).toBe(false);
    expect(t('options.header.managed')).toBe('administrada');
    expect(language.value).toBe('es');
    await expect.poll(() => t('options.header.managed')).toBe('gerenciada');
    expect(language.value).toBe('pt-BR');
    expect(hasCatalog('pt-BR')).toBe(true);
  });
});
