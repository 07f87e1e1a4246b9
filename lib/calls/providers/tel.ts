/**
 * The `tel:` hand-off: the operating system's phone handler (a softphone, a paired mobile) places
 * the call. A tel: URL cannot carry a caller ID, so the phone app shows its own; the log says so.
 */
import { errorMessage } from '../../ui/errors';
import { english } from '../../i18n/english';
import type { Translator } from '../../i18n/translator';
import type { CallProvider, OutboundCall, ProviderOutcome } from './types';

/** RFC 3966: `tel:+14155550100;ext=12`. */
export function telUrl(call: Pick<OutboundCall, 'to' | 'ext'>): string {
  return `tel:${call.to}${call.ext ? `;ext=${call.ext}` : ''}`;
}

/** `open` is the browser glue that navigates to the URL (see entrypoints/background/platform.ts). */
export function createTelProvider(
  open: (url: string, tabId?: number) => Promise<void>,
  tr: Translator = english,
): CallProvider {
  return {
    kind: 'tel',
    async place(call): Promise<ProviderOutcome> {
      try {
        await open(telUrl(call), call.tabId);
        return {
          ok: true,
          detail: tr.t('calls.provider.telHanded', { to: call.to, from: call.from }),
        };
      } catch (e) {
        return {
          ok: false,
          error: tr.t('calls.provider.telFailed', {
            error: errorMessage(e),
          }),
        };
      }
    },
  };
}
