/**
 * The sync's texts written in lib/ (the URL checks shared by the options page and the background,
 * the interval hint, and what a sync without a URL says) in each language. English stays the
 * sentence it always was; pt-BR and es are whole sentences of their own.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../lib/db/settings';
import { getSyncState } from '../../../../lib/db/sync-state';
import { english } from '../../../../lib/i18n/english';
import { libTranslator } from '../../../../lib/i18n/lib-translators';
import { SYNC_INTERVAL_HINT, syncIntervalHint } from '../../../../lib/sync/interval';
import { fetchConfigDocument } from '../../../../lib/sync/fetch-config';
import { runSync } from '../../../../lib/sync/run';
import { remoteUrlProblem } from '../../../../lib/sync/url';
import { freshDb } from '../../helpers/background-fixtures';

const pt = libTranslator('pt-BR');
const es = libTranslator('es');
const NOW = 1_700_000_000_000;
const noFetch = (async () => {
  throw new Error('no request expected');
}) as unknown as typeof fetch;

describe('remoteUrlProblem in each language', () => {
  it.each<[string, string, string, string]>([
    [
      'not a url',
      '"not a url" is not a URL',
      '"not a url" não é uma URL',
      '"not a url" no es una URL',
    ],
    [
      'https://bob:pw@cfg.example/a.json',
      // The user name and password are never repeated back.
      '"https://cfg.example/a.json" has a user name or password in it; remove it and put the token in the token field instead',
      '"https://cfg.example/a.json" contém um nome de usuário ou uma senha; remova-os e coloque o token no campo de token',
      '"https://cfg.example/a.json" contiene un nombre de usuario o una contraseña; quítelos y ponga el token en el campo de token',
    ],
    [
      'http://cfg.example/a.json',
      '"http://cfg.example/a.json" uses http://, which is only allowed for localhost and 127.0.0.1; use https://',
      '"http://cfg.example/a.json" usa http://, que só é permitido para localhost e 127.0.0.1; use https://',
      '"http://cfg.example/a.json" usa http://, que solo se permite para localhost y 127.0.0.1; use https://',
    ],
    [
      'ftp://cfg.example/a.json',
      '"ftp://cfg.example/a.json" must be an https:// URL',
      '"ftp://cfg.example/a.json" precisa ser uma URL https://',
      '"ftp://cfg.example/a.json" debe ser una URL https://',
    ],
  ])('%s', (url, en, inPt, inEs) => {
    expect(remoteUrlProblem(url)).toBe(en);
    expect(remoteUrlProblem(url, pt)).toBe(inPt);
    expect(remoteUrlProblem(url, es)).toBe(inEs);
  });

  it('accepts https and loopback http in every language', () => {
    for (const tr of [english, pt, es]) {
      expect(remoteUrlProblem('https://cfg.example/a.json', tr)).toBeNull();
      expect(remoteUrlProblem('http://127.0.0.1:8080/a.json', tr)).toBeNull();
    }
  });
});

describe('the sync interval hint in each language', () => {
  it.each([
    [english, 'Enter a whole number of minutes from 1 to 1440.'],
    [pt, 'Informe um número inteiro de minutos de 1 a 1440.'],
    [es, 'Escriba un número entero de minutos de 1 a 1440.'],
  ])('%#', (tr, text) => {
    expect(syncIntervalHint(tr)).toBe(text);
  });

  it('keeps the English constant the options page used to show', () => {
    expect(SYNC_INTERVAL_HINT).toBe('Enter a whole number of minutes from 1 to 1440.');
    expect(syncIntervalHint()).toBe(SYNC_INTERVAL_HINT);
  });
});

describe('runSync without a URL to sync, in each language', () => {
  it.each([
    [
      undefined,
      'The config comes from the bundled demo account; there is no URL to sync.',
      'The config comes from a document edited or imported on the options page; there is no URL to sync.',
    ],
    [
      pt,
      'A configuração vem da conta de demonstração incluída; não há URL para sincronizar.',
      'A configuração vem de um documento editado ou importado na página de opções; não há URL para sincronizar.',
    ],
    [
      es,
      'La configuración viene de la cuenta de demostración incluida; no hay URL para sincronizar.',
      'La configuración viene de un documento editado o importado en la página de opciones; no hay URL para sincronizar.',
    ],
  ])('%#: the demo and local sources say where the config comes from', async (tr, demo, local) => {
    for (const [source, text] of [
      ['demo', demo],
      ['local', local],
    ] as const) {
      const db = freshDb();
      await db.settings.put({ ...DEFAULT_SETTINGS, source });
      const result = await runSync({
        db,
        fetch: noFetch,
        now: () => NOW,
        ...(tr ? { translator: tr } : {}),
      });
      expect(result).toEqual({ ok: true, changed: false, skipped: text });
    }
  });

  it.each([
    [undefined, 'No sync URL is set. No config is active yet.'],
    [pt, 'Nenhuma URL de sincronização foi definida. Ainda não há nenhuma configuração ativa.'],
    [
      es,
      'No se definió ninguna URL de sincronización. Todavía no hay ninguna configuración activa.',
    ],
  ])('%#: a URL source without a URL is a settings error in the language', async (tr, text) => {
    const db = freshDb();
    await db.settings.put({ ...DEFAULT_SETTINGS, source: 'url' });
    const result = await runSync({
      db,
      fetch: noFetch,
      now: () => NOW,
      ...(tr ? { translator: tr } : {}),
    });
    expect(result).toMatchObject({ ok: false, kind: 'config', error: text });
    expect((await getSyncState(db)).lastError?.message).toBe(text);
  });
});

describe('fetchConfigDocument: the message and its detail lines in each language', () => {
  const URL_A = 'https://cfg.example/acme.json';
  const redirect = (async () =>
    new Response(null, {
      status: 302,
      headers: { Location: 'https://other.example/x' },
    })) as unknown as typeof fetch;
  // Never answers; the fetch gives up when the timeout aborts it.
  const hang = ((_url: string, init: RequestInit) =>
    new Promise((_resolve, reject) =>
      init.signal?.addEventListener('abort', () =>
        reject(new DOMException('aborted', 'AbortError')),
      ),
    )) as unknown as typeof fetch;

  it.each([
    [
      undefined,
      "https://cfg.example/acme.json answered with a redirect to https://other.example/x. Ringside does not follow redirects (the token would go with it): set the sync URL to the document's final address.",
      'Redirect (HTTP 302) to https://other.example/x',
      'Timed out after 50 ms',
    ],
    [
      pt,
      'https://cfg.example/acme.json respondeu com um redirecionamento para https://other.example/x. O Ringside não segue redirecionamentos (o token iria junto): use como URL de sincronização o endereço final do documento.',
      'Redirecionamento (HTTP 302) para https://other.example/x',
      'Tempo esgotado após 50 ms',
    ],
    [
      es,
      'https://cfg.example/acme.json respondió con una redirección a https://other.example/x. Ringside no sigue redirecciones (el token se enviaría con ella): use como URL de sincronización la dirección final del documento.',
      'Redirección (HTTP 302) a https://other.example/x',
      'Se agotó el tiempo después de 50 ms',
    ],
  ])(
    '%#: a redirect (no English "to" inside) and a timeout',
    async (tr, message, detail, timedOut) => {
      const language = tr ? { translator: tr } : {};
      expect(
        await fetchConfigDocument({ url: URL_A, timeoutMs: 5_000, fetch: redirect, ...language }),
      ).toMatchObject({ kind: 'error', errorKind: 'http', message, details: [detail] });
      expect(
        await fetchConfigDocument({ url: URL_A, timeoutMs: 50, fetch: hang, ...language }),
      ).toMatchObject({ kind: 'error', errorKind: 'timeout', details: [timedOut] });
    },
  );
});
