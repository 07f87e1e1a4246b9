/** The caller-ID settings that apply to one agent: per-agent fields override the account's. */
import type { AccountConfig, EffectiveCallerIdSettings } from './types';

export function effectiveCallerIdSettings(
  config: AccountConfig,
  agentId: string,
): EffectiveCallerIdSettings {
  const own = config.agents.find((a) => a.id === agentId)?.outboundCallerId;
  return {
    mode: own?.mode ?? config.outboundCallerId.mode,
    allowDefault: own?.allowDefault ?? config.outboundCallerId.allowDefault,
    fixedNumberId: own?.fixedNumberId ?? null,
  };
}
