/**
 * The shape of the account config wire format (schemaVersion 1, docs/config-format.md) as a valibot schema,
 * with the messages an admin reads when a field is wrong. Cross-field rules (phone numbers,
 * duplicate ids, references) are in config.ts.
 */
import * as v from 'valibot';
import { countryCodeSchema } from '../phone/country-code';

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

/** The account's country, one libphonenumber knows: "us" is read as "US". */
const defaultCountry = v.pipe(
  v.string(),
  v.toUpperCase(),
  countryCodeSchema(
    (issue) =>
      `${describe(issue.input)} is not a country code (expected ISO 3166-1 alpha-2, like "US")`,
  ),
);

// Each piece of the format is declared once here; lib/caller-id/types.ts derives the types the
// rest of the product uses from these schemas (`v.InferOutput`).

/** The local-presence options (docs/caller-id-rules.md): each off when absent. */
const presenceOptionsEntries = {
  /** A step after "same area code": a number in the destination's place (overlays of one city). */
  samePlace: v.optional(v.boolean()),
  /** A step after "same state": a number in the destination's time zone. */
  sameTimeZone: v.optional(v.boolean()),
  /** Contact continuity: the number this contact was last in touch with, within this many days. */
  contactHistoryDays: v.optional(
    v.pipe(
      v.number(),
      v.check(
        (n) => Number.isInteger(n) && n >= 1 && n <= 365,
        (issue) => `${describe(issue.input)} is not a number of days from 1 to 365`,
      ),
    ),
  ),
  /** Share the load: among tied numbers the one this agent used least today; optional cap. */
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
  /** Calling hours in the destination's local time, "HH:MM" (default 08:00–21:00). */
  callingHours: v.optional(v.object({ start: v.optional(clockTime), end: v.optional(clockTime) })),
};
export const presenceOptionsSchema = v.object(presenceOptionsEntries);

/** The account's caller-ID settings: the mode, whether "Default" is offered, the presence options. */
export const callerIdSettingsSchema = v.object({
  mode: modeSchema,
  allowDefault: v.boolean(),
  ...presenceOptionsEntries,
});

/** Per-agent settings: an absent field inherits the account's. */
export const agentCallerIdSettingsSchema = v.object({
  mode: v.optional(modeSchema),
  allowDefault: v.optional(v.boolean()),
  fixedNumberId: v.optional(nonEmptyString),
});

// A ring group's name is required; a number's label and an agent's email are optional (added to
// version 1, so every earlier document stays valid) and read as "" when absent: surfaces show
// the number itself for a number without a label (docs/config-format.md).
export const ringGroupSchema = v.object({ id: nonEmptyString, name: v.string() });

/** A number as the document writes it: any phone text, `tollFree` optional. */
const wireNumberSchema = v.object({
  id: nonEmptyString,
  number: v.string(),
  label: v.optional(v.string(), ''),
  ringGroups: v.array(v.string()),
  tollFree: v.optional(v.boolean()),
  dedicatedLine: v.optional(v.boolean(), false),
  external: v.optional(v.boolean(), false),
});

export const agentSchema = v.object({
  id: nonEmptyString,
  name: nonEmptyString,
  email: v.optional(v.string(), ''),
  ringGroups: v.array(v.string()),
  /** The agent's SIP user for the softphone; the password is typed by the agent, never here. */
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
  outboundCallerId: v.optional(agentCallerIdSettingsSchema),
});

const accountSchema = v.object({ id: nonEmptyString, name: nonEmptyString, defaultCountry });

/** The document as received: what the shape check of `parseAccountConfig` runs. */
export const configSchema = v.object({
  schemaVersion: v.literal(
    SUPPORTED_SCHEMA_VERSION,
    (issue) =>
      `unsupported schemaVersion ${describe(issue.input)} (this version of Ringside reads ${SUPPORTED_SCHEMA_VERSION})`,
  ),
  account: accountSchema,
  outboundCallerId: callerIdSettingsSchema,
  ringGroups: v.array(ringGroupSchema),
  numbers: v.array(wireNumberSchema),
  agents: v.array(agentSchema),
});

/**
 * A number after `parseAccountConfig`: the same fields, with `number` in E.164 ("+14155550100",
 * which the cross-field pass reads with the account's country) and `tollFree` always set (taken
 * from the number when the document leaves it out).
 */
export const accountNumberSchema = v.object({
  ...wireNumberSchema.entries,
  number: v.pipe(v.string(), v.regex(/^\+[1-9]\d{1,14}$/, 'must be an E.164 number')),
  tollFree: v.boolean(),
});

/**
 * The account config after `parseAccountConfig` has checked and normalised the document: the
 * wire format with its numbers normalised. Every parse result satisfies it (a property test says
 * so); `AccountConfig` is its output type.
 */
export const accountConfigSchema = v.object({
  ...configSchema.entries,
  numbers: v.array(accountNumberSchema),
});

/**
 * Fields each object may hold, in document order (also the order problems are listed in): read
 * from the schemas, so a field added there is known here too.
 */
const keys = (schema: { entries: Record<string, unknown> }) => Object.keys(schema.entries);
export const FIELDS: Record<string, string[]> = {
  root: keys(configSchema),
  account: keys(accountSchema),
  outboundCallerId: keys(agentCallerIdSettingsSchema),
  accountOutboundCallerId: keys(callerIdSettingsSchema),
  shareLoad: keys(presenceOptionsEntries.shareLoad.wrapped),
  callingHours: keys(presenceOptionsEntries.callingHours.wrapped),
  ringGroup: keys(ringGroupSchema),
  number: keys(wireNumberSchema),
  agent: keys(agentSchema),
};
export const FIELD_ORDER = [...new Set(Object.values(FIELDS).flat())];
