/**
 * The sync interval rule, written once: a whole number of minutes from 1 to 1440 (a day). Read by
 * the policy (lib/policy.ts), the settings schema (lib/db/schemas.ts) and the options page's field.
 */
import { english } from '../i18n/english';
import type { Translator } from '../i18n/translator';

export const SYNC_INTERVAL_MIN = 1;
export const SYNC_INTERVAL_MAX = 1440;

/** What the rule asks for, as a phrase ("… is not a whole number from 1 to 1440"). */
export const SYNC_INTERVAL_RULE = `a whole number from ${SYNC_INTERVAL_MIN} to ${SYNC_INTERVAL_MAX}`;

/** The options page's hint under a wrong interval field, in `tr`'s language. */
export function syncIntervalHint(tr: Translator = english): string {
  return tr.t('config.settings.syncIntervalHint', {
    min: SYNC_INTERVAL_MIN,
    max: SYNC_INTERVAL_MAX,
  });
}

/** The hint in English (the text the options page showed before it was translated). */
export const SYNC_INTERVAL_HINT = syncIntervalHint();

export function isSyncInterval(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= SYNC_INTERVAL_MIN &&
    value <= SYNC_INTERVAL_MAX
  );
}
