/**
 * Caller-ID selection with the local-presence options on (docs/caller-id-rules.md). The seven
 * steps stay as they are; the options add steps and a tie-break, first match wins:
 *
 *   contact history → 1 area code → same place → 2 state → time zone → 3 country → 4 any number
 *   → 5 country toll-free → 6 account toll-free → 7 account first
 *
 * Share the load changes how a step picks among the numbers that fit it: the one this agent used
 * least today (account order breaks ties), skipping numbers at the daily cap unless every
 * number of steps 1–5 is at it. Steps 6 and 7 ignore ring groups and stay "first in the account".
 *
 * With every option off `selectCallerId` never comes here (select.ts), so the seven steps are
 * untouched by construction; the property tests check it as well.
 */
import type { PhoneFacts } from '../phone/analyze';
import { placeOf } from '../phone/places';
import { singleTimeZone } from '../phone/time-zones';
import { areaKey, type AgentCandidates, type ConfigIndex } from './config-index';
import { lastContact, usageToday } from './history';
import { presenceReasons } from './presence-reasons';
import { english } from '../i18n/english';
import type { Translator } from '../i18n/translator';
import { reasons } from './reasons';
import type { AccountNumber, CallerIdSelection, CallerIdSettings, SelectionContext } from './types';

/** Every eligible number per key (not only the first): share the load needs the ties. */
interface PresenceCandidates {
  byAreaCode: Map<string, AccountNumber[]>;
  byPlace: Map<string, AccountNumber[]>;
  byState: Map<string, AccountNumber[]>;
  byZone: Map<string, AccountNumber[]>;
  byCountry: Map<string, AccountNumber[]>;
  eligible: AccountNumber[];
  tollFreeByCountry: Map<string, AccountNumber[]>;
}

const presenceIndexes = new WeakMap<AgentCandidates, PresenceCandidates>();

function push(map: Map<string, AccountNumber[]>, key: string, n: AccountNumber): void {
  const list = map.get(key);
  if (list) list.push(n);
  else map.set(key, [n]);
}

const placeKey = (callingCode: string, place: string) => `${callingCode}|${place}`;

function presenceCandidates(index: ConfigIndex, c: AgentCandidates): PresenceCandidates {
  let p = presenceIndexes.get(c);
  if (p) return p;
  p = {
    byAreaCode: new Map(),
    byPlace: new Map(),
    byState: new Map(),
    byZone: new Map(),
    byCountry: new Map(),
    eligible: [],
    tollFreeByCountry: new Map(),
  };
  // Same order and the same exclusions as buildAgentCandidates: the first of each list is the
  // number the seven steps pick.
  for (const n of c.allowed) {
    if (n.dedicatedLine) continue;
    const f = index.facts.get(n);
    if (n.tollFree) {
      if (f?.valid) push(p.tollFreeByCountry, f.countryKey, n);
      continue;
    }
    p.eligible.push(n);
    if (!f?.valid) continue;
    if (f.areaCode) push(p.byAreaCode, areaKey(f.callingCode, f.areaCode), n);
    const place = placeOf(f.callingCode, f.areaCode);
    if (place) push(p.byPlace, placeKey(f.callingCode, place), n);
    if (f.subdivision) push(p.byState, f.subdivision.key, n);
    const zone = singleTimeZone(f.e164);
    if (zone) push(p.byZone, zone, n);
    push(p.byCountry, f.countryKey, n);
  }
  presenceIndexes.set(c, p);
  return p;
}

/** Whether any option changes selection (calling hours do not: they only ask to confirm). */
export function hasPresenceOptions(o: CallerIdSettings | undefined): boolean {
  return Boolean(o && (o.samePlace || o.sameTimeZone || o.contactHistoryDays || o.shareLoad));
}

interface Picker {
  /** The number a step picks from the numbers that fit it, or undefined. */
  pick(list: AccountNumber[] | undefined): AccountNumber | undefined;
  /** Set when the pick was not the first in account order (why: least used, or capped). */
  note: 'least-used' | 'capped' | 'over-cap' | undefined;
}

function picker(
  usage: ReadonlyMap<string, number> | undefined,
  cap: number | undefined,
  useCap: boolean,
): Picker {
  const self: Picker = {
    note: undefined,
    pick(list) {
      if (!list || list.length === 0) return undefined;
      if (!usage) return list[0];
      let best: AccountNumber | undefined;
      let bestUse = Infinity;
      let skipped = false;
      for (const n of list) {
        const used = usage.get(n.id) ?? 0;
        if (useCap && cap !== undefined && used >= cap) {
          skipped = true;
          continue;
        }
        if (used < bestUse) {
          best = n;
          bestUse = used;
          // Nothing beats a number unused today, and account order breaks ties: stop here
          // (a country's list can hold thousands of numbers).
          if (used === 0) break;
        }
      }
      if (skipped) self.note = 'capped';
      if (best && best !== list[0] && self.note === undefined) self.note = 'least-used';
      return best;
    },
  };
  return self;
}

/** Steps 1–5 with the presence steps; undefined when none matches. */
function agentSteps(
  p: PresenceCandidates,
  o: CallerIdSettings,
  d: PhoneFacts | null,
  pick: Picker,
  tr: Translator,
): CallerIdSelection | undefined {
  const found = (
    n: AccountNumber | undefined,
    rule: CallerIdSelection['rule'],
    reason: () => string,
  ) => (n ? { number: n, rule, reason: reason() } : undefined);
  if (d?.valid) {
    const area = d.areaCode;
    const r1 = area
      ? found(pick.pick(p.byAreaCode.get(areaKey(d.callingCode, area))), 'area-code', () =>
          reasons.areaCode(d, tr),
        )
      : undefined;
    if (r1) return r1;
    if (o.samePlace) {
      const place = placeOf(d.callingCode, area);
      const r = place
        ? found(pick.pick(p.byPlace.get(placeKey(d.callingCode, place))), 'same-place', () =>
            presenceReasons.samePlace(place, tr),
          )
        : undefined;
      if (r) return r;
    }
    if (d.subdivision) {
      const r = found(pick.pick(p.byState.get(d.subdivision.key)), 'state', () =>
        reasons.state(d, tr),
      );
      if (r) return r;
    }
    if (o.sameTimeZone) {
      const zone = singleTimeZone(d.e164);
      const r = zone
        ? found(pick.pick(p.byZone.get(zone)), 'time-zone', () =>
            presenceReasons.timeZone(zone, tr),
          )
        : undefined;
      if (r) return r;
    }
    const r3 = found(pick.pick(p.byCountry.get(d.countryKey)), 'country', () =>
      reasons.country(d, tr),
    );
    if (r3) return r3;
  }
  const r4 = found(pick.pick(p.eligible), 'any-number', () => reasons.anyNumber(d, tr));
  if (r4) return r4;
  if (d?.valid) {
    const r5 = found(pick.pick(p.tollFreeByCountry.get(d.countryKey)), 'country-toll-free', () =>
      reasons.countryTollFree(d, tr),
    );
    if (r5) return r5;
  }
  return undefined;
}

/**
 * The selector with the options of `config.outboundCallerId`. Same contract as `selectWith`
 * (select.ts): never returns `exclude`; steps 6–7 as there.
 */
export function selectWithPresence(
  index: ConfigIndex,
  c: AgentCandidates,
  agentId: string,
  d: PhoneFacts | null,
  context: SelectionContext | undefined,
  exclude?: string,
): CallerIdSelection {
  const o = index.config.outboundCallerId;
  const accountId = index.config.account?.id ?? '';
  const history = context?.history;
  const now = context?.now ?? Date.now();
  const tr = context?.translator ?? english;

  // Contact continuity, before every geographic step: only numbers the agent may still use.
  if (o.contactHistoryDays && history && d?.valid) {
    const contact = lastContact(
      history,
      accountId,
      d.e164,
      o.contactHistoryDays,
      now,
      (id) => c.allowedIds.has(id) && id !== exclude,
    );
    const n = contact && index.byId.get(contact.numberId);
    if (contact && n) {
      const reason =
        contact.direction === 'inbound'
          ? presenceReasons.contactInbound(n, contact.at, tr)
          : presenceReasons.contactOutbound(n, contact.at, tr);
      return { number: n, rule: 'contact-history', reason };
    }
  }

  const p = presenceCandidates(index, c);
  const usage = o.shareLoad && history ? usageToday(history, accountId, agentId, now) : undefined;
  const cap = o.shareLoad?.dailyCapPerNumber;
  let pick = picker(usage, cap, true);
  let selection = agentSteps(p, o, d, pick, tr);
  // Every number of the agent is at the cap: nothing else is left, so the cap gives way.
  if (
    !selection &&
    cap !== undefined &&
    usage &&
    p.eligible.length + p.tollFreeByCountry.size > 0
  ) {
    pick = picker(usage, cap, false);
    selection = agentSteps(p, o, d, pick, tr);
    if (selection) pick.note = 'over-cap';
  }
  if (selection) {
    if (pick.note === 'least-used')
      selection.reason = presenceReasons.leastUsed(selection.reason, tr);
    else if (pick.note === 'capped')
      selection.reason = presenceReasons.capped(selection.reason, tr);
    else if (pick.note === 'over-cap')
      selection.reason = presenceReasons.overCap(selection.reason, tr);
    return selection;
  }

  // Steps 6 and 7, exactly as the seven-step selector has them.
  const tollFree = index.accountTollFree.find((n) => n.id !== exclude);
  if (tollFree) {
    return { number: tollFree, rule: 'account-toll-free', reason: reasons.accountTollFree(tr) };
  }
  const first = index.numbers.find((n) => n.id !== exclude);
  if (first) return { number: first, rule: 'account-first', reason: reasons.accountFirst(tr) };
  return { number: null, rule: 'none', reason: reasons.none(tr) };
}
