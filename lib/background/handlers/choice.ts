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

export function choiceHandlers(
  c: BackgroundContext,
): Handlers<'setChoice' | 'setChoiceFromCard' | 'selectAgent' | 'getCardChoices'> {
  const { db, platform } = c;

  async function saveAgentChoice(choice: CallerIdChoice): Promise<Ack> {
    const [active, settings] = await Promise.all([c.active.snapshot(), getEffectiveSettings(db)]);
    const config = active?.config ?? null;
    const tr = c.translator();
    const identity = agentIdentity(config, settings, tr);
    if (!config || identity.state !== 'ok')
      return { ok: false, error: identity.state === 'ok' ? '' : identity.message };
    const agentId = identity.agent.id;
    const own = effectiveCallerIdSettings(config, agentId);
    if (own.fixedNumberId) {
      return { ok: false, error: tr.t('background.choice.fixed') };
    }
    if (own.mode === 'automated') {
      return { ok: false, error: tr.t('background.choice.automated') };
    }
    if (choice.kind === 'default' && !own.allowDefault) {
      return { ok: false, error: tr.t('background.choice.noDefault') };
    }
    if (
      choice.kind === 'number' &&
      !allowedCallerIds(config, agentId).some((n) => n.id === choice.numberId)
    ) {
      return {
        ok: false,
        error: tr.t('background.choice.notAllowed', { numberId: choice.numberId }),
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
      if (ctx.topFrameEnabled === false)
        return { ok: false, error: c.translator().t('background.framed') };
      return saveAgentChoice(choice);
    },

    async getCardChoices(_data, ctx) {
      if (ctx.topFrameEnabled === false)
        return { ok: false, error: c.translator().t('background.framed') };
      const [active, settings] = await Promise.all([c.active.snapshot(), c.kept.settings()]);
      const config = active?.config ?? null;
      const identity = agentIdentity(config, settings, c.translator());
      if (!config || identity.state !== 'ok')
        return { ok: false, error: identity.state === 'ok' ? '' : identity.message };
      const list = cardChoiceList(config, identity.agent.id, describeForCard);
      if (!list) return { ok: false, error: c.translator().t('background.noCardChoice') };
      return { ok: true, list };
    },

    async selectAgent({ agentId }) {
      const [active, policy] = await Promise.all([c.active.snapshot(), getPolicy(db)]);
      const tr = c.translator();
      if (policy?.agentEmail) {
        return {
          ok: false,
          error: tr.t('background.agent.policy', { email: policy.agentEmail }),
        };
      }
      if (!active) return { ok: false, error: tr.t('background.agent.noConfig') };
      const agent = active.config.agents.find((a) => a.id === agentId);
      if (!agent)
        return {
          ok: false,
          error: tr.t('background.agent.unknown', {
            account: active.config.account.name,
            agentId,
          }),
        };
      await saveAgent(db, { id: agent.id, name: agent.name });
      return { ok: true };
    },
  };
}
