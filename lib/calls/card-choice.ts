/**
 * The caller-ID dropdown of the CRM card: offered only in Customized mode without a fixed
 * number, with the same options as the popup ("Default" when allowed, then the agent's numbers in
 * account order). Pure; the background adds it to the card's preview.
 */
import { allowedCallerIds, effectiveCallerIdSettings } from '../caller-id';
import type { AccountConfig, CallerIdChoice } from '../caller-id/types';
import { english } from '../i18n/english';
import type { Translator } from '../i18n/translator';

/** More options than this do not fit a card: the agent picks in the popup instead. */
export const CARD_CHOICE_LIMIT = 200;

export interface CardChoice {
  /** 'default' or a number id. */
  selected: string;
  options: { value: string; text: string }[];
}

export function cardChoice(
  config: AccountConfig,
  agentId: string,
  choice: CallerIdChoice | null,
  display: (e164: string) => string,
  tr: Translator = english,
): CardChoice | undefined {
  const own = effectiveCallerIdSettings(config, agentId);
  if (own.mode !== 'customized' || own.fixedNumberId) return undefined;
  const numbers = allowedCallerIds(config, agentId);
  const options = [
    ...(own.allowDefault ? [{ value: 'default', text: tr.t('calls.cardDefault') }] : []),
    ...numbers.map((n) => ({
      value: n.id,
      text: `${n.label ? `${n.label} · ` : ''}${display(n.number)}`,
    })),
  ];
  if (options.length === 0 || options.length > CARD_CHOICE_LIMIT) return undefined;
  const wanted = choice?.kind === 'number' ? choice.numberId : 'default';
  const selected = options.some((o) => o.value === wanted) ? wanted : options[0]!.value;
  return { selected, options };
}
