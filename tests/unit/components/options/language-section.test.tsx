// @vitest-environment happy-dom
/**
 * The options page's Language picker against the real settings rules (lib/db/settings.ts): picking
 * a language re-renders the page in it at once, saves Settings.language (which no policy locks),
 * and a page opened later starts in it. A refused save switches back and says why.
 */
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CallerIdPolicySection } from '../../../../components/options/CallerIdPolicySection';
import { LanguageSection } from '../../../../components/options/LanguageSection';
import { getSettings, savePolicy, updateSettings } from '../../../../lib/db/settings';
import type { SettingsPatch } from '../../../../lib/db/schemas';
import type { LanguagePreference } from '../../../../lib/i18n/languages';
import type { Ack } from '../../../../lib/messages';
import { language, setLanguagePreference } from '../../../../utils/i18n';
import { freshDb } from '../../helpers/background-fixtures';

afterEach(() => {
  cleanup();
  // Back to the test browser's own language (English) for the next test.
  vi.restoreAllMocks();
  setLanguagePreference('en');
  setLanguagePreference('auto');
});

/** The picker and one other section, as the options page shows them. */
function Page({
  value,
  onSave,
}: {
  value: LanguagePreference | undefined;
  onSave: (patch: SettingsPatch) => Promise<Ack>;
}) {
  return (
    <>
      <LanguageSection value={value} onSave={onSave} />
      <CallerIdPolicySection value={{ mode: 'automated', allowDefault: true }} onChange={vi.fn()} />
    </>
  );
}

/** A save goes through (fake) IndexedDB: on a busy machine it can take seconds, not the default 1 s. */
const SAVED = { timeout: 10_000 };

const picker = () => screen.getByRole('combobox') as HTMLSelectElement;

function saveTo(db: ReturnType<typeof freshDb>) {
  return vi.fn(async (patch: SettingsPatch): Promise<Ack> => {
    const result = await updateSettings(db, patch);
    return result.ok ? { ok: true } : result;
  });
}

describe('Language (options)', () => {
  it('offers the browser language, named in itself, and each language in its own name', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['es-MX', 'en-US']);
    // The language in effect is worked out again when the preference changes.
    setLanguagePreference('en');
    setLanguagePreference('auto');
    render(<Page value={undefined} onSave={saveTo(freshDb())} />);
    expect([...picker().options].map((o) => [o.value, o.textContent])).toEqual([
      ['auto', 'Idioma del navegador (Español)'],
      ['en', 'English'],
      ['pt-BR', 'Português (Brasil)'],
      ['es', 'Español'],
    ]);
    expect(picker().value).toBe('auto');
    // "auto" follows the browser: this Spanish browser gets the page in Spanish.
    expect(screen.getByRole('heading', { name: 'Idioma' })).toBeTruthy();
  });

  it('switching to es re-renders the page in Spanish at once, and the setting is saved', async () => {
    const db = freshDb();
    const onSave = saveTo(db);
    render(<Page value={undefined} onSave={onSave} />);
    expect(screen.getByRole('heading', { name: 'Outbound Caller ID Selection' })).toBeTruthy();

    fireEvent.change(picker(), { target: { value: 'es' } });

    // At once, before the save answers: this section and every other one.
    expect(
      screen.getByRole('heading', { name: 'Selección del identificador de llamadas salientes' }),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Idioma' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: /^Automática/ })).toBeTruthy();
    expect(onSave).toHaveBeenCalledWith({ language: 'es' });
    await waitFor(() => expect(screen.getByText('Guardado.')).toBeTruthy(), SAVED);
    expect((await getSettings(db)).language).toBe('es');
    expect(language.value).toBe('es');
  });

  it('a page opened later starts in the saved language', async () => {
    const db = freshDb();
    await updateSettings(db, { language: 'pt-BR' });
    const saved = (await getSettings(db)).language;
    // What the options page does with the settings row it reads (OptionsApp).
    setLanguagePreference(saved);
    render(<Page value={saved} onSave={saveTo(db)} />);
    expect(picker().value).toBe('pt-BR');
    expect(
      screen.getByRole('heading', { name: 'Seleção do identificador de chamadas de saída' }),
    ).toBeTruthy();
  });

  it('back to the browser language saves "auto"', async () => {
    const db = freshDb();
    await updateSettings(db, { language: 'es' });
    setLanguagePreference('es');
    const onSave = saveTo(db);
    render(<Page value="es" onSave={onSave} />);
    fireEvent.change(picker(), { target: { value: 'auto' } });
    await waitFor(() => expect(onSave).toHaveBeenCalledWith({ language: 'auto' }), SAVED);
    await waitFor(async () => expect((await getSettings(db)).language).toBe('auto'), SAVED);
    expect(screen.getByRole('heading', { name: 'Outbound Caller ID Selection' })).toBeTruthy();
  });

  it('is the agent’s own: a policy that locks every setting does not lock the language', async () => {
    const db = freshDb();
    await savePolicy(db, { id: 'policy', settingsLocked: true, readAt: 1, problems: [] });
    render(<Page value={undefined} onSave={saveTo(db)} />);
    expect(picker().disabled).toBe(false);
    fireEvent.change(picker(), { target: { value: 'pt-BR' } });
    await waitFor(() => expect(screen.getByText('Salvo.')).toBeTruthy(), SAVED);
    expect((await getSettings(db)).language).toBe('pt-BR');
  });

  it('a refused save switches back to the saved language and says why', async () => {
    const onSave = vi.fn(async (): Promise<Ack> => ({ ok: false, error: 'Refused for the test.' }));
    render(<Page value="en" onSave={onSave} />);
    fireEvent.change(picker(), { target: { value: 'es' } });
    await waitFor(() => expect(screen.getByText('Refused for the test.')).toBeTruthy(), SAVED);
    expect(picker().value).toBe('en');
    expect(language.value).toBe('en');
    expect(screen.getByRole('heading', { name: 'Outbound Caller ID Selection' })).toBeTruthy();
  });
});
