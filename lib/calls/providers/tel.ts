/**
 * The `tel:` hand-off: the operating system's phone handler (a softphone, a paired mobile) places
 * the call. A tel: URL cannot carry a caller ID, so the phone app shows its own; the log says so.
 */
import { errorMessage } from '../../ui/errors';
import type { CallProvider, OutboundCall, ProviderOutcome } from './types';

/** RFC 3966: `tel:+14155550100;ext=12`. */
export function telUrl(call: Pick<OutboundCall, 'to' | 'ext'>): string {
  return `tel:${call.to}${call.ext ? `;ext=${call.ext}` : ''}`;
}

/** `open` is the browser glue that navigates to the URL (see entrypoints/background/platform.ts). */
export function createTelProvider(
  open: (url: string, tabId?: number) => Promise<void>,
): CallProvider {
  return {
    kind: 'tel',
    async place(call): Promise<ProviderOutcome> {
      try {
        await open(telUrl(call), call.tabId);
        return {
          ok: true,
          detail: `Handed ${call.to} to the system phone app; it may show its own number instead of ${call.from}.`,
        };
      } catch (e) {
        return {
          ok: false,
          error: `Could not hand the call to the system phone app: ${errorMessage(e)}`,
        };
      }
    },
  };
}
