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
  /** The caller ID's label and the account's name (the SIP From display name uses them). */
  fromLabel?: string;
  accountName?: string;
}

export type ProviderOutcome =
  /** `callKey`: the provider follows the call (SIP) and reports its end under this key. */
  | { ok: true; detail: string; callKey?: string }
  /** `refused`: nothing was attempted (e.g. the softphone is not registered). */
  | { ok: false; error: string; refused?: boolean };

export interface CallProvider {
  readonly kind: ProviderSettings['kind'];
  /** Never throws: every failure is an outcome with a message for the call log. */
  place(call: OutboundCall): Promise<ProviderOutcome>;
}
