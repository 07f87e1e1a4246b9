/**
 * Who the agent is, given the active config and the settings. Pure, so the background (to refuse
 * calls) and the pages (to show the same message) agree.
 */
import type { AccountConfig, Agent } from '../caller-id/types';
import type { EffectiveSettings } from '../db/types';
import { english } from '../i18n/english';
import type { Translator } from '../i18n/translator';

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
  tr: Translator = english,
): AgentIdentity {
  if (!config) return { state: 'no-config', message: tr.t('calls.identity.noConfig') };
  const account = config.account.name;
  if (settings.policyAgentEmail) {
    const email = settings.policyAgentEmail.toLowerCase();
    const agent = config.agents.find((a) => a.email.toLowerCase() === email);
    if (agent) return { state: 'ok', agent, locked: true };
    return {
      state: 'policy-unknown',
      email,
      message: tr.t('calls.identity.policyUnknown', { email, account }),
    };
  }
  if (!settings.agentId) {
    return {
      state: 'unselected',
      message: tr.t('calls.identity.unselected', { account }),
    };
  }
  const agent = config.agents.find((a) => a.id === settings.agentId);
  if (agent) return { state: 'ok', agent, locked: false };
  const agentId = settings.agentId;
  return {
    state: 'removed',
    agentId,
    message: settings.agentName
      ? tr.t('calls.identity.removed', { name: settings.agentName, agentId, account })
      : tr.t('calls.identity.removedNoName', { agentId, account }),
  };
}
