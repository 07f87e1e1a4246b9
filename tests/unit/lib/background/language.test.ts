// The background's language: the agent's choice, else the browser's UI language, and a change
// heard by listeners (the context menu's title). Through the service: a page gets its refusals
// and reasons in that language as soon as the setting changes.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { wireEvents } from '../../../../entrypoints/background/events';
import { browserPlatform } from '../../../../entrypoints/background/platform';
import { createBackgroundLanguage } from '../../../../lib/background/language';
import { createBackgroundService } from '../../../../lib/background/service';
import type { RingsideDb } from '../../../../lib/db/schema';
import { DEFAULT_SETTINGS } from '../../../../lib/db/settings';
import { accountDocument, freshDb } from '../../helpers/background-fixtures';
import { sendMessage as send } from '../../helpers/send-message';

let db: RingsideDb;
let unregister: (() => void) | undefined;

beforeEach(() => {
  db = freshDb();
  vi.stubGlobal('chrome', fakeBrowser);
});

afterEach(() => {
  unregister?.();
  unregister = undefined;
  vi.unstubAllGlobals();
});

describe('createBackgroundLanguage', () => {
  it.each([
    [undefined, 'pt-BR', 'pt-BR'],
    ['auto', 'es-419', 'es'],
    ['auto', 'fr-FR', 'en'],
    ['es', 'pt-BR', 'es'],
    ['en', 'es-MX', 'en'],
    [undefined, undefined, 'en'],
  ] as const)('choice %s with the browser in %s → %s', async (choice, ui, expected) => {
    await db.settings.put({ ...DEFAULT_SETTINGS, ...(choice ? { language: choice } : {}) });
    const language = createBackgroundLanguage(db, () => ui);
    expect(await language.refresh()).toBe(expected);
    expect(language.current().language).toBe(expected);
  });

  it('tells listeners when the language changes, and only then', async () => {
    await db.settings.put({ ...DEFAULT_SETTINGS, language: 'auto' });
    const language = createBackgroundLanguage(db, () => 'en-US');
    const heard = vi.fn();
    language.onChange(heard);
    await language.refresh();
    expect(heard).not.toHaveBeenCalled();
    await db.settings.put({ ...DEFAULT_SETTINGS, language: 'pt-BR' });
    await language.refresh();
    await language.refresh();
    expect(heard).toHaveBeenCalledTimes(1);
    expect(heard.mock.calls[0]![0].t('background.menu.title')).toBe(
      'Ligar para “%s” com o Ringside',
    );
  });

  it('a browser without i18n (it throws) is read as English', async () => {
    const language = createBackgroundLanguage(db, () => {
      throw new Error('not implemented');
    });
    expect(await language.refresh()).toBe('en');
  });
});

describe('the service speaks the language in effect', () => {
  it('refusals and reasons follow Settings.language, else the browser; the change is announced', async () => {
    const service = createBackgroundService(
      db,
      { ...browserPlatform, uiLanguage: () => 'es-MX' },
      accountDocument({ accountId: 'demo' }),
    );
    unregister = wireEvents(service);
    await service.ready;
    await service.syncIdle();
    expect(service.translator().language).toBe('es');
    expect(await send('selectAgent', { agentId: 'a1' })).toEqual({ ok: true });

    // Spanish from the browser: an emergency number is refused in Spanish.
    expect(await send('dial', { to: '911' })).toMatchObject({
      ok: false,
      error:
        '911 es un número de emergencia. Ringside no hace llamadas de emergencia: use un teléfono para llamar al 911.',
    });

    const heard = vi.fn();
    service.onLanguageChange(heard);
    expect(await send('updateSettings', { language: 'pt-BR' })).toEqual({ ok: true });
    expect(heard).toHaveBeenCalledTimes(1);
    expect(service.translator().language).toBe('pt-BR');
    const preview = (await send('previewCallerId', { to: '+14155550123' })) as {
      ok: boolean;
      selection: { reason: string };
    };
    expect(preview.ok).toBe(true);
    expect(preview.selection.reason).toBe(
      'Mesmo DDD (415) do número para o qual você está ligando.',
    );

    // Back to "follow the browser".
    expect(await send('updateSettings', { language: 'auto' })).toEqual({ ok: true });
    expect(service.translator().language).toBe('es');
  });
});
