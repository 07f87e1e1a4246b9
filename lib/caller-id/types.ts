/**
 * The account config as the rest of the product sees it, after `parseAccountConfig` has checked
 * and normalised the wire format (schemaVersion 1, see DESIGN.md). Derived and optional flags are
 * always filled in here, so no consumer has to guess a default.
 */
import type { CountryCode } from 'libphonenumber-js';

export type CallerIdMode = 'automated' | 'customized';

export interface CallerIdSettings {
  mode: CallerIdMode;
  allowDefault: boolean;
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
  | 'none';

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
