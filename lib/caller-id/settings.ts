/** The caller-ID settings that apply to one agent: per-agent fields override the account's. */
import type { AccountConfig, Agent, EffectiveCallerIdSettings } from './types';

export function effectiveCallerIdSettings(
  config: AccountConfig,
  agentId: string,
): EffectiveCallerIdSettings {
  return effectiveSettings(
    config,
    config.agents?.find((a) => a.id === agentId),
  );
}

/** Settings of a known agent (or the account's for an unknown one). */
export function effectiveSettings(
  config: AccountConfig,
  agent: Agent | undefined,
): EffectiveCallerIdSettings {
  const own = agent?.outboundCallerId;
  // `?.` and the defaults only matter for a config that skipped parseAccountConfig (which
  // requires both account fields): the selector decides, and Default is offered.
  const account = config.outboundCallerId as Partial<AccountConfig['outboundCallerId']> | undefined;
  return {
    mode: own?.mode ?? account?.mode ?? 'automated',
    allowDefault: own?.allowDefault ?? account?.allowDefault ?? true,
    fixedNumberId: own?.fixedNumberId ?? null,
  };
}
