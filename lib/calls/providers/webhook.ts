/**
 * The HTTP webhook: POSTs the call as JSON to an admin-set URL (a dialer, a CTI bridge), with an
 * optional bearer token and a timeout. Any 2xx is accepted; anything else is a failed call with
 * the reason in the call log.
 */
import { english } from '../../i18n/english';
import type { Translator } from '../../i18n/translator';
import { redactSecrets } from '../../secrets';
import { errorMessage } from '../../ui/errors';
import type { CallProvider, OutboundCall, ProviderOutcome } from './types';

export const WEBHOOK_DEFAULT_TIMEOUT_MS = 10_000;

export interface WebhookOptions {
  url: string;
  token?: string;
  timeoutMs?: number;
  fetch: typeof fetch;
  /** The language of the call log's messages (English by default). */
  translator?: Translator;
}

/** The body the receiver gets; `ext` is only present for extensions. */
export function webhookBody(call: OutboundCall) {
  return {
    to: call.to,
    ...(call.ext ? { ext: call.ext } : {}),
    from: call.from,
    fromNumberId: call.fromNumberId,
    agentId: call.agentId,
    accountId: call.accountId,
    rule: call.rule,
  };
}

export function createWebhookProvider(options: WebhookOptions): CallProvider {
  const timeoutMs = options.timeoutMs ?? WEBHOOK_DEFAULT_TIMEOUT_MS;
  const tr = options.translator ?? english;
  return {
    kind: 'webhook',
    async place(call): Promise<ProviderOutcome> {
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      if (options.token) headers.Authorization = `Bearer ${options.token}`;
      const controller = new AbortController();
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, timeoutMs);
      try {
        const response = await options.fetch(options.url, {
          method: 'POST',
          headers,
          body: JSON.stringify(webhookBody(call)),
          signal: controller.signal,
          credentials: 'omit',
        });
        // A receiver may echo the request (its Authorization header): never show the token.
        const body = redactSecrets((await response.text().catch(() => '')).trim(), [options.token]);
        if (response.ok)
          return {
            ok: true,
            detail: tr.t('calls.provider.webhookOk', { status: String(response.status) }),
          };
        const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
        return {
          ok: false,
          // The receiver's body is data: it is quoted as sent.
          error: tr.t('calls.provider.webhookStatus', {
            status,
            body: body ? `: ${body.slice(0, 200)}` : '',
          }),
        };
      } catch (e) {
        if (timedOut)
          return {
            ok: false,
            error: tr.t('calls.provider.webhookTimeout', { seconds: timeoutMs / 1000 }),
          };
        return {
          ok: false,
          error: redactSecrets(
            tr.t('calls.provider.webhookUnreachable', {
              url: options.url,
              error: errorMessage(e),
            }),
            [options.token],
          ),
        };
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
