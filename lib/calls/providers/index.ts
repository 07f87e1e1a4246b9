/** The configured provider for a call. New providers (SIP over WebSocket) join here. */
import type { ProviderSettings } from '../../db/types';
import { english } from '../../i18n/english';
import type { Translator } from '../../i18n/translator';
import { createSipProvider, type SoftphonePort } from './sip';
import { createTelProvider } from './tel';
import type { CallProvider } from './types';
import { createWebhookProvider } from './webhook';

export type { CallProvider, OutboundCall, ProviderOutcome } from './types';
export { telUrl } from './tel';
export { webhookBody } from './webhook';

export type { SoftphonePort } from './sip';

export interface ProviderDeps {
  fetch: typeof fetch;
  openTelUrl: (url: string, tabId?: number) => Promise<void>;
  /** The offscreen softphone; absent where the background has none (unit tests of other providers). */
  softphone?: SoftphonePort;
  newId?: () => string;
  /** The agent's language for the providers' messages (English by default). */
  translator?: Translator;
}

function noSoftphone(tr: Translator): SoftphonePort {
  const text = tr.t('calls.provider.noSoftphone');
  return {
    unavailable: text,
    request: async () => ({ ok: false, error: text }),
    readState: async () => {
      throw new Error(text);
    },
  };
}

export function providerFor(settings: ProviderSettings, deps: ProviderDeps): CallProvider {
  const tr = deps.translator ?? english;
  switch (settings.kind) {
    case 'tel':
      return createTelProvider(deps.openTelUrl, tr);
    case 'webhook':
      return createWebhookProvider({ ...settings, fetch: deps.fetch, translator: tr });
    case 'sip':
      return createSipProvider(
        settings,
        deps.softphone ?? noSoftphone(tr),
        deps.newId ?? (() => crypto.randomUUID()),
        tr,
      );
  }
}
