/**
 * The background's refusals that used to be written in English in code, now in the language in
 * effect: a setting the policy locks, a config source the policy fixes, and the softphone where
 * this browser has none. English stays the sentence the other tests check.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { wireEvents } from '../../../../entrypoints/background/events';
import { browserPlatform } from '../../../../entrypoints/background/platform';
import { createBackgroundService } from '../../../../lib/background/service';
import type { RingsideDb } from '../../../../lib/db/schema';
import { accountDocument, freshDb } from '../../helpers/background-fixtures';
import { sendMessage as send } from '../../helpers/send-message';

let db: RingsideDb;
let unregister: (() => void) | undefined;

beforeEach(() => {
  db = freshDb();
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(accountDocument()))),
  );
  vi.stubGlobal('chrome', fakeBrowser);
});

afterEach(() => {
  unregister?.();
  unregister = undefined;
  vi.unstubAllGlobals();
});

describe('the background’s refusals in the language in effect', () => {
  it.each([
    [
      'en-US',
      "Set by your organization's policy and locked: provider",
      "The config source is set by your organization's policy.",
      'The SIP softphone is not available here.',
    ],
    [
      'pt-BR',
      'Definido pela política da sua organização e bloqueado: provider',
      'A origem da configuração é definida pela política da sua organização.',
      'O softphone SIP não está disponível aqui.',
    ],
    [
      'es-MX',
      'Definido por la política de su organización y bloqueado: provider',
      'El origen de la configuración lo define la política de su organización.',
      'El softphone SIP no está disponible aquí.',
    ],
  ])('browser in %s', async (ui, locked, sourceLocked, noSoftphone) => {
    await fakeBrowser.storage.managed.set({
      configUrl: 'https://cfg.example/acme.json',
      settingsLocked: true,
    });
    const service = createBackgroundService(
      db,
      { ...browserPlatform, uiLanguage: () => ui },
      accountDocument({ accountId: 'demo' }),
    );
    unregister = wireEvents(service);
    await service.ready;
    await service.syncIdle();
    expect(await send('updateSettings', { provider: { kind: 'tel' } })).toEqual({
      ok: false,
      error: locked,
    });
    expect(await send('importConfig', { text: JSON.stringify(accountDocument()) })).toMatchObject({
      ok: false,
      error: sourceLocked,
    });
    expect(await send('softphoneControl', { action: 'hangup' })).toEqual({
      ok: false,
      error: noSoftphone,
    });
  });
});
