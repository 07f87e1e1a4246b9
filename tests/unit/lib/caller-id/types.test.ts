/**
 * The caller-ID types are derived from their valibot schemas (lib/caller-id/config-schema.ts,
 * choice-schema.ts). These checks hold the derived types to the library contract of
 * docs/library.md field for field, so a change to a schema that would change what outside callers
 * see fails `tsc` and this file.
 */
import type { CountryCode } from 'libphonenumber-js';
import { describe, expectTypeOf, it } from 'vitest';
import type {
  AccountConfig,
  AccountNumber,
  Agent,
  AgentCallerIdSettings,
  CallerIdChoice,
  CallerIdMode,
  CallerIdSettings,
  PresenceOptions,
  RingGroup,
} from '../../../../lib/caller-id/index';

interface ContractPresence {
  samePlace?: boolean;
  sameTimeZone?: boolean;
  contactHistoryDays?: number;
  shareLoad?: { dailyCapPerNumber?: number };
  callingHours?: { start?: string; end?: string };
}
interface ContractSettings extends ContractPresence {
  mode: 'automated' | 'customized';
  allowDefault: boolean;
}
interface ContractNumber {
  id: string;
  number: string;
  label: string;
  ringGroups: string[];
  tollFree: boolean;
  dedicatedLine: boolean;
  external: boolean;
}
interface ContractAgentSettings {
  mode?: 'automated' | 'customized';
  allowDefault?: boolean;
  fixedNumberId?: string;
}
interface ContractAgent {
  id: string;
  name: string;
  email: string;
  ringGroups: string[];
  sip?: { username: string };
  outboundCallerId?: ContractAgentSettings;
}
interface ContractConfig {
  schemaVersion: 1;
  account: { id: string; name: string; defaultCountry: CountryCode };
  outboundCallerId: ContractSettings;
  ringGroups: { id: string; name: string }[];
  numbers: ContractNumber[];
  agents: ContractAgent[];
}

describe('caller-ID types derived from their schemas', () => {
  it('match the library contract field for field', () => {
    expectTypeOf<CallerIdMode>().toEqualTypeOf<'automated' | 'customized'>();
    expectTypeOf<PresenceOptions>().toEqualTypeOf<ContractPresence>();
    expectTypeOf<CallerIdSettings>().toEqualTypeOf<ContractSettings>();
    expectTypeOf<AgentCallerIdSettings>().toEqualTypeOf<ContractAgentSettings>();
    expectTypeOf<RingGroup>().toEqualTypeOf<{ id: string; name: string }>();
    expectTypeOf<AccountNumber>().toEqualTypeOf<ContractNumber>();
    expectTypeOf<Agent>().toEqualTypeOf<ContractAgent>();
    expectTypeOf<AccountConfig>().toEqualTypeOf<ContractConfig>();
    expectTypeOf<CallerIdChoice>().toEqualTypeOf<
      { kind: 'default' } | { kind: 'number'; numberId: string }
    >();
  });
});
