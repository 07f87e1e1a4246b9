/**
 * Automated caller-ID selection (docs/caller-id-rules.md, "The seven automated steps"), over the per-config
 * index: one parse of the destination, then a handful of map lookups.
 *
 * Dedicated lines: steps 1–4 exclude them explicitly; step 7 is the only step that says
 * "dedicated lines included", so steps 5 and 6 (toll-free) leave them out as well. A dedicated
 * line is someone's own line and is only shown when nothing else exists.
 */
import { analyzePhone, type PhoneFacts } from '../phone/analyze';
import {
  agentCandidates,
  areaKey,
  configIndex,
  type AgentCandidates,
  type ConfigIndex,
} from './config-index';
import { hasPresenceOptions, selectWithPresence } from './presence';
import { english } from '../i18n/english';
import type { Translator } from '../i18n/translator';
import { reasons } from './reasons';
import type { AccountConfig, AccountNumber, CallerIdSelection, SelectionContext } from './types';

export function allowedCallerIds(config: AccountConfig, agentId: string): AccountNumber[] {
  return [...agentCandidates(configIndex(config), agentId).allowed];
}

export function analyzeDestination(config: AccountConfig, destination: string): PhoneFacts | null {
  try {
    return analyzePhone(destination, config.account.defaultCountry);
  } catch {
    return null; // never let a strange destination break a call
  }
}

/**
 * Steps 1–7 for one agent. `exclude` is a number that must not be returned (a stale choice:
 * steps 6 and 7 ignore ring groups and could otherwise hand it back). `tr`: the reason's language.
 */
export function selectWith(
  index: ConfigIndex,
  c: AgentCandidates,
  d: PhoneFacts | null,
  exclude?: string,
  tr: Translator = english,
): CallerIdSelection {
  if (d?.valid) {
    if (d.areaCode) {
      const n = c.byAreaCode.get(areaKey(d.callingCode, d.areaCode));
      if (n) return { number: n, rule: 'area-code', reason: reasons.areaCode(d, tr) };
    }
    if (d.subdivision) {
      const n = c.byState.get(d.subdivision.key);
      if (n) return { number: n, rule: 'state', reason: reasons.state(d, tr) };
    }
    const n = c.byCountry.get(d.countryKey);
    if (n) return { number: n, rule: 'country', reason: reasons.country(d, tr) };
  }
  if (c.firstEligible) {
    return { number: c.firstEligible, rule: 'any-number', reason: reasons.anyNumber(d, tr) };
  }
  if (d?.valid) {
    const n = c.tollFreeByCountry.get(d.countryKey);
    if (n) return { number: n, rule: 'country-toll-free', reason: reasons.countryTollFree(d, tr) };
  }
  const tollFree = index.accountTollFree.find((n) => n.id !== exclude);
  if (tollFree) {
    return { number: tollFree, rule: 'account-toll-free', reason: reasons.accountTollFree(tr) };
  }
  const first = index.numbers.find((n) => n.id !== exclude);
  if (first) return { number: first, rule: 'account-first', reason: reasons.accountFirst(tr) };
  return { number: null, rule: 'none', reason: reasons.none(tr) };
}

/**
 * The selector the config asks for: the seven steps, or with the local-presence options on,
 * the steps they add (presence.ts). With every option off this is exactly `selectWith`.
 */
export function selectFor(
  index: ConfigIndex,
  c: AgentCandidates,
  agentId: string,
  d: PhoneFacts | null,
  context: SelectionContext | undefined,
  exclude?: string,
): CallerIdSelection {
  if (!hasPresenceOptions(index.config.outboundCallerId))
    return selectWith(index, c, d, exclude, context?.translator);
  return selectWithPresence(index, c, agentId, d, context, exclude);
}

/**
 * `context` (optional, after the contract's parameters) carries the call log for the options
 * that read it (contact history, share the load); without it they do nothing.
 */
export function selectCallerId(
  config: AccountConfig,
  agentId: string,
  destination: string,
  context?: SelectionContext,
): CallerIdSelection {
  const index = configIndex(config);
  return selectFor(
    index,
    agentCandidates(index, agentId),
    agentId,
    analyzeDestination(config, destination),
    context,
  );
}
