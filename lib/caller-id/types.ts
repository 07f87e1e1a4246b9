/**
 * The account config as the rest of the product sees it, after `parseAccountConfig` has checked
 * and normalised the wire format (schemaVersion 1, see docs/config-format.md). Derived and optional flags are
 * always filled in here, so no consumer has to guess a default.
 */
import type { CountryCode } from 'libphonenumber-js';
import type { Translator } from '../i18n/translator';

export type CallerIdMode = 'automated' | 'customized';

export interface CallerIdSettings extends PresenceOptions {
  mode: CallerIdMode;
  allowDefault: boolean;
}

/**
 * Local-presence options of the account (docs/caller-id-rules.md). Each is off when absent; with
 * all off, selection is exactly the seven steps.
 */
export interface PresenceOptions {
  /** A step after "same area code": a number in the destination's place (overlays of one city). */
  samePlace?: boolean;
  /** A step after "same state": a number in the destination's time zone. */
  sameTimeZone?: boolean;
  /** Contact continuity: the number this contact was last in touch with, within this many days. */
  contactHistoryDays?: number;
  /** Share the load: among tied numbers the one this agent used least today; optional cap. */
  shareLoad?: { dailyCapPerNumber?: number };
  /** Calling hours in the destination's local time, "HH:MM" (default 08:00–21:00). */
  callingHours?: { start?: string; end?: string };
}

/** Per-agent settings: an absent field inherits the account's. */
export interface AgentCallerIdSettings {
  mode?: CallerIdMode;
  allowDefault?: boolean;
  fixedNumberId?: string;
}

export interface RingGroup {
  id: string;
  name: string;
}

export interface AccountNumber {
  id: string;
  /** E.164, e.g. "+14155550100". */
  number: string;
  label: string;
  ringGroups: string[];
  tollFree: boolean;
  dedicatedLine: boolean;
  external: boolean;
}

export interface Agent {
  id: string;
  name: string;
  email: string;
  ringGroups: string[];
  /** The agent's SIP user for the softphone; the password is typed by the agent, never here. */
  sip?: { username: string };
  outboundCallerId?: AgentCallerIdSettings;
}

export interface AccountConfig {
  schemaVersion: 1;
  account: { id: string; name: string; defaultCountry: CountryCode };
  outboundCallerId: CallerIdSettings;
  ringGroups: RingGroup[];
  numbers: AccountNumber[];
  agents: Agent[];
}

export type CallerIdChoice = { kind: 'default' } | { kind: 'number'; numberId: string };

export type CallerIdRule =
  | 'agent-fixed'
  | 'agent-choice'
  | 'area-code'
  | 'state'
  | 'country'
  | 'any-number'
  | 'country-toll-free'
  | 'account-toll-free'
  | 'account-first'
  | 'none'
  // Only with their options on (PresenceOptions):
  | 'contact-history'
  | 'same-place'
  | 'time-zone';

export interface CallerIdSelection {
  /** The normalised entry from `config.numbers`, or null when the account has no number. */
  number: AccountNumber | null;
  rule: CallerIdRule;
  /** One sentence an agent understands. */
  reason: string;
  /**
   * Set by `resolveCallerId` when the agent's stored choice (this numberId) is no longer allowed
   * and was not used: the UI should tell the agent and show the number actually used as selected.
   * Absent otherwise.
   */
  staleChoice?: string;
}

export type ParseResult =
  { ok: true; config: AccountConfig; warnings: string[] } | { ok: false; errors: string[] };

/** An agent's settings after inheritance: what actually applies to their calls. */
export interface EffectiveCallerIdSettings {
  mode: CallerIdMode;
  /** Whether "Default" (the automated selector) is offered in Customized mode. */
  allowDefault: boolean;
  /** The number the admin set for all the agent's calls, or null. */
  fixedNumberId: string | null;
}

/**
 * A call as the local call log holds it (CallLogEntry in lib/db/types.ts has these fields): what
 * contact continuity and share the load read. Absent direction = outbound.
 */
export interface CallHistoryEntry {
  at: number;
  accountId?: string;
  agentId?: string;
  direction?: 'outbound' | 'inbound';
  /** Outbound: the destination. Inbound: the agent-side number called. */
  to: string;
  /** Outbound: the caller ID used. Inbound: the caller's number. */
  from: string | null;
  fromNumberId: string | null;
  toNumberId?: string;
  outcome?: string;
}

/**
 * What selection may read besides the config, for the options that need it (contact history,
 * share the load). Without it, those options do nothing.
 */
export interface SelectionContext {
  /** The local call log, any order. */
  history?: readonly CallHistoryEntry[];
  /** The time of the call (ms since the epoch); defaults to Date.now(). */
  now?: number;
  /**
   * The language of `reason` (lib/i18n). Absent: English, the sentences of the DESIGN contract.
   * The background passes the agent's; nothing else about the selection depends on it.
   */
  translator?: Translator;
}
