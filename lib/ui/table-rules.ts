/**
 * The options page's rules for editing account rows, shared by the numbers, agents and ring-group
 * tables: how a new row's id follows its name, how a typed number becomes E.164, and the problems
 * the editor refuses before saving (on top of `parseAccountConfig`'s), each at its field's path.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { AccountNumber } from '../caller-id/types';
import type { Translator } from '../i18n/translator';
import { idFromName, type Draft } from './draft';
import { englishOptions } from './options-english';

export type RowKind = 'numbers' | 'agents' | 'ringGroups';

const FALLBACK: Record<RowKind, string> = {
  numbers: 'number',
  agents: 'agent',
  ringGroups: 'group',
};

/**
 * The patch for a new name (a number's label, an agent's or ring group's name): a row saved in the
 * config in use keeps its id (agents' choices and references point at it); a new row's id follows
 * the name, unique among the other rows of its kind.
 */
export function namePatch(
  draft: Draft,
  kind: RowKind,
  index: number,
  name: string,
  savedIds: ReadonlySet<string>,
): { id?: string } {
  const rows: { id: string }[] = draft[kind];
  const row = rows[index];
  if (!row || savedIds.has(row.id)) return {};
  const others = rows.filter((_, j) => j !== index).map((r) => r.id);
  return { id: idFromName(name, others, FALLBACK[kind]) };
}

/**
 * The patch for a typed number. While typing (`final` false) the text is kept as typed; when the
 * field is left, a valid number is written in E.164 (read in the account's default country when
 * it has no country code), and a number that changed is marked toll-free if it is one (the admin
 * can still untick it). An invalid number stays as typed, so its error quotes what was typed.
 */
export function numberPatch(
  row: Pick<AccountNumber, 'number'>,
  text: string,
  country: CountryCode,
  final: boolean,
): Partial<AccountNumber> {
  if (!final) return { number: text };
  const parsed = parsePhoneNumberFromString(text.trim(), country);
  if (!parsed?.isValid()) return { number: text };
  const patch: Partial<AccountNumber> = { number: parsed.number };
  if (parsed.number !== row.number) patch.tollFree = parsed.getType() === 'TOLL_FREE';
  return patch;
}

// One "@" with something on both sides and a dot in the domain, no spaces: what mail clients
// accept as an address, without pretending to validate RFC 5322.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@.]+$/;

export function isEmail(text: string): boolean {
  return EMAIL.test(text);
}

/**
 * The E.164 form of a stored or typed number, for spotting two rows with one number; undefined
 * when it is not a valid number (validation reports that one).
 */
export type ToE164 = (text: string) => string | undefined;

export function e164Reader(country: CountryCode): ToE164 {
  const cache = new Map<string, string | undefined>();
  return (text) => {
    if (/^\+[1-9]\d{6,14}$/.test(text)) return text;
    if (!cache.has(text)) {
      const parsed = parsePhoneNumberFromString(text, country);
      cache.set(text, parsed?.isValid() ? parsed.number : undefined);
    }
    return cache.get(text);
  };
}

/**
 * What the editor refuses that an imported document only gets a warning for, as `path: message`
 * lines like `parseAccountConfig`'s: a phone number listed twice (two rows the selector could not
 * tell apart), and an agent email that is not an address. An empty email is fine (it is optional).
 * The path stays as it is (it names the field); the message is in `translator`'s language.
 */
export function editorProblems(
  draft: Draft,
  toE164: ToE164 = e164Reader(draft.account.defaultCountry),
  translator: Translator = englishOptions(),
): string[] {
  const { t } = translator;
  const problems: string[] = [];
  const first = new Map<string, number>();
  draft.numbers.forEach((n, i) => {
    const e164 = n.number ? toE164(n.number) : undefined;
    if (!e164) return;
    const twin = first.get(e164);
    if (twin === undefined) first.set(e164, i);
    else
      problems.push(
        `numbers[${i}].number: ${t('options.rules.duplicate', {
          number: e164,
          twin: draft.numbers[twin]!.label || t('options.numbers.untitled', { n: twin + 1 }),
        })}`,
      );
  });
  draft.agents.forEach((a, i) => {
    if (a.email && !isEmail(a.email.trim())) {
      problems.push(
        `agents[${i}].email: ${t('options.rules.email', { email: JSON.stringify(a.email) })}`,
      );
    }
  });
  return problems;
}

/** How many numbers and agents belong to each ring group, in one pass over the rows. */
export function ringGroupUse(draft: Draft): Map<string, { numbers: number; agents: number }> {
  const use = new Map(draft.ringGroups.map((g) => [g.id, { numbers: 0, agents: 0 }]));
  for (const n of draft.numbers)
    for (const g of n.ringGroups) if (use.has(g)) use.get(g)!.numbers++;
  for (const a of draft.agents) for (const g of a.ringGroups) if (use.has(g)) use.get(g)!.agents++;
  return use;
}

/** The question to ask before removing a ring group in use, or null when nothing uses it. */
export function removeGroupQuestion(
  name: string,
  use: { numbers: number; agents: number },
  translator: Translator = englishOptions(),
): string | null {
  if (use.numbers === 0 && use.agents === 0) return null;
  const used = use.numbers && use.agents ? 'both' : use.numbers ? 'numbers' : 'agents';
  return translator.t('options.rules.groupInUse', {
    name,
    used,
    numbers: use.numbers,
    agents: use.agents,
  });
}

/** The country a number of the account is in (ISO code), or undefined when it is not valid. */
export function numberCountry(text: string, defaultCountry: CountryCode): string | undefined {
  const parsed = parsePhoneNumberFromString(text, defaultCountry);
  return parsed?.isValid() ? parsed.country : undefined;
}
