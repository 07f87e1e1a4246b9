/**
 * The SIP provider is the background's last word on a second call: the side panel disables its
 * Call button during a call, but a dial that still arrives (another surface, the CRM card, a
 * message) must be refused without anything sent to the softphone.
 */
import { describe, expect, it } from 'vitest';
import { createSipProvider, type SoftphonePort } from '../../../../../lib/calls/providers/sip';
import type { SipProviderSettings } from '../../../../../lib/db/types';
import { libTranslator } from '../../../../../lib/i18n/lib-translators';
import type { Translator } from '../../../../../lib/i18n/translator';
import type { OffscreenRequest } from '../../../../../lib/softphone/protocol';
import {
  INITIAL_STATE,
  reduce,
  type SoftphoneEvent,
  type SoftphoneState,
} from '../../../../../lib/softphone/state';

const run = (events: SoftphoneEvent[]) =>
  events.reduce((s, e, i) => reduce(s, e, 1000 + i), INITIAL_STATE);
const REGISTERED: SoftphoneEvent[] = [
  { type: 'connecting', user: '1001@ringside.test', server: 'ws://127.0.0.1:5066' },
  { type: 'registered', at: 5 },
];

const SETTINGS: SipProviderSettings = {
  kind: 'sip',
  wsUrl: 'ws://127.0.0.1:5066',
  domain: 'ringside.test',
  iceServers: [],
  displayName: 'none',
  assertIdentity: false,
};

const CALL = {
  to: '+12125550199',
  from: '+14155550100',
  fromNumberId: 'n1',
  agentId: 'a1',
  accountId: 'acme',
  rule: 'area-code' as const,
};

function port(state: SoftphoneState): { port: SoftphonePort; sent: OffscreenRequest[] } {
  const sent: OffscreenRequest[] = [];
  return {
    sent,
    port: {
      unavailable: null,
      request: (req) => {
        sent.push(req);
        return Promise.resolve({ ok: true });
      },
      readState: () => Promise.resolve(state),
    },
  };
}

describe('SIP provider', () => {
  it('places a call when registered and idle, with the caller ID it was given', async () => {
    const p = port(run(REGISTERED));
    const outcome = await createSipProvider(SETTINGS, p.port, () => 'c-1').place(CALL);
    expect(outcome).toMatchObject({ ok: true, callKey: 'c-1' });
    expect(p.sent).toEqual([expect.objectContaining({ kind: 'call', id: 'c-1', target: CALL.to })]);
  });

  it.each<[string, SoftphoneEvent[], RegExp]>([
    [
      'a call is up',
      [...REGISTERED, { type: 'outgoing', id: 'a', remote: '+1', from: '+2', at: 6 }],
      /already on a call/,
    ],
    [
      'a call is ringing in',
      [...REGISTERED, { type: 'incoming', id: 'a', remote: 'x', at: 6 }],
      /answer or decline/,
    ],
  ])('refuses a second dial while %s, and sends the softphone nothing', async (_, events, why) => {
    const p = port(run(events));
    const outcome = await createSipProvider(SETTINGS, p.port, () => 'c-2').place(CALL);
    expect(outcome).toEqual({ ok: false, refused: true, error: expect.stringMatching(why) });
    expect(p.sent).toEqual([]);
  });
});

describe('SIP provider: the call log line, one sentence per language', () => {
  const registered = () => port(run(REGISTERED)).port;
  const labelled = { ...CALL, fromLabel: 'SF Main' };
  it.each<[string, Partial<SipProviderSettings>, string, string, string]>([
    [
      'no display name, no P-Asserted-Identity',
      {},
      'Calling over SIP with caller ID +14155550100.',
      'Chamando por SIP com o identificador de chamadas +14155550100.',
      'Llamando por SIP con el identificador de llamadas +14155550100.',
    ],
    [
      'the number’s label as display name',
      { displayName: 'label' },
      'Calling over SIP with caller ID +14155550100 ("SF Main").',
      'Chamando por SIP com o identificador de chamadas +14155550100 ("SF Main").',
      'Llamando por SIP con el identificador de llamadas +14155550100 ("SF Main").',
    ],
    [
      'a display name and P-Asserted-Identity',
      { displayName: 'label', assertIdentity: true },
      'Calling over SIP with caller ID +14155550100 ("SF Main"), with P-Asserted-Identity.',
      'Chamando por SIP com o identificador de chamadas +14155550100 ("SF Main"), com P-Asserted-Identity.',
      'Llamando por SIP con el identificador de llamadas +14155550100 ("SF Main"), con P-Asserted-Identity.',
    ],
    [
      'P-Asserted-Identity without a display name',
      { assertIdentity: true },
      'Calling over SIP with caller ID +14155550100, with P-Asserted-Identity.',
      'Chamando por SIP com o identificador de chamadas +14155550100, com P-Asserted-Identity.',
      'Llamando por SIP con el identificador de llamadas +14155550100, con P-Asserted-Identity.',
    ],
  ])('%s', async (_, settings, en, pt, es) => {
    const detail = async (tr?: Translator) => {
      const outcome = await createSipProvider(
        { ...SETTINGS, ...settings },
        registered(),
        () => 'c-9',
        tr,
      ).place(labelled);
      return outcome.ok ? outcome.detail : outcome.error;
    };
    expect(await detail()).toBe(en);
    expect(await detail(libTranslator('pt-BR'))).toBe(pt);
    expect(await detail(libTranslator('es'))).toBe(es);
  });
});
