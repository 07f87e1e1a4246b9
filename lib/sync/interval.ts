/**
 * The sync interval rule, written once: a whole number of minutes from 1 to 1440 (a day). Read by
 * the policy (lib/policy.ts), the settings schema (lib/db/schemas.ts) and the options page's field.
 */
export const SYNC_INTERVAL_MIN = 1;
export const SYNC_INTERVAL_MAX = 1440;

/** What the rule asks for, as a phrase ("… is not a whole number from 1 to 1440"). */
export const SYNC_INTERVAL_RULE = `a whole number from ${SYNC_INTERVAL_MIN} to ${SYNC_INTERVAL_MAX}`;

/** The options page's hint under a wrong interval field. */
export const SYNC_INTERVAL_HINT = `Enter a whole number of minutes from ${SYNC_INTERVAL_MIN} to ${SYNC_INTERVAL_MAX}.`;

export function isSyncInterval(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= SYNC_INTERVAL_MIN &&
    value <= SYNC_INTERVAL_MAX
  );
}
