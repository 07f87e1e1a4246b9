import { describe, expect, it } from 'vitest';
import { libTranslator } from '../../../../../lib/i18n/lib-translators';
import { providerFor, type OutboundCall } from '../../../../../lib/calls/providers';
import { INITIAL_STATE } from '../../../../../lib/softphone/state';

const CALL: OutboundCall = {
  to: '+14155551234',
  from: '+14155550100',
  fromNumberId: 'n1',
  agentId: 'a1',
  accountId: 'acme',
  rule: 'agent-fixed',
};

const failingFetch = (async () => new Response('down', { status: 503 })) as unknown as typeof fetch;
const deps = (language?: 'pt-BR' | 'es') => ({
  fetch: failingFetch,
  openTelUrl: async () => undefined,
  softphone: {
    unavailable: null,
    request: async () => ({ ok: true as const }),
    readState: async () => INITIAL_STATE,
  },
  ...(language ? { translator: libTranslator(language) } : {}),
});

describe('the call providers write the call log in the agent language', () => {
  it.each<[string, () => Parameters<typeof providerFor>[0], object, object, object]>([
    [
      'tel',
      () => ({ kind: 'tel' }),
      {
        ok: true,
        detail:
          'Handed +14155551234 to the system phone app; it may show its own number instead of +14155550100.',
      },
      {
        ok: true,
        detail:
          '+14155551234 foi passado ao aplicativo de telefone do sistema; ele pode mostrar o próprio número em vez de +14155550100.',
      },
      {
        ok: true,
        detail:
          '+14155551234 se pasó a la aplicación de teléfono del sistema; puede mostrar su propio número en lugar de +14155550100.',
      },
    ],
    [
      'webhook 503',
      () => ({ kind: 'webhook', url: 'https://dialer.example.com/call' }),
      { ok: false, error: 'The call webhook answered HTTP 503: down' },
      { ok: false, error: 'O webhook de chamadas respondeu HTTP 503: down' },
      { ok: false, error: 'El webhook de llamadas respondió HTTP 503: down' },
    ],
    [
      'sip, softphone not started',
      () =>
        ({
          kind: 'sip',
          wsUrl: 'wss://pbx.example.com/ws',
          domain: 'pbx.example.com',
          iceServers: [],
        }) as unknown as Parameters<typeof providerFor>[0],
      {
        ok: false,
        refused: true,
        error: 'The softphone is off: The softphone has not started yet.',
      },
      {
        ok: false,
        refused: true,
        error: 'O softphone está desligado: The softphone has not started yet.',
      },
      {
        ok: false,
        refused: true,
        error: 'El softphone está apagado: The softphone has not started yet.',
      },
    ],
  ])('%s', async (_, settings, inEn, inPt, inEs) => {
    expect(await providerFor(settings(), deps()).place(CALL)).toEqual(inEn);
    expect(await providerFor(settings(), deps('pt-BR')).place(CALL)).toEqual(inPt);
    expect(await providerFor(settings(), deps('es')).place(CALL)).toEqual(inEs);
  });
});
