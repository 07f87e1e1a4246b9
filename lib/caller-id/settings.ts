/** The caller-ID settings that apply to one agent: per-agent fields override the account's. */
import type { AccountConfig, Agent, EffectiveCallerIdSettings } from './types';

export function effectiveCallerIdSettings(
  config: AccountConfig,
  agentId: string,
): EffectiveCallerIdSettings {
  return effectiveSettings(
    config,
    config.agents.find((a) => a.id === agentId),
  );
}

/** Settings of a known agent (or the account's for an unknown one). */
export function effectiveSettings(
  config: AccountConfig,
  agent: Agent | undefined,
): EffectiveCallerIdSettings {
  const own = agent?.outboundCallerId;
  return {
    mode: own?.mode ?? config.outboundCallerId.mode,
    allowDefault: own?.allowDefault ?? config.outboundCallerId.allowDefault,
    fixedNumberId: own?.fixedNumberId ?? null,
  };
}
