// @vitest-environment happy-dom
// Pages follow Settings.language live: a change saved by the options page (or anywhere) reaches
// utils/i18n's language, the page's lang attribute and its title, and "auto" goes back to the
// browser's language.
import { afterEach, describe, expect, it } from 'vitest';
import { getDb } from '../../../lib/db/connection';
import { updateSettings } from '../../../lib/db/settings';
import { language, setLanguagePreference, t } from '../../../utils/i18n';
import { followDocumentLanguage, followLanguageSetting } from '../../../utils/language-setting';

const stops: (() => void)[] = [];
afterEach(() => {
  stops.splice(0).forEach((stop) => stop());
  setLanguagePreference('auto');
});

describe('followLanguageSetting', () => {
  it('follows every change of the setting, and "auto" is the browser’s language', async () => {
    stops.push(
      followLanguageSetting(),
      followDocumentLanguage(() => t('popup.documentTitle')),
    );
    const browser = language.value;
    expect(browser).toBe('en'); // happy-dom's navigator is en-US

    expect(await updateSettings(getDb(), { language: 'pt-BR' })).toMatchObject({ ok: true });
    await expect.poll(() => language.value).toBe('pt-BR');
    expect(document.documentElement.lang).toBe('pt-BR');
    expect(t('sidepanel.call')).toBe('Ligar');

    expect(await updateSettings(getDb(), { language: 'es' })).toMatchObject({ ok: true });
    await expect.poll(() => language.value).toBe('es');
    expect(t('sidepanel.call')).toBe('Llamar');

    expect(await updateSettings(getDb(), { language: 'auto' })).toMatchObject({ ok: true });
    await expect.poll(() => language.value).toBe(browser);
    expect(document.documentElement.lang).toBe('en');
  });

  it('stops following once stopped', async () => {
    const stop = followLanguageSetting();
    expect(await updateSettings(getDb(), { language: 'es' })).toMatchObject({ ok: true });
    await expect.poll(() => language.value).toBe('es');
    stop();
    expect(await updateSettings(getDb(), { language: 'pt-BR' })).toMatchObject({ ok: true });
    // Another watcher sees the write land, so this one had the time to react and did not.
    const seen: string[] = [];
    stops.push((await import('../../../lib/ui/watch-language')).watchLanguage((l) => seen.push(l)));
    await expect.poll(() => seen).toContain('pt-BR');
    expect(language.value).toBe('es');
  });
});
