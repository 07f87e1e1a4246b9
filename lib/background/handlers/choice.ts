/**
 * Who the agent is and which caller ID they chose: `selectAgent`, and `setChoice` /
 * `setChoiceFromCard` checked against the active config (popup, side panel, CRM card).
 */
import { allowedCallerIds, effectiveCallerIdSettings } from '../../caller-id';
import type { CallerIdChoice } from '../../caller-id/types';
import { cardChoiceList } from '../../calls/card-choice';
import { agentIdentity } from '../../calls/identity';
import { describeForCard } from '../../calls/pipeline';
import { saveChoice } from '../../db/choices';
import { getEffectiveSettings, getPolicy, saveAgent } from '../../db/settings';
import type { Ack } from '../../messages';
import type { BackgroundContext, Handlers } from '../context';
import { FRAMED_MESSAGE } from './dial';

export function choiceHandlers(
  c: BackgroundContext,
): Handlers<'setChoice' | 'setChoiceFromCard' | 'selectAgent' | 'getCardChoices'> {
  const { db, platform } = c;

  async function saveAgentChoice(choice: CallerIdChoice): Promise<Ack> {
    const [active, settings] = await Promise.all([c.active.snapshot(), getEffectiveSettings(db)]);
    const config = active?.config ?? null;
    const identity = agentIdentity(config, settings);
    if (!config || identity.state !== 'ok')
      return { ok: false, error: identity.state === 'ok' ? '' : identity.message };
    const agentId = identity.agent.id;
    const own = effectiveCallerIdSettings(config, agentId);
    if (own.fixedNumberId) {
      return {
        ok: false,
        error: 'Your admin set a fixed caller ID for your calls; there is nothing to choose.',
      };
    }
    if (own.mode === 'automated') {
      return {
        ok: false,
        error:
          'Your account picks the caller ID automatically for each call; there is nothing to choose.',
      };
    }
    if (choice.kind === 'default' && !own.allowDefault) {
      return {
        ok: false,
        error: 'Default is not offered for your calls; pick one of your numbers.',
      };
    }
    if (
      choice.kind === 'number' &&
      !allowedCallerIds(config, agentId).some((n) => n.id === choice.numberId)
    ) {
      return {
        ok: false,
        error: `Number "${choice.numberId}" is not one of the numbers you may call from.`,
      };
    }
    await saveChoice(db, config.account.id, agentId, choice, platform.now());
    return { ok: true };
  }

  return {
    async setChoice({ choice }) {
      return saveAgentChoice(choice);
    },

    async setChoiceFromCard({ choice }, ctx) {
      // Like a dial: a frame of a page that is not an enabled site gets no card to pick on.
      if (ctx.topFrameEnabled === false) return { ok: false, error: FRAMED_MESSAGE };
      return saveAgentChoice(choice);
    },

    async getCardChoices(_data, ctx) {
      if (ctx.topFrameEnabled === false) return { ok: false, error: FRAMED_MESSAGE };
      const [active, settings] = await Promise.all([c.active.snapshot(), getEffectiveSettings(db)]);
      const config = active?.config ?? null;
      const identity = agentIdentity(config, settings);
      if (!config || identity.state !== 'ok')
        return { ok: false, error: identity.state === 'ok' ? '' : identity.message };
      const list = cardChoiceList(config, identity.agent.id, describeForCard);
      if (!list)
        return { ok: false, error: 'Your account offers no caller-ID choice for your calls.' };
      return { ok: true, list };
    },

    async selectAgent({ agentId }) {
      const [active, policy] = await Promise.all([c.active.snapshot(), getPolicy(db)]);
      if (policy?.agentEmail) {
        return {
          ok: false,
          error: `Your organization signs you in as ${policy.agentEmail}; you cannot pick another agent.`,
        };
      }
      if (!active)
        return {
          ok: false,
          error: 'No account config is active yet; agents can be picked once it arrives.',
        };
      const agent = active.config.agents.find((a) => a.id === agentId);
      if (!agent)
        return {
          ok: false,
          error: `Account "${active.config.account.name}" has no agent "${agentId}".`,
        };
      await saveAgent(db, { id: agent.id, name: agent.name });
      return { ok: true };
    },
  };
}
