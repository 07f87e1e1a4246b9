/**
 * The agent's allowed caller IDs for the dropdown: the numbers that share a ring group with the
 * agent, in account order (docs/caller-id-rules.md, "The agent's numbers").
 *
 * The same rule as `allowedCallerIds` in lib/caller-id, kept here so the popup and softphone do
 * not load the selector and its phone analysis (full libphonenumber metadata) just to list
 * numbers. tests/unit/lib/ui/allowed.test.ts checks the two agree on the demo and on random accounts.
 */
import type { AccountConfig, AccountNumber } from '../caller-id/types';

export function allowedNumbers(config: AccountConfig, agentId: string): AccountNumber[] {
  const agent = config.agents.find((a) => a.id === agentId);
  if (!agent) return [];
  const groups = new Set(agent.ringGroups);
  return config.numbers.filter((n) => n.ringGroups.some((g) => groups.has(g)));
}
