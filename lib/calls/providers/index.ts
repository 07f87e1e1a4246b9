/** The configured provider for a call. New providers (SIP over WebSocket) join here. */
import type { ProviderSettings } from '../../db/types';
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
}

const NO_SOFTPHONE: SoftphonePort = {
  unavailable: 'The SIP softphone is not available here.',
  request: async () => ({ ok: false, error: 'The SIP softphone is not available here.' }),
  readState: async () => {
    throw new Error('The SIP softphone is not available here.');
  },
};

export function providerFor(settings: ProviderSettings, deps: ProviderDeps): CallProvider {
  switch (settings.kind) {
    case 'tel':
      return createTelProvider(deps.openTelUrl);
    case 'webhook':
      return createWebhookProvider({ ...settings, fetch: deps.fetch });
    case 'sip':
      return createSipProvider(
        settings,
        deps.softphone ?? NO_SOFTPHONE,
        deps.newId ?? (() => crypto.randomUUID()),
      );
  }
}
