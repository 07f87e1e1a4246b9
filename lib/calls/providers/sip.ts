/**
 * The SIP softphone provider: the call is placed by the JsSIP user agent in the offscreen
 * document, with the resolved caller ID as the INVITE's From user (and P-Asserted-Identity when
 * the admin turned it on). The user agent only copies what this sends; it picks no number.
 */
import type { SipProviderSettings } from '../../db/types';
import { english } from '../../i18n/english';
import type { Translator } from '../../i18n/translator';
import { inviteIdentity } from '../../softphone/caller-id';
import type { OffscreenRequest } from '../../softphone/protocol';
import { outboundCallRefusal, type SoftphoneState } from '../../softphone/state';
import type { CallProvider, ProviderOutcome } from './types';

/** The background's link to the offscreen softphone (entrypoints/background/softphone.ts). */
export interface SoftphonePort {
  /** Null when this browser cannot run the softphone (Firefox has no offscreen documents). */
  unavailable: string | null;
  /** Creates the offscreen document when needed, then sends the request; never throws. */
  request(req: OffscreenRequest): Promise<{ ok: true } | { ok: false; error: string }>;
  readState(): Promise<SoftphoneState>;
}

export function createSipProvider(
  settings: SipProviderSettings,
  port: SoftphonePort,
  newId: () => string,
  tr: Translator = english,
): CallProvider {
  return {
    kind: 'sip',
    async place(call): Promise<ProviderOutcome> {
      if (port.unavailable) return { ok: false, error: port.unavailable, refused: true };
      const refusal = outboundCallRefusal(await port.readState(), tr);
      if (refusal) return { ok: false, error: refusal, refused: true };
      const identity = inviteIdentity({
        from: call.from,
        label: call.fromLabel ?? '',
        accountName: call.accountName ?? '',
        displayName: settings.displayName,
        assertIdentity: settings.assertIdentity,
        domain: settings.domain,
      });
      const id = newId();
      const sent = await port.request({
        kind: 'call',
        id,
        target: call.to,
        ...(call.ext ? { ext: call.ext } : {}),
        ...identity,
      });
      if (!sent.ok) return { ok: false, error: sent.error, refused: true };
      return {
        ok: true,
        // One sentence per language: the name and P-Asserted-Identity parts are ICU selects.
        detail: tr.t('calls.provider.sipCallingAs', {
          from: call.from,
          named: identity.fromDisplayName ? 'yes' : 'no',
          name: identity.fromDisplayName ?? '',
          pai: identity.extraHeaders.length ? 'yes' : 'no',
        }),
        callKey: id,
      };
    },
  };
}
