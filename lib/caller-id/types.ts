/**
 * The account config as the rest of the product sees it, after `parseAccountConfig` has checked
 * and normalised the wire format (schemaVersion 1, see docs/config-format.md). Derived and optional
 * flags are always filled in here, so no consumer has to guess a default.
 *
 * The config's types are declared once, by their valibot schemas in ./config-schema.ts (the
 * normalised `accountConfigSchema`), and the caller-ID choice by ./choice-schema.ts; these names
 * are what the rest of the code imports.
 */
import type { Translator } from '../i18n/translator';
import type * as v from 'valibot';
import type { CallerIdChoiceSchema } from './choice-schema';
import type {
  accountConfigSchema,
  accountNumberSchema,
  agentCallerIdSettingsSchema,
  agentSchema,
  callerIdSettingsSchema,
  presenceOptionsSchema,
  ringGroupSchema,
} from './config-schema';

export type CallerIdMode = CallerIdSettings['mode'];

/** Mode, whether "Default" is offered, and the presence options of the account. */
export type CallerIdSettings = v.InferOutput<typeof callerIdSettingsSchema>;

/**
 * Local-presence options of the account (docs/caller-id-rules.md): same place, same time zone,
 * contact history days, share the load, calling hours. Each is off when absent; with all off,
 * selection is exactly the seven steps.
 */
export type PresenceOptions = v.InferOutput<typeof presenceOptionsSchema>;

/** Per-agent settings: an absent field inherits the account's. */
export type AgentCallerIdSettings = v.InferOutput<typeof agentCallerIdSettingsSchema>;

export type RingGroup = v.InferOutput<typeof ringGroupSchema>;

/** A number of the account: `number` in E.164, `tollFree`, `dedicatedLine`, `external` always set. */
export type AccountNumber = v.InferOutput<typeof accountNumberSchema>;

/** An agent; `sip.username` is their SIP user (the password is typed by the agent, never here). */
export type Agent = v.InferOutput<typeof agentSchema>;

export type AccountConfig = v.InferOutput<typeof accountConfigSchema>;

/** "Default" (the selector decides) or one of the account's numbers, by id. */
export type CallerIdChoice = v.InferOutput<typeof CallerIdChoiceSchema>;

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
