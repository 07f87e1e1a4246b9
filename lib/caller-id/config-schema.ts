/**
 * The shape of the account config wire format (schemaVersion 1, docs/config-format.md) as a valibot schema,
 * with the messages an admin reads when a field is wrong. Cross-field rules (phone numbers,
 * duplicate ids, references) are in config.ts.
 */
import * as v from 'valibot';
import { isSupportedCountry } from 'libphonenumber-js/max';

export const SUPPORTED_SCHEMA_VERSION = 1;
const MODES = ['automated', 'customized'] as const;

/** A value as an admin would recognise it in a message: strings quoted, containers named. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}

const nonEmptyString = v.pipe(v.string(), v.nonEmpty('must not be empty'));
const modeSchema = v.picklist(
  MODES,
  (issue) => `unknown mode ${describe(issue.input)} (expected "automated" or "customized")`,
);

const clockTime = v.pipe(
  v.string(),
  v.regex(
    /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/,
    (issue) => `${describe(issue.input)} is not a time of day (expected "HH:MM", like "08:00")`,
  ),
);

export const configSchema = v.object({
  schemaVersion: v.literal(
    SUPPORTED_SCHEMA_VERSION,
    (issue) =>
      `unsupported schemaVersion ${describe(issue.input)} (this version of Ringside reads ${SUPPORTED_SCHEMA_VERSION})`,
  ),
  account: v.object({
    id: nonEmptyString,
    name: nonEmptyString,
    defaultCountry: v.pipe(
      v.string(),
      v.toUpperCase(),
      v.check(
        isSupportedCountry,
        (issue) =>
          `${describe(issue.input)} is not a country code (expected ISO 3166-1 alpha-2, like "US")`,
      ),
    ),
  }),
  outboundCallerId: v.object({
    mode: modeSchema,
    allowDefault: v.boolean(),
    samePlace: v.optional(v.boolean()),
    sameTimeZone: v.optional(v.boolean()),
    contactHistoryDays: v.optional(
      v.pipe(
        v.number(),
        v.check(
          (n) => Number.isInteger(n) && n >= 1 && n <= 365,
          (issue) => `${describe(issue.input)} is not a number of days from 1 to 365`,
        ),
      ),
    ),
    shareLoad: v.optional(
      v.object({
        dailyCapPerNumber: v.optional(
          v.pipe(
            v.number(),
            v.check(
              (n) => Number.isInteger(n) && n >= 1,
              (issue) => `${describe(issue.input)} is not a whole number of calls (1 or more)`,
            ),
          ),
        ),
      }),
    ),
    callingHours: v.optional(
      v.object({ start: v.optional(clockTime), end: v.optional(clockTime) }),
    ),
  }),
  // A ring group's name is required; a number's label and an agent's email are optional (added to
  // version 1, so every earlier document stays valid) and read as "" when absent: surfaces show
  // the number itself for a number without a label (docs/config-format.md).
  ringGroups: v.array(v.object({ id: nonEmptyString, name: v.string() })),
  numbers: v.array(
    v.object({
      id: nonEmptyString,
      number: v.string(),
      label: v.optional(v.string(), ''),
      ringGroups: v.array(v.string()),
      tollFree: v.optional(v.boolean()),
      dedicatedLine: v.optional(v.boolean(), false),
      external: v.optional(v.boolean(), false),
    }),
  ),
  agents: v.array(
    v.object({
      id: nonEmptyString,
      name: nonEmptyString,
      email: v.optional(v.string(), ''),
      ringGroups: v.array(v.string()),
      // The agent's SIP user for the softphone (issue 9); the password never travels here.
      sip: v.optional(
        v.object({
          username: v.pipe(
            nonEmptyString,
            v.regex(
              /^[A-Za-z0-9._~!$&'()*+,;=%-]{1,64}$/,
              'must be a SIP user name (no spaces, "@" or ":")',
            ),
          ),
        }),
      ),
      outboundCallerId: v.optional(
        v.object({
          mode: v.optional(modeSchema),
          allowDefault: v.optional(v.boolean()),
          fixedNumberId: v.optional(nonEmptyString),
        }),
      ),
    }),
  ),
});

/** Fields each object may hold, in document order (also the order problems are listed in). */
export const FIELDS: Record<string, string[]> = {
  root: ['schemaVersion', 'account', 'outboundCallerId', 'ringGroups', 'numbers', 'agents'],
  account: ['id', 'name', 'defaultCountry'],
  outboundCallerId: ['mode', 'allowDefault', 'fixedNumberId'],
  accountOutboundCallerId: [
    'mode',
    'allowDefault',
    'samePlace',
    'sameTimeZone',
    'contactHistoryDays',
    'shareLoad',
    'callingHours',
  ],
  shareLoad: ['dailyCapPerNumber'],
  callingHours: ['start', 'end'],
  ringGroup: ['id', 'name'],
  number: ['id', 'number', 'label', 'ringGroups', 'tollFree', 'dedicatedLine', 'external'],
  agent: ['id', 'name', 'email', 'ringGroups', 'sip', 'outboundCallerId'],
};
export const FIELD_ORDER = [...new Set(Object.values(FIELDS).flat())];
