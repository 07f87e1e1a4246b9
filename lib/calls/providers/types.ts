/** How a call leaves Ringside. Every provider receives the resolved caller ID with the call. */
import type { CallerIdRule } from '../../caller-id/types';
import type { ProviderSettings } from '../../db/types';

export interface OutboundCall {
  /** E.164 destination. */
  to: string;
  ext?: string;
  /** E.164 caller ID. */
  from: string;
  fromNumberId: string;
  agentId: string;
  accountId: string;
  rule: CallerIdRule;
  /** The tab the call was started from, when there is one (the tel: hand-off uses it). */
  tabId?: number;
}

export type ProviderOutcome = { ok: true; detail: string } | { ok: false; error: string };

export interface CallProvider {
  readonly kind: ProviderSettings['kind'];
  /** Never throws: every failure is an outcome with a message for the call log. */
  place(call: OutboundCall): Promise<ProviderOutcome>;
}
