/**
 * Who the agent is, given the active config and the settings. Pure, so the background (to refuse
 * calls) and the pages (to show the same message) agree.
 */
import type { AccountConfig, Agent } from '../caller-id/types';
import type { EffectiveSettings } from '../db/types';

export type AgentIdentity =
  | {
      state: 'ok';
      agent: Agent;
      /** Set by policy: the agent cannot pick another. */ locked: boolean;
    }
  /** No config is active yet (a fresh install with a sync URL that has not answered). */
  | { state: 'no-config'; message: string }
  /** First use: the agent has not picked who they are. */
  | { state: 'unselected'; message: string }
  /** The picked agent is not in the active config any more (a sync removed them). */
  | { state: 'removed'; agentId: string; message: string }
  /** Policy names an email that no agent of the account has. */
  | { state: 'policy-unknown'; email: string; message: string };

type IdentitySettings = Pick<EffectiveSettings, 'agentId' | 'agentName' | 'policyAgentEmail'>;

export function agentIdentity(
  config: AccountConfig | null,
  settings: IdentitySettings,
): AgentIdentity {
  if (!config) {
    return {
      state: 'no-config',
      message: 'No account config is active yet, so calls cannot be placed.',
    };
  }
  const account = `"${config.account.name}"`;
  if (settings.policyAgentEmail) {
    const email = settings.policyAgentEmail.toLowerCase();
    const agent = config.agents.find((a) => a.email.toLowerCase() === email);
    if (agent) return { state: 'ok', agent, locked: true };
    return {
      state: 'policy-unknown',
      email,
      message: `Your organization signs you in as ${email}, but account ${account} has no agent with that email. Calls are refused until your admin fixes the account or the policy.`,
    };
  }
  if (!settings.agentId) {
    return {
      state: 'unselected',
      message: `Pick who you are from the agents of account ${account} before placing calls.`,
    };
  }
  const agent = config.agents.find((a) => a.id === settings.agentId);
  if (agent) return { state: 'ok', agent, locked: false };
  const who = settings.agentName
    ? `${settings.agentName} (${settings.agentId})`
    : `agent ${settings.agentId}`;
  return {
    state: 'removed',
    agentId: settings.agentId,
    message: `You are signed in as ${who}, but the latest config of account ${account} no longer lists that agent. Calls are refused until you pick who you are again or your admin restores the agent.`,
  };
}
