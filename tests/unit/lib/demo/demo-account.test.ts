import { isValidPhoneNumber, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { NumberType } from 'libphonenumber-js';
import { describe, expect, it } from 'vitest';
import { allowedCallerIds, parseAccountConfig } from '../../../../lib/caller-id/index';
import type { AccountNumber } from '../../../../lib/caller-id/types';
import accountJson from '../../../../lib/demo/account.json';

// The wire format leaves the number flags optional; the JSON's inferred type is widened to it so
// absent fields read as undefined. The tests below check every value, so nothing is assumed.
type WireNumber = Omit<AccountNumber, 'tollFree' | 'dedicatedLine' | 'external'> &
  Partial<Pick<AccountNumber, 'tollFree' | 'dedicatedLine' | 'external'>>;
interface WireAgent {
  id: string;
  ringGroups: string[];
  outboundCallerId?: { mode?: string; allowDefault?: boolean; fixedNumberId?: string };
}
const account: Omit<typeof accountJson, 'numbers' | 'agents'> & {
  numbers: WireNumber[];
  agents: WireAgent[];
} = accountJson;

// What each demo number is meant to be: its country and the libphonenumber type that proves it
// (NANP geographic numbers are FIXED_LINE_OR_MOBILE: the plan does not tell the two apart).
const INTENDED: Record<string, { country: string; types: NumberType[]; region?: string }> = {
  'us-sf': { country: 'US', types: ['FIXED_LINE_OR_MOBILE'], region: 'CA' },
  'us-la': { country: 'US', types: ['FIXED_LINE_OR_MOBILE'], region: 'CA' },
  'us-nyc': { country: 'US', types: ['FIXED_LINE_OR_MOBILE'], region: 'NY' },
  'us-austin': { country: 'US', types: ['FIXED_LINE_OR_MOBILE'], region: 'TX' },
  'us-chicago': { country: 'US', types: ['FIXED_LINE_OR_MOBILE'], region: 'IL' },
  'us-miami': { country: 'US', types: ['FIXED_LINE_OR_MOBILE'], region: 'FL' },
  'us-seattle': { country: 'US', types: ['FIXED_LINE_OR_MOBILE'], region: 'WA' },
  'ca-toronto': { country: 'CA', types: ['FIXED_LINE_OR_MOBILE'], region: 'ON' },
  'ca-vancouver': { country: 'CA', types: ['FIXED_LINE_OR_MOBILE'], region: 'BC' },
  'ca-montreal': { country: 'CA', types: ['FIXED_LINE_OR_MOBILE'], region: 'QC' },
  'uk-london': { country: 'GB', types: ['FIXED_LINE'] },
  'uk-manchester': { country: 'GB', types: ['FIXED_LINE'] },
  'br-sao-paulo': { country: 'BR', types: ['FIXED_LINE'], region: 'SP' },
  'br-rio': { country: 'BR', types: ['FIXED_LINE'], region: 'RJ' },
  'us-toll-free-800': { country: 'US', types: ['TOLL_FREE'] },
  'us-toll-free-888': { country: 'US', types: ['TOLL_FREE'] },
  'uk-freephone': { country: 'GB', types: ['TOLL_FREE'] },
  'us-nyc-executive': { country: 'US', types: ['FIXED_LINE_OR_MOBILE'], region: 'NY' },
  'us-chicago-billing': { country: 'US', types: ['FIXED_LINE_OR_MOBILE'], region: 'IL' },
  'us-seattle-answering': { country: 'US', types: ['FIXED_LINE_OR_MOBILE'], region: 'WA' },
};

// Area codes (NANP NPA, Brazilian DDD) of the regions above, to check each number's location.
const AREA_REGION: Record<string, string> = {
  '1415': 'CA',
  '1213': 'CA',
  '1212': 'NY',
  '1512': 'TX',
  '1312': 'IL',
  '1305': 'FL',
  '1206': 'WA',
  '1416': 'ON',
  '1604': 'BC',
  '1514': 'QC',
  '5511': 'SP',
  '5521': 'RJ',
};

describe('bundled demo account', () => {
  it('passes config validation with no warnings', () => {
    const result = parseAccountConfig(accountJson);
    expect(result).toMatchObject({ ok: true, warnings: [] });
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.config.numbers.map((n) => n.id)).toEqual(accountJson.numbers.map((n) => n.id));
    // Every agent has numbers to call from.
    for (const agent of result.config.agents) {
      expect(allowedCallerIds(result.config, agent.id).length, agent.id).toBeGreaterThan(0);
    }
  });

  it('is the Ringside Demo Co. account, customized with Default offered', () => {
    expect(account.schemaVersion).toBe(1);
    expect(account.account).toEqual({
      id: 'demo',
      name: 'Ringside Demo Co.',
      defaultCountry: 'US',
    });
    expect(account.outboundCallerId).toEqual({ mode: 'customized', allowDefault: true });
  });

  it.each(account.numbers.map((n) => [n.id, n.number] as const))(
    '%s (%s) is a valid number of the intended country, type and region',
    (id, number) => {
      expect(isValidPhoneNumber(number)).toBe(true);
      const parsed = parsePhoneNumberFromString(number);
      const intended = INTENDED[id];
      if (!parsed || !intended) throw new Error(`${id}: unparsable or not in the table`);
      expect(parsed.number).toBe(number); // stored in E.164
      expect(parsed.country).toBe(intended.country);
      expect(intended.types).toContain(parsed.getType());
      if (intended.region) {
        const area = Object.keys(AREA_REGION).find((prefix) => number.startsWith(`+${prefix}`));
        expect(area && AREA_REGION[area]).toBe(intended.region);
      }
    },
  );

  it('has about 20 numbers covering every kind the demo needs', () => {
    const numbers = account.numbers;
    expect(numbers.length).toBeGreaterThanOrEqual(18);
    expect(Object.keys(INTENDED).sort()).toEqual(numbers.map((n) => n.id).sort());
    const countries = new Set(numbers.map((n) => parsePhoneNumberFromString(n.number)?.country));
    expect([...countries].sort()).toEqual(['BR', 'CA', 'GB', 'US']);
    const tollFree = numbers.filter(
      (n) => parsePhoneNumberFromString(n.number)?.getType() === 'TOLL_FREE',
    );
    expect(tollFree.map((n) => n.id)).toEqual([
      'us-toll-free-800',
      'us-toll-free-888',
      'uk-freephone',
    ]);
    // Where the flag is written out it agrees with the number; elsewhere it is derived.
    for (const n of numbers) {
      if (n.tollFree !== undefined) expect(n.tollFree, n.id).toBe(tollFree.includes(n));
    }
    expect(numbers.filter((n) => n.dedicatedLine)).toHaveLength(2);
    expect(numbers.filter((n) => n.external)).toHaveLength(1);
    expect(new Set(numbers.map((n) => n.number)).size).toBe(numbers.length);
  });

  it('has 5 ring groups, each with numbers and agents, and 6 agents', () => {
    expect(account.ringGroups.map((g) => g.id)).toEqual([
      'sales',
      'support',
      'billing',
      'emea',
      'latam',
    ]);
    expect(account.agents).toHaveLength(6);
    for (const group of account.ringGroups) {
      expect(
        account.numbers.some((n) => n.ringGroups.includes(group.id)),
        group.id,
      ).toBe(true);
      expect(
        account.agents.some((a) => a.ringGroups.includes(group.id)),
        group.id,
      ).toBe(true);
    }
  });

  it('shows per-agent settings: a fixed number and a customized agent without Default', () => {
    const settings = account.agents.map((a) => a.outboundCallerId ?? {});
    expect(settings.filter((s) => s.fixedNumberId).map((s) => s.fixedNumberId)).toEqual([
      'us-chicago-billing',
    ]);
    expect(settings).toContainEqual({ mode: 'customized', allowDefault: false });
    expect(settings).toContainEqual({ mode: 'automated' });
  });
});
