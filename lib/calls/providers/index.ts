/** The configured provider for a call. New providers (SIP over WebSocket) join here. */
import type { ProviderSettings } from '../../db/types';
import { createTelProvider } from './tel';
import type { CallProvider } from './types';
import { createWebhookProvider } from './webhook';

export type { CallProvider, OutboundCall, ProviderOutcome } from './types';
export { telUrl } from './tel';
export { webhookBody } from './webhook';

export interface ProviderDeps {
  fetch: typeof fetch;
  openTelUrl: (url: string, tabId?: number) => Promise<void>;
}

export function providerFor(settings: ProviderSettings, deps: ProviderDeps): CallProvider {
  switch (settings.kind) {
    case 'tel':
      return createTelProvider(deps.openTelUrl);
    case 'webhook':
      return createWebhookProvider({ ...settings, fetch: deps.fetch });
  }
}
