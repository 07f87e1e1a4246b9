/** The rows Ringside keeps in IndexedDB. Shared by the background and every extension page. */
import type { AccountConfig, CallerIdChoice, CallerIdRule } from '../caller-id/types';

/** Where an account config came from. `policy` is a sync URL set by enterprise policy. */
export type ConfigSourceKind = 'demo' | 'url' | 'local' | 'policy';

export interface ConfigSnapshot {
  id?: number;
  accountId: string;
  source: ConfigSourceKind;
  /** The sync URL for `url`/`policy`, a file name or "options page" for `local`. */
  origin: string;
  fetchedAt: number;
  etag?: string;
  /** SHA-256 of the document as received, hex. Same hash means same config. */
  hash: string;
  /** 1 for the config in use, 0 for the last few good ones kept for roll-back. */
  active: 0 | 1;
  config: AccountConfig;
}

export type ProviderSettings =
  { kind: 'tel' } | { kind: 'webhook'; url: string; token?: string; timeoutMs?: number };

export interface Settings {
  id: 'settings';
  source: ConfigSourceKind;
  syncUrl?: string;
  syncToken?: string;
  syncIntervalMinutes: number;
  /** Origin match patterns such as "https://acme.lightning.force.com/*". */
  enabledSites: string[];
  provider: ProviderSettings;
  /** The signed-in agent, picked on first use or set by policy. */
  agentId?: string;
  /** Route `tel:` links on enabled sites through Ringside. */
  routeTelLinks: boolean;
}

export interface ChoiceRow {
  accountId: string;
  agentId: string;
  choice: CallerIdChoice;
  updatedAt: number;
}

export type CallOutcome = 'placed' | 'failed' | 'refused';

export interface CallLogEntry {
  id?: number;
  at: number;
  accountId: string;
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
  error?: string;
}

export type SyncErrorKind = 'network' | 'timeout' | 'http' | 'json' | 'schema' | 'config';

export interface SyncState {
  id: 'sync';
  lastAttemptAt?: number;
  lastSuccessAt?: number;
  lastError?: { at: number; kind: SyncErrorKind; message: string; details: string[] };
  /** Consecutive failures, for exponential backoff. */
  failures: number;
  nextAttemptAt?: number;
  /** Set while a sync runs; a worker that stops mid-sync finds it on its next start and resumes. */
  inFlightSince?: number;
}
