/**
 * What the caller-ID dropdown shows, from the agent's effective settings, allowed numbers and stored
 * choice. It mirrors the resolution rules of docs/caller-id-rules.md for the part an agent sees before a call:
 * which entry is selected, whether it can be changed, and whether a saved choice went stale.
 */
import type { AccountNumber, CallerIdChoice, CallerIdMode } from '../caller-id/types';

/** The effective settings for one agent (account settings with the agent's overrides applied). */
export interface EffectiveSettings {
  mode: CallerIdMode;
  allowDefault: boolean;
  /** The number the admin set for all the agent's calls; null or absent when none. */
  fixedNumberId?: string | null;
}

/** "default" or a number id. */
export type DropdownValue = 'default' | string;

/** What a stale choice is replaced with. */
export type Fallback =
  { kind: 'default' } | { kind: 'number'; number: AccountNumber } | { kind: 'none' };

export type CallerIdDropdownModel =
  | { kind: 'fixed'; number: AccountNumber | null; allowed: AccountNumber[] }
  | { kind: 'automated'; allowed: AccountNumber[] }
  | {
      kind: 'customized';
      offerDefault: boolean;
      allowed: AccountNumber[];
      /** Shown as selected; null only when there is nothing to select. */
      selected: DropdownValue | null;
      /** Set when the saved choice can no longer be used. */
      stale: null | {
        /** The number that was chosen, when it is still in the account; null for "Default". */
        chosen: AccountNumber | null;
        chosenKind: 'default' | 'number';
        instead: Fallback;
      };
    };

export interface ModelInput {
  settings: EffectiveSettings;
  /** The agent's allowed numbers in account order. */
  allowed: AccountNumber[];
  /** Every number of the account, to name a stale choice. */
  numbers: AccountNumber[];
  choice: CallerIdChoice | null | undefined;
}

export function buildDropdownModel({
  settings,
  allowed,
  numbers,
  choice,
}: ModelInput): CallerIdDropdownModel {
  if (settings.fixedNumberId != null) {
    const fixed = numbers.find((n) => n.id === settings.fixedNumberId) ?? null;
    return { kind: 'fixed', number: fixed, allowed };
  }
  if (settings.mode === 'automated') return { kind: 'automated', allowed };

  const offerDefault = settings.allowDefault;
  const fallback: Fallback = offerDefault
    ? { kind: 'default' }
    : allowed[0]
      ? { kind: 'number', number: allowed[0] }
      : { kind: 'none' };
  const fallbackValue: DropdownValue | null =
    fallback.kind === 'default'
      ? 'default'
      : fallback.kind === 'number'
        ? fallback.number.id
        : null;
  const base = { kind: 'customized' as const, offerDefault, allowed };

  if (!choice) return { ...base, selected: fallbackValue, stale: null };
  if (choice.kind === 'default') {
    if (offerDefault) return { ...base, selected: 'default', stale: null };
    return {
      ...base,
      selected: fallbackValue,
      stale: { chosen: null, chosenKind: 'default', instead: fallback },
    };
  }
  if (allowed.some((n) => n.id === choice.numberId)) {
    return { ...base, selected: choice.numberId, stale: null };
  }
  return {
    ...base,
    selected: fallbackValue,
    stale: {
      chosen: numbers.find((n) => n.id === choice.numberId) ?? null,
      chosenKind: 'number',
      instead: fallback,
    },
  };
}
