/** The rows Ringside keeps in IndexedDB. Shared by the background and every extension page. */
import type * as v from 'valibot';
import type { AccountConfig, CallerIdChoice, CallerIdRule } from '../caller-id/types';
import type { ProviderSettingsSchema, SipProviderSchema } from './schemas';
import type { SettingsSchema } from './settings';

/**
 * Where an account config came from. `policy` is a sync URL set by enterprise policy; it is never
 * chosen locally, it wins over the local choice while the policy sets a config URL.
 */
export type ConfigSourceKind = 'demo' | 'url' | 'local' | 'policy';

/** The sources an agent or admin can pick on the options page. */
export type LocalSourceKind = Exclude<ConfigSourceKind, 'policy'>;

/**
 * What Ringside keeps about one stored config, without the config itself: the row of the
 * `configs` table (schema version 4 on). It is small whatever the account's size, so switching
 * the active config, listing the kept ones or refreshing `fetchedAt` never copies a 10,000-number
 * document in or out of IndexedDB. The config is in `configBodies`, in parts, under `hash`
 * (lib/db/config-body.ts).
 */
export interface ConfigSnapshotInfo {
  id?: number;
  accountId: string;
  source: ConfigSourceKind;
  /** The sync URL for `url`/`policy`, a file name or "options page" for `local`, "bundled" for `demo`. */
  origin: string;
  fetchedAt: number;
  etag?: string;
  /** SHA-256 of the document as received, hex. Same hash means same config. */
  hash: string;
  /** 1 for the config in use, 0 for the last few good ones kept for roll-back. */
  active: 0 | 1;
  /** Non-fatal findings of `parseAccountConfig`, shown next to the config. */
  warnings: string[];
  /** What the list of kept configs shows, copied from the config when it is stored. */
  accountName: string;
  numberCount: number;
  agentCount: number;
}

/** A stored config with its row: what the background and the pages work with. */
export interface ConfigSnapshot extends ConfigSnapshotInfo {
  config: AccountConfig;
}

// The provider types are declared once, by their valibot schemas in ./schemas.ts (which check
// every stored or received value); these names are what the rest of the code imports.

/**
 * The softphone: a JsSIP user agent registered to `wsUrl` (SIP over WebSocket) for `domain`.
 * `displayName` picks the From display name (the number's label, the account name, or none);
 * `assertIdentity` also sends P-Asserted-Identity with the caller ID.
 */
export type SipProviderSettings = v.InferOutput<typeof SipProviderSchema>;

/** `tel:` hand-off, a webhook (`url`, optional bearer `token`, `timeoutMs`), or the softphone. */
export type ProviderSettings = v.InferOutput<typeof ProviderSettingsSchema>;

/** The settings row: declared once, with its defaults, by `SettingsSchema` in ./settings.ts. */
export type Settings = v.InferOutput<typeof SettingsSchema>;

/** The settings an agent or admin may change; policy can lock each of them. */
export type SettingKey = Exclude<keyof Settings, 'id' | 'agentName'>;

/**
 * Enterprise policy, read from `storage.managed` (schema: public/managed_schema.json) by the
 * background and mirrored here so every page can show what is locked.
 */
export interface ManagedPolicy {
  id: 'policy';
  configUrl?: string;
  configToken?: string;
  agentEmail?: string;
  syncIntervalMinutes?: number;
  /** The softphone's server and options: the call provider becomes sip with them, locked. */
  sipProvider?: SipProviderSettings;
  /** Locks every setting of the options page (the agent's caller-ID choice stays theirs). */
  settingsLocked: boolean;
  readAt: number;
  /** Policy values that were ignored, with the reason (e.g. an http:// config URL). */
  problems: string[];
}

/** Local settings with policy applied: what the background actually uses. */
export interface EffectiveSettings extends Omit<Settings, 'source'> {
  source: ConfigSourceKind;
  /** Settings the policy fixes; the UI shows them read-only and the background refuses changes. */
  locked: SettingKey[];
  /** Agent email set by policy: the agent is picked by it and cannot pick another. */
  policyAgentEmail?: string;
}

export interface ChoiceRow {
  accountId: string;
  agentId: string;
  choice: CallerIdChoice;
  updatedAt: number;
}

/**
 * `placed`: the provider accepted the call. `failed`: the provider errored. `refused`: Ringside
 * did not try. SIP calls end as `answered`, `no-answer`, `busy`, `declined` (the callee or the
 * agent refused it) or `missed` (an inbound call nobody answered), or `failed`.
 */
export type CallOutcome =
  'placed' | 'failed' | 'refused' | 'answered' | 'no-answer' | 'busy' | 'declined' | 'missed';

export interface CallLogEntry {
  id?: number;
  at: number;
  /** Empty when no account config was active. */
  accountId: string;
  /** Empty when no agent was signed in. */
  agentId: string;
  /** E.164 destination, or the text as given when it did not parse. */
  to: string;
  ext?: string;
  from: string | null;
  fromNumberId: string | null;
  rule: CallerIdRule;
  reason: string;
  pageTitle?: string;
  pageUrl?: string;
  provider: ProviderSettings['kind'];
  outcome: CallOutcome;
  /** What the provider reported on success, e.g. "HTTP 202" or "Handed to the phone app". */
  detail?: string;
  /** Why the call was refused or failed, in words the agent can act on. */
  error?: string;
  /** Absent for outbound calls (every row written before inbound calls existed). */
  direction?: 'outbound' | 'inbound';
  /** Inbound: the account number that was called, when known. */
  toNumberId?: string;
  /** SIP calls: how long the call was connected, set when it ends. */
  durationMs?: number;
  /** SIP calls: why the call ended, in words ("Busy (486)"). */
  cause?: string;
}

/**
 * `network`: no response. `timeout`: no complete response in time. `http`: a status other than
 * 200/304. `json`: the body is not JSON. `schema`: JSON that is not a valid account config.
 * `config`: Ringside's own settings prevent a sync (no URL, a URL that is not https).
 */
export type SyncErrorKind = 'network' | 'timeout' | 'http' | 'json' | 'schema' | 'config';

export interface SyncError {
  at: number;
  kind: SyncErrorKind;
  /** One sentence: what failed and that the last good config stays in use. */
  message: string;
  /** Every specific problem, e.g. one line per schema error with its path. */
  details: string[];
  /** The source the failed document came from, and its URL or file name. */
  source: ConfigSourceKind;
  origin: string;
}

export interface SyncState {
  id: 'sync';
  lastAttemptAt?: number;
  lastSuccessAt?: number;
  /** The latest failure of any source; cleared when a document is next applied successfully. */
  lastError?: SyncError;
  /** Consecutive download failures of the sync URL, for exponential backoff. */
  failures: number;
  /** When the scheduled sync runs next (the alarm is set to it). */
  nextAttemptAt?: number;
  /** Set while a sync runs; a worker that stops mid-sync finds it on its next start and resumes. */
  inFlightSince?: number;
  /** While a downloaded document is being checked: how many of its numbers so far. */
  progress?: { done: number; total: number };
}

/**
 * A secret the agent typed (the SIP password, id `sip:<username>`). Only the background writes
 * it and only the offscreen softphone reads it; it is never exported, sent or logged.
 */
export interface SecretRow {
  id: string;
  value: string;
  savedAt: number;
}
