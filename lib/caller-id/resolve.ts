/** Resolution of the caller ID for one call (docs/caller-id-rules.md, resolution for one call). */
import { agentCandidates, configIndex } from './config-index';
import { english } from '../i18n/english';
import { reasons } from './reasons';
import { analyzeDestination, selectFor } from './select';
import type { AccountConfig, CallerIdChoice, CallerIdSelection, SelectionContext } from './types';

/**
 * `context`: the call log for the presence options that read it (see selectCallerId), and the
 * translator of the reason (English when absent).
 */
export function resolveCallerId(
  config: AccountConfig,
  agentId: string,
  choice: CallerIdChoice | null,
  destination: string,
  context?: SelectionContext,
): CallerIdSelection {
  const index = configIndex(config);
  const c = agentCandidates(index, agentId);
  const { mode, allowDefault, fixedNumberId } = c.settings;
  const tr = context?.translator ?? english;

  // 1. A fixed number always wins (validation guarantees it exists; guard unchecked configs).
  const fixed = fixedNumberId ? index.byId.get(fixedNumberId) : undefined;
  if (fixed) return { number: fixed, rule: 'agent-fixed', reason: reasons.fixed(tr) };

  // 2. Automated: the agent's choice does not count.
  if (mode === 'automated') {
    return selectFor(index, c, agentId, analyzeDestination(config, destination), context);
  }

  // 3. Customized: an allowed choice is used; a stale one never is, and the agent is told.
  let stale: string | undefined;
  if (choice?.kind === 'number') {
    if (c.allowedIds.has(choice.numberId)) {
      return {
        number: index.byId.get(choice.numberId)!,
        rule: 'agent-choice',
        reason: reasons.chosen(tr),
      };
    }
    stale = choice.numberId;
  }

  let selection: CallerIdSelection;
  if (allowDefault) {
    selection = selectFor(
      index,
      c,
      agentId,
      analyzeDestination(config, destination),
      context,
      stale,
    );
  } else if (c.allowed[0]) {
    // 4. No Default offered: the first allowed number, shown as selected.
    selection = { number: c.allowed[0], rule: 'agent-choice', reason: reasons.firstAllowed(tr) };
  } else {
    // Default is off and the agent's ring groups hold no number: the account's fallbacks (steps
    // 6–7) would hand out a number outside the agent's list, so the call is refused instead.
    if (stale === undefined) return { number: null, rule: 'none', reason: reasons.noneAllowed(tr) };
    return {
      number: null,
      rule: 'none',
      reason: reasons.staleNoneAllowed(index.byId.get(stale), tr),
      staleChoice: stale,
    };
  }
  if (stale === undefined) return selection;
  return {
    ...selection,
    reason: reasons.stale(index.byId.get(stale), selection.number, selection.reason, tr),
    staleChoice: stale,
  };
}
