/**
 * Valibot schemas of the values Ringside stores and receives: used to validate message payloads
 * from other contexts and values read back from IndexedDB.
 */
import * as v from 'valibot';
import { LANGUAGES } from '../i18n/languages';
import { iceUrlProblem, sipDomainProblem, wsUrlProblem } from '../softphone/settings';
import { remoteUrlProblem } from '../sync/url';
import { SYNC_INTERVAL_MAX, SYNC_INTERVAL_MIN } from '../sync/interval';

/** One line per issue, each naming its path: `provider.url: "ftp://x" must be an https:// URL`. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.map((issue) => {
    const path = v.getDotPath(issue);
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}

const remoteUrl = v.pipe(
  v.string('must be a string'),
  v.trim(),
  v.check(
    (text) => remoteUrlProblem(text) === null,
    (issue) => remoteUrlProblem(String(issue.input)) ?? 'invalid URL',
  ),
);

const token = v.pipe(
  v.string('must be a string'),
  v.maxLength(4096, 'is longer than 4096 characters'),
);

const wsUrl = v.pipe(
  v.string('must be a string'),
  v.trim(),
  v.check(
    (text) => wsUrlProblem(text) === null,
    (issue) => wsUrlProblem(String(issue.input)) ?? 'invalid URL',
  ),
);

const iceUrl = v.pipe(
  v.string('must be a string'),
  v.check(
    (text) => iceUrlProblem(text) === null,
    (issue) => iceUrlProblem(String(issue.input)) ?? 'invalid URL',
  ),
);

export const IceServerSchema = v.strictObject({
  urls: v.union([iceUrl, v.pipe(v.array(iceUrl), v.minLength(1, 'is empty'))]),
  username: v.optional(v.pipe(v.string(), v.maxLength(512))),
  credential: v.optional(v.pipe(v.string(), v.maxLength(512))),
});

export const SipProviderSchema = v.strictObject({
  kind: v.literal('sip'),
  wsUrl,
  domain: v.pipe(
    v.string('must be a string'),
    v.trim(),
    v.check(
      (text) => sipDomainProblem(text) === null,
      (issue) => sipDomainProblem(String(issue.input)) ?? 'invalid domain',
    ),
  ),
  iceServers: v.pipe(v.array(IceServerSchema), v.maxLength(10, 'has more than 10 servers')),
  displayName: v.picklist(['label', 'account', 'none'], 'must be "label", "account" or "none"'),
  assertIdentity: v.boolean(),
});

export const ProviderSettingsSchema = v.variant(
  'kind',
  [
    v.strictObject({ kind: v.literal('tel') }),
    v.strictObject({
      kind: v.literal('webhook'),
      url: remoteUrl,
      token: v.optional(token),
      timeoutMs: v.optional(
        v.pipe(
          v.number(),
          v.integer(),
          v.minValue(500, 'must be at least 500 ms'),
          v.maxValue(60_000, 'must be at most 60000 ms'),
        ),
      ),
    }),
    SipProviderSchema,
  ],
  'must be { kind: "tel" }, { kind: "webhook", url } or { kind: "sip", wsUrl, domain, … }',
);

/** CSS selectors detection skips on one site; their syntax is checked where they are typed. */
const SelectorListSchema = v.pipe(
  v.array(
    v.pipe(
      v.string('must be a string'),
      v.trim(),
      v.minLength(1, 'is empty'),
      v.maxLength(500, 'is longer than 500 characters'),
    ),
  ),
  v.maxLength(50, 'has more than 50 selectors'),
);
export const ExcludeSelectorsSchema = v.record(
  v.pipe(
    v.string(),
    v.regex(/^https?:\/\/[^/\s]+$/, 'must be a site origin such as https://crm.example.com'),
  ),
  SelectorListSchema,
);

/** The settings fields an options page may change, each optional (a patch). */
export const SettingsPatchSchema = v.strictObject({
  source: v.optional(v.picklist(['demo', 'url', 'local'], 'must be "demo", "url" or "local"')),
  syncUrl: v.optional(remoteUrl),
  syncToken: v.optional(token),
  syncIntervalMinutes: v.optional(
    v.pipe(
      v.number(),
      v.integer('must be a whole number'),
      v.minValue(SYNC_INTERVAL_MIN, `must be at least ${SYNC_INTERVAL_MIN}`),
      v.maxValue(SYNC_INTERVAL_MAX, `must be at most ${SYNC_INTERVAL_MAX} (a day)`),
    ),
  ),
  syncTimeoutMs: v.optional(
    v.pipe(
      v.number(),
      v.integer(),
      v.minValue(1000, 'must be at least 1000 ms'),
      v.maxValue(120_000, 'must be at most 120000 ms'),
    ),
  ),
  provider: v.optional(ProviderSettingsSchema),
  routeTelLinks: v.optional(v.boolean()),
  allowedCountries: v.optional(
    v.pipe(
      v.array(
        v.pipe(
          v.string('must be a string'),
          v.regex(/^[A-Z]{2}$/, 'must be a two-letter country code such as "US"'),
        ),
      ),
      v.maxLength(300, 'lists more than 300 countries'),
    ),
  ),
  blockPremium: v.optional(v.boolean()),
  confirmInternational: v.optional(v.boolean()),
  excludeSelectors: v.optional(ExcludeSelectorsSchema),
  /** The language of every surface: one of lib/i18n's, or "auto" to follow the browser. */
  language: v.optional(
    v.picklist(['auto', ...LANGUAGES], `must be "auto" or one of ${LANGUAGES.join(', ')}`),
  ),
});

export type SettingsPatch = v.InferOutput<typeof SettingsPatchSchema>;

/** The settings row as stored: the patch fields plus the agent's identity. */
export const StoredSettingsEntries = {
  ...SettingsPatchSchema.entries,
  agentId: v.optional(v.pipe(v.string(), v.minLength(1))),
  agentName: v.optional(v.string()),
};
