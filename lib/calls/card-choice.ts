/**
 * The caller-ID dropdown of the CRM card: offered only in Customized mode without a fixed
 * number, with the same options as the popup ("Default" when allowed, then the agent's numbers in
 * account order). Pure; the background adds a summary to each preview and sends the list itself
 * only when the card's dropdown opens.
 *
 * A preview is sent on every hover, and an agent may be allowed 2,000 numbers: the preview carries
 * the selected option and a version of the list (a hash of what the dropdown would show), and the
 * card asks for the list (`getCardChoices`) when the agent opens the dropdown, keeping it for as
 * long as the version is the same. Lists are built once per config object and agent (the active
 * config stays in memory, lib/background/active-config.ts), so a preview does not walk the list.
 */
import type { CountryCode } from 'libphonenumber-js/min';
import { allowedCallerIds, effectiveCallerIdSettings } from '../caller-id';
import type { AccountConfig, AccountNumber, CallerIdChoice } from '../caller-id/types';
import { numberSearchKeys, type NumberSearchKeys } from '../ui/number-search';

/** One number of the dropdown, as the card shows it. */
export interface CardChoiceNumber {
  id: string;
  label?: string;
  /** International format, "+1 415 555 0100". */
  display: string;
}

/** What each preview says about the dropdown. */
export interface CardChoice {
  /** Changes whenever the options change; the card keeps one list per version. */
  version: string;
  /** 'default' or a number id. */
  selected: string;
  /** The selected number, for the closed dropdown (absent when Default is selected). */
  selectedNumber?: CardChoiceNumber;
  /** Whether "Default" is the first option. */
  allowDefault: boolean;
  /** How many options, Default included. */
  count: number;
}

/** One number of the list the card asks for, with the words the filter finds it by. */
export interface CardChoiceEntry extends CardChoiceNumber {
  search: NumberSearchKeys;
}

/** The dropdown's options, sent when the card opens it. */
export interface CardChoiceList {
  version: string;
  allowDefault: boolean;
  numbers: CardChoiceEntry[];
}

/** How a number is written and which country it is in, by the background's formatter. */
export type DescribeNumber = (e164: string) => {
  display: string;
  country: CountryCode | undefined;
  countryName: string;
};

interface Built {
  version: string;
  allowDefault: boolean;
  numbers: AccountNumber[];
  shown: CardChoiceNumber[];
  byId: Map<string, CardChoiceNumber>;
  entries?: CardChoiceEntry[];
}

/** Per config object (dropped with it) and agent; null: this agent gets no dropdown. */
const built = new WeakMap<AccountConfig, Map<string, Built | null>>();

/** FNV-1a, 32 bits: a short, stable name for a list, not a security measure. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

function build(config: AccountConfig, agentId: string, describe: DescribeNumber): Built | null {
  let perAgent = built.get(config);
  if (!perAgent) built.set(config, (perAgent = new Map()));
  const cached = perAgent.get(agentId);
  if (cached !== undefined) return cached;
  const own = effectiveCallerIdSettings(config, agentId);
  let result: Built | null = null;
  if (own.mode === 'customized' && !own.fixedNumberId) {
    const numbers = allowedCallerIds(config, agentId);
    if (numbers.length > 0 || own.allowDefault) {
      const shown = numbers.map((n) => ({
        id: n.id,
        ...(n.label ? { label: n.label } : {}),
        display: describe(n.number).display,
      }));
      const text = shown.map((n) => `${n.id}\u0000${n.label ?? ''}\u0000${n.display}`).join('\n');
      result = {
        version: `${shown.length}.${hash(`${own.allowDefault ? 1 : 0}\n${text}`)}`,
        allowDefault: own.allowDefault,
        numbers,
        shown,
        byId: new Map(shown.map((n) => [n.id, n])),
      };
    }
  }
  perAgent.set(agentId, result);
  return result;
}

/** What a preview says about the dropdown, or undefined when the agent gets none. */
export function cardChoice(
  config: AccountConfig,
  agentId: string,
  choice: CallerIdChoice | null,
  describe: DescribeNumber,
): CardChoice | undefined {
  const list = build(config, agentId, describe);
  if (!list) return undefined;
  const wanted = choice?.kind === 'number' ? choice.numberId : 'default';
  const selected =
    wanted === 'default'
      ? list.allowDefault
        ? 'default'
        : list.shown[0]!.id
      : list.byId.has(wanted)
        ? wanted
        : list.allowDefault
          ? 'default'
          : list.shown[0]!.id;
  const selectedNumber = list.byId.get(selected);
  return {
    version: list.version,
    selected,
    ...(selectedNumber ? { selectedNumber } : {}),
    allowDefault: list.allowDefault,
    count: list.shown.length + (list.allowDefault ? 1 : 0),
  };
}

/** The dropdown's options with their search words, or undefined when the agent gets none. */
export function cardChoiceList(
  config: AccountConfig,
  agentId: string,
  describe: DescribeNumber,
): CardChoiceList | undefined {
  const list = build(config, agentId, describe);
  if (!list) return undefined;
  // Search words are worked out once per list, the first time a card opens its dropdown.
  list.entries ??= list.numbers.map((number, i) => {
    const facts = describe(number.number);
    return {
      ...list.shown[i]!,
      search: numberSearchKeys({
        number,
        display: facts.display,
        country: facts.country,
        countryName: facts.countryName,
      }),
    };
  });
  return { version: list.version, allowDefault: list.allowDefault, numbers: list.entries };
}
