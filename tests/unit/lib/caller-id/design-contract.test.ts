/**
 * The caller-ID contract of the design (docs/library.md, docs/caller-id-rules.md), checked word for word through the public entry points only
 * (`lib/caller-id/index.ts`). Every case here is derived from the design text ("Account config: the
 * wire format", "The caller-ID rules", "Library contracts"), not from the implementation, and most
 * carry a trap: an earlier number in account order that a naive reading of the rule would pick.
 *
 * Phone numbers are real-looking numbers that libphonenumber-js (max metadata) accepts as valid,
 * mostly from the fictional 555-01xx (NANP), Ofcom drama (UK) and libphonenumber example ranges.
 */
import { describe, expect, it } from 'vitest';
import {
  allowedCallerIds,
  effectiveCallerIdSettings,
  parseAccountConfig,
  resolveCallerId,
  selectCallerId,
  type AccountConfig,
  type CallerIdChoice,
  type CallerIdSelection,
} from '../../../../lib/caller-id/index';

// ---------------------------------------------------------------------------------------------
// Numbers: id → E.164. The comment is what the number is, which is what the rules look at.
// ---------------------------------------------------------------------------------------------
const N = {
  sf1: '+14155550100', // US, NPA 415, California
  sf2: '+14155550101',
  sf3: '+14155550102',
  sf4: '+14155550103',
  ny: '+12125550100', // US, NPA 212, New York
  la: '+13105550100', // US, NPA 310, California
  sfOverlay: '+16285550100', // US, NPA 628 (overlay of 415), California
  phila: '+12155550100', // US, NPA 215, Pennsylvania ("PA")
  vi: '+13405550100', // US Virgin Islands (region VI), +1
  tor416: '+14165550100', // Canada, NPA 416, Ontario
  tor647: '+16475550100', // Canada, NPA 647, Ontario
  van: '+16045550100', // Canada, NPA 604, British Columbia
  pr787: '+17875550100', // Puerto Rico (region PR), +1 787
  usTf800: '+18005550100', // NANP toll-free (region US)
  usTf888: '+18885550100',
  lon: '+442079460000', // UK, area code 20 (London), 020 7946 …
  lon3: '+442030000000', // UK, area code 20 (London), 020 3000 …
  man: '+441614960000', // UK, area code 161 (Manchester)
  leeds: '+441134960000', // UK, area code 113 (Leeds)
  gbMob: '+447400123456', // UK mobile: no geographic area code
  ggMob: '+447911123456', // Guernsey mobile (region GG), +44 like the UK
  gbTf: '+448001234567', // UK toll-free 0800
  gbUan: '+443001234567', // UK non-geographic 0300 (UAN)
  ber: '+4930123456', // Germany, area code 30 (Berlin)
  muc: '+49891234567', // Germany, area code 89 (Munich)
  potsdam: '+493319876543', // Germany, area code 331 (Potsdam)
  deMob: '+4915112345678', // German mobile 0151: no geographic area code
  deTf: '+4980012345678', // German toll-free 0800
  brSp: '+551123456789', // Brazil fixed, DDD 11 (São Paulo city, state SP)
  brSpMob: '+5511961234567', // Brazil mobile, DDD 11 (SP)
  brRj: '+552123456789', // Brazil fixed, DDD 21 (Rio de Janeiro, RJ)
  brCampinas: '+551932345678', // Brazil fixed, DDD 19 (Campinas, state SP)
  brPara: '+559132345678', // Brazil fixed, DDD 91 (Pará: "PA" like Pennsylvania)
  brParana: '+554132345678', // Brazil fixed, DDD 41 (Paraná: "PR" like Puerto Rico)
  brMaranhao: '+559832345678', // Brazil fixed, DDD 98 (Maranhão: "MA" like Massachusetts)
  brTf: '+558001234567', // Brazil toll-free 0800
} as const;
type NumKey = keyof typeof N;

/** A number of a test account: its id is its key in N unless `id` says otherwise. */
interface NumSpec {
  key: NumKey;
  id?: string;
  ringGroups?: string[];
  tollFree?: boolean;
  dedicatedLine?: boolean;
  external?: boolean;
}
type Num = NumKey | NumSpec;

interface AccountSpec {
  numbers: Num[];
  defaultCountry?: string;
  mode?: 'automated' | 'customized';
  allowDefault?: boolean;
  agents?: Record<string, unknown>[];
}

const spec = (n: Num): NumSpec => (typeof n === 'string' ? { key: n } : n);

/** A wire-format document: ring groups g and h; by default every number and agent a1 are in g. */
function wire(a: AccountSpec): Record<string, unknown> {
  return {
    schemaVersion: 1,
    account: { id: 'acct', name: 'Test Account', defaultCountry: a.defaultCountry ?? 'US' },
    outboundCallerId: { mode: a.mode ?? 'automated', allowDefault: a.allowDefault ?? true },
    ringGroups: [
      { id: 'g', name: 'Group G' },
      { id: 'h', name: 'Group H' },
    ],
    numbers: a.numbers.map(spec).map((s) => {
      const entry: Record<string, unknown> = {
        id: s.id ?? s.key,
        number: N[s.key],
        label: `Label ${s.id ?? s.key}`,
        ringGroups: s.ringGroups ?? ['g'],
      };
      if (s.tollFree !== undefined) entry.tollFree = s.tollFree;
      if (s.dedicatedLine !== undefined) entry.dedicatedLine = s.dedicatedLine;
      if (s.external !== undefined) entry.external = s.external;
      return entry;
    }),
    agents: a.agents ?? [{ id: 'a1', name: 'Ana', email: 'ana@example.com', ringGroups: ['g'] }],
  };
}

function parsed(a: AccountSpec): AccountConfig {
  const result = parseAccountConfig(wire(a));
  if (!result.ok) throw new Error(`test account rejected:\n${result.errors.join('\n')}`);
  return result.config;
}

/** The shape every selection must have, whatever the rule (docs/library.md). */
function expectWellFormed(config: AccountConfig, sel: CallerIdSelection): void {
  if (sel.number === null) {
    expect(sel.rule).toBe('none');
  } else {
    // "the normalised entry from config.numbers": the very entry, not a copy.
    expect(config.numbers).toContain(sel.number);
    expect(config.numbers.some((n) => n === sel.number)).toBe(true);
  }
  expect(typeof sel.reason).toBe('string');
  expect(sel.reason.trim().length).toBeGreaterThan(10);
  expect(sel.reason).not.toMatch(/undefined|null|NaN|\[object/);
}

function idOf(sel: CallerIdSelection): string | null {
  return sel.number?.id ?? null;
}

// ---------------------------------------------------------------------------------------------
// Automated selection: the seven steps
// ---------------------------------------------------------------------------------------------
interface SelectCase {
  name: string;
  account: AccountSpec;
  destination: string;
  agentId?: string;
  expected: [string | null, CallerIdSelection['rule']];
}

const inH = (key: NumKey, extra: Partial<NumSpec> = {}): NumSpec => ({
  key,
  ringGroups: ['h'],
  ...extra,
});

const selectCases: SelectCase[] = [
  // Step 1: same area code, among allowed, excluding toll-free numbers and dedicated lines.
  {
    name: 'step 1: skips a same-NPA dedicated line, a same-NPA number stated toll-free, one outside the ring groups; ties by account order',
    account: {
      numbers: [
        'ny',
        { key: 'sf1', dedicatedLine: true },
        { key: 'sf2', tollFree: true },
        inH('sf3'),
        'sf4',
        { key: 'sf1', id: 'sf1-again' },
      ],
    },
    destination: '+1 415 555 0199',
    expected: ['sf4', 'area-code'],
  },
  {
    name: 'step 1: NANP uses the NPA: an overlay NPA (628 over 415) is not the same area code',
    account: { numbers: ['ny', 'sf1'] },
    destination: '+1 628 555 0199',
    expected: ['sf1', 'state'],
  },
  {
    name: 'step 1: a Canadian NPA matches a Canadian number after US ones',
    account: { numbers: ['ny', 'tor647', 'tor416'] },
    destination: '+1 416 555 0199',
    expected: ['tor416', 'area-code'],
  },
  {
    name: 'step 1: UK London is area code 20 (020 3… matches 020 7…), not the first 3 digits',
    account: { numbers: ['man', 'lon'] },
    destination: '+44 20 3000 0123',
    expected: ['lon', 'area-code'],
  },
  {
    name: 'step 1: UK Manchester 0161 after London and Leeds',
    account: { numbers: ['lon', 'leeds', 'man'] },
    destination: '+44 161 496 0123',
    expected: ['man', 'area-code'],
  },
  {
    name: 'step 1: UK 0114 (Sheffield) is not 0113 (Leeds): no area code, no state in the UK → country',
    account: { numbers: ['ber', 'leeds'] },
    destination: '+44 114 496 0123',
    expected: ['leeds', 'country'],
  },
  {
    name: 'step 1: German 030 (Berlin) after Munich',
    account: { numbers: ['muc', 'ber'] },
    destination: '+49 30 9876543',
    expected: ['ber', 'area-code'],
  },
  {
    name: 'step 1: German 089 (Munich) after Berlin',
    account: { numbers: ['ber', 'muc'] },
    destination: '+49 89 7654321',
    expected: ['muc', 'area-code'],
  },
  {
    name: 'step 1: German mobiles have no area code (0151 and 0151 do not match) → country',
    account: { numbers: ['deMob', 'ber'] },
    destination: '+49 151 98765432',
    expected: ['deMob', 'country'],
  },
  {
    name: 'step 1: UK mobiles have no area code (07400 and 07400 do not match) → country',
    account: { numbers: ['gbMob', 'lon'] },
    destination: '+44 7400 654321',
    expected: ['gbMob', 'country'],
  },
  {
    name: 'step 1: UK non-geographic 0300 has no area code → country',
    account: { numbers: ['gbUan', 'lon'] },
    destination: '+44 300 123 4000',
    expected: ['gbUan', 'country'],
  },
  {
    name: 'step 1: a UK geographic destination never matches a UK mobile by area code',
    account: { numbers: ['gbMob', 'man', 'lon'] },
    destination: '+44 20 7946 0123',
    expected: ['lon', 'area-code'],
  },
  {
    name: 'step 1: Brazilian mobiles keep their DDD (mobile destination, fixed number)',
    account: { numbers: ['brRj', 'brCampinas', 'brSp'] },
    destination: '+55 11 96123-0000',
    expected: ['brSp', 'area-code'],
  },
  {
    name: 'step 1: Brazilian mobiles keep their DDD (fixed destination, mobile number)',
    account: { numbers: ['brRj', 'brSpMob'] },
    destination: '+55 11 2345-0000',
    expected: ['brSpMob', 'area-code'],
  },
  {
    name: 'step 1: an external number is a number like any other',
    account: { numbers: ['ny', { key: 'sf1', external: true }] },
    destination: '+1 415 555 0199',
    expected: ['sf1', 'area-code'],
  },

  // Step 2: same state or province (US, Canada, Brazil).
  {
    name: 'step 2: California (310 → 415) past NY, a dedicated CA line and a Canadian number',
    account: { numbers: ['ny', { key: 'sfOverlay', dedicatedLine: true }, 'van', 'sf1'] },
    destination: '+1 310 555 0199',
    expected: ['sf1', 'state'],
  },
  {
    name: 'step 2: Ontario (647 → 416) past BC',
    account: { numbers: ['ny', 'van', 'tor416'] },
    destination: '+1 647 555 0199',
    expected: ['tor416', 'state'],
  },
  {
    name: 'step 2: Brazilian state SP (DDD 19 → DDD 11) past RJ',
    account: { numbers: ['brRj', 'brSp'] },
    destination: '+55 19 3234-0000',
    expected: ['brSp', 'state'],
  },
  {
    name: 'step 2: a Brazilian SP mobile matches SP by state',
    account: { numbers: ['brRj', 'brCampinas'] },
    destination: '+55 11 96123-0000',
    expected: ['brCampinas', 'state'],
  },
  {
    name: 'step 2: Pennsylvania "PA" is not Pará "PA" (state of another country) → country',
    account: { numbers: ['brPara', 'ny'] },
    destination: '+1 215 555 0199',
    expected: ['ny', 'country'],
  },
  {
    name: 'step 2: Massachusetts "MA" is not Maranhão "MA" → country',
    account: { numbers: ['brMaranhao', 'ny'] },
    destination: '+1 617 555 0199',
    expected: ['ny', 'country'],
  },
  {
    name: 'step 2: Puerto Rico is not Paraná "PR", nor the US → any number',
    account: { numbers: ['brParana', 'ny'] },
    destination: '+1 787 555 0199',
    expected: ['brParana', 'any-number'],
  },
  {
    name: 'step 2: UK numbers never match by state (nor do German ones)',
    account: { numbers: ['ber', { key: 'usTf800' }, 'man'] },
    destination: '+44 20 7946 0123',
    expected: ['man', 'country'],
  },

  // Step 3: same country = same region and same country calling code.
  {
    name: 'step 3: +1 Canada is not +1 US: a Canadian number after two US ones',
    account: { numbers: ['ny', 'sf1', 'van'] },
    destination: '+1 416 555 0199',
    expected: ['van', 'country'],
  },
  {
    name: 'step 3: a US destination skips Puerto Rico, Canada and the Virgin Islands',
    account: { numbers: ['pr787', 'tor416', 'vi', 'sf1'] },
    destination: '+1 212 555 0199',
    expected: ['sf1', 'country'],
  },
  {
    name: 'step 3: a Puerto Rico destination is not the same country as US numbers → any number',
    account: { numbers: ['ny', 'sf1'] },
    destination: '+1 787 555 0199',
    expected: ['ny', 'any-number'],
  },
  {
    name: 'step 3: Guernsey (GG, +44) is not the UK (GB, +44)',
    account: { numbers: ['ggMob', 'lon'] },
    destination: '+44 7400 654321',
    expected: ['lon', 'country'],
  },
  {
    name: 'step 3: skips a same-country dedicated line and toll-free number',
    account: {
      numbers: [{ key: 'lon', dedicatedLine: true }, 'gbTf', 'ny', 'man'],
    },
    destination: '+44 20 7946 0123',
    expected: ['man', 'country'],
  },

  // Step 4: any allowed number that is neither toll-free nor a dedicated line.
  {
    name: 'step 4: skips toll-free and dedicated lines, even of the destination country',
    account: { numbers: ['usTf800', { key: 'lon', dedicatedLine: true }, 'gbTf', 'ny', 'ber'] },
    destination: '+44 20 7946 0123',
    expected: ['ny', 'any-number'],
  },
  {
    name: 'step 4: a number stated tollFree:false (even an 800 number) is an ordinary number',
    account: { numbers: [{ key: 'usTf800', tollFree: false }] },
    destination: '+44 20 7946 0123',
    expected: ['usTf800', 'any-number'],
  },

  // Step 5: among the allowed numbers, a toll-free number of the destination's country.
  {
    name: "step 5: the destination country's toll-free number, past another country's",
    account: { numbers: [{ key: 'ny', dedicatedLine: true }, 'usTf800', 'deTf', 'gbTf'] },
    destination: '+44 20 7946 0123',
    expected: ['gbTf', 'country-toll-free'],
  },
  {
    name: 'step 5: ties by account order (800 before 888), past a foreign toll-free',
    account: { numbers: ['gbTf', { key: 'ny', dedicatedLine: true }, 'usTf800', 'usTf888'] },
    destination: '+1 212 555 0199',
    expected: ['usTf800', 'country-toll-free'],
  },
  {
    name: 'step 5: tollFree derived when absent: an 800 number is toll-free',
    account: { numbers: ['usTf800'] },
    destination: '+1 800 555 0199',
    expected: ['usTf800', 'country-toll-free'],
  },
  {
    name: 'step 5: tollFree:true stated on a geographic number is respected (same NPA, yet step 5)',
    account: { numbers: ['gbTf', { key: 'sf1', tollFree: true }] },
    destination: '+1 415 555 0199',
    expected: ['sf1', 'country-toll-free'],
  },
  {
    name: 'step 5: only allowed numbers: a same-country toll-free outside the ring groups waits for step 6',
    account: { numbers: [inH('deTf'), inH('usTf800'), 'gbTf'] },
    destination: '+1 212 555 0199',
    expected: ['deTf', 'account-toll-free'],
  },

  // Step 6: ignoring ring groups, the first toll-free number in the account (any country).
  {
    name: 'step 6: ignores ring groups and countries: the first toll-free in the account',
    account: {
      numbers: [{ key: 'ny', dedicatedLine: true }, inH('sf1'), inH('deTf'), inH('gbTf')],
    },
    destination: '+44 20 7946 0123',
    expected: ['deTf', 'account-toll-free'],
  },
  {
    name: 'step 6: an agent with no ring groups gets the first toll-free, not a same-NPA number',
    account: {
      numbers: ['sf1', 'usTf888'],
      agents: [{ id: 'a1', name: 'Ana', email: 'ana@example.com', ringGroups: [] }],
    },
    destination: '+1 415 555 0199',
    expected: ['usTf888', 'account-toll-free'],
  },
  {
    name: "step 6: an allowed toll-free of another country is not step 5; the account's first toll-free wins",
    account: { numbers: [inH('gbTf'), 'usTf800'] },
    destination: '+49 30 9876543',
    expected: ['gbTf', 'account-toll-free'],
  },

  // Dedicated lines in steps 5 and 6. Reading: steps 1–4 say "excluding … dedicated lines", and
  // step 7 is the only step that says "dedicated lines included", so a dedicated toll-free line is
  // not a toll-free candidate of steps 5–6 (it is someone's own line).
  {
    name: 'steps 5–6: a dedicated toll-free line is skipped; the next toll-free in the account is used',
    account: { numbers: [{ key: 'usTf800', dedicatedLine: true }, inH('usTf888')] },
    destination: '+1 212 555 0199',
    expected: ['usTf888', 'account-toll-free'],
  },
  {
    name: 'step 7: a dedicated toll-free line first in the account, nothing else toll-free',
    account: {
      numbers: [{ key: 'usTf800', dedicatedLine: true }, inH('ny', { dedicatedLine: true })],
    },
    destination: '+1 212 555 0199',
    expected: ['usTf800', 'account-first'],
  },

  // Step 7: ignoring ring groups, dedicated lines included, the first number in the account.
  {
    name: 'step 7: the first number in the account, even a dedicated line outside the ring groups',
    account: {
      numbers: [inH('ny', { dedicatedLine: true }), inH('sf1')],
      agents: [{ id: 'a1', name: 'Ana', email: 'ana@example.com', ringGroups: [] }],
    },
    destination: '+1 415 555 0199',
    expected: ['ny', 'account-first'],
  },
  {
    name: 'step 7: an agent whose only allowed number is a same-NPA dedicated line',
    account: { numbers: [inH('ny'), { key: 'sf1', dedicatedLine: true }] },
    destination: '+1 415 555 0199',
    expected: ['ny', 'account-first'],
  },

  // No numbers at all.
  {
    name: 'an account with no numbers: null, rule none',
    account: { numbers: [] },
    destination: '+1 415 555 0199',
    expected: [null, 'none'],
  },

  // An unknown agent: no allowed numbers, so only the ring-group-free steps can answer.
  {
    name: 'an unknown agent id: no allowed numbers → step 6',
    account: { numbers: ['sf1', 'usTf800'] },
    agentId: 'nobody',
    destination: '+1 415 555 0199',
    expected: ['usTf800', 'account-toll-free'],
  },
  {
    name: 'an unknown agent id, no toll-free in the account → step 7',
    account: { numbers: ['ny', 'sf1'] },
    agentId: 'nobody',
    destination: '+1 415 555 0199',
    expected: ['ny', 'account-first'],
  },
];

describe('selectCallerId: the seven steps (docs/caller-id-rules.md)', () => {
  it.each(selectCases)('$name', ({ account, destination, agentId, expected }) => {
    const config = parsed(account);
    const sel = selectCallerId(config, agentId ?? 'a1', destination);
    expectWellFormed(config, sel);
    expect([idOf(sel), sel.rule]).toEqual(expected);
  });
});

// ---------------------------------------------------------------------------------------------
// Destination formats
// ---------------------------------------------------------------------------------------------
interface FormatCase {
  destination: string;
  defaultCountry: string;
  expected: [NumKey, CallerIdSelection['rule']];
}

const formatAccount: Num[] = ['ny', 'man', 'lon', 'sf1', 'muc', 'ber', 'brRj', 'brSp'];
const formatCases: FormatCase[] = [
  { destination: '(415) 555-0199', defaultCountry: 'US', expected: ['sf1', 'area-code'] },
  { destination: '415.555.0199', defaultCountry: 'US', expected: ['sf1', 'area-code'] },
  { destination: '1-415-555-0199', defaultCountry: 'US', expected: ['sf1', 'area-code'] },
  { destination: '+14155550199', defaultCountry: 'GB', expected: ['sf1', 'area-code'] },
  { destination: '+1 415 555 0199 ext. 12', defaultCountry: 'US', expected: ['sf1', 'area-code'] },
  { destination: '415-555-0199 x12', defaultCountry: 'US', expected: ['sf1', 'area-code'] },
  { destination: '415-555-0199 #12', defaultCountry: 'US', expected: ['sf1', 'area-code'] },
  { destination: '+44 20 7946 0123', defaultCountry: 'US', expected: ['lon', 'area-code'] },
  { destination: '0044 20 7946 0123', defaultCountry: 'US', expected: ['lon', 'area-code'] },
  { destination: '00 44 20 7946 0123', defaultCountry: 'US', expected: ['lon', 'area-code'] },
  { destination: '011 44 20 7946 0123', defaultCountry: 'US', expected: ['lon', 'area-code'] },
  { destination: '020 7946 0123', defaultCountry: 'GB', expected: ['lon', 'area-code'] },
  { destination: '0161 496 0123', defaultCountry: 'GB', expected: ['man', 'area-code'] },
  { destination: '00 1 415 555 0199', defaultCountry: 'GB', expected: ['sf1', 'area-code'] },
  { destination: '030 9876543', defaultCountry: 'DE', expected: ['ber', 'area-code'] },
  { destination: '089 7654321 x 3', defaultCountry: 'DE', expected: ['muc', 'area-code'] },
  { destination: '(11) 96123-4567', defaultCountry: 'BR', expected: ['brSp', 'area-code'] },
];

describe('selectCallerId: destinations in the formats a CRM shows', () => {
  it.each(formatCases)(
    '$destination (account country $defaultCountry)',
    ({ destination, defaultCountry, expected }) => {
      const config = parsed({ numbers: formatAccount, defaultCountry });
      const sel = selectCallerId(config, 'a1', destination);
      expectWellFormed(config, sel);
      expect([idOf(sel), sel.rule]).toEqual(expected);
    },
  );

  // A destination that cannot be parsed "simply matches no geographic step": with a German fixed
  // number and a UK mobile first (neither has a state; the mobile has no area code), a naive
  // "undefined === undefined" comparison would return a geographic rule.
  const garbage = [
    '',
    '   ',
    'hello',
    'call me',
    '123',
    '+',
    '++1',
    'ext. 12',
    '+1 555',
    '0',
    '🙂📞',
    '9'.repeat(200),
    'javascript:alert(1)',
    '+999 123 4567',
  ];
  it.each(garbage)('garbage %j: no throw, no geographic step', (destination) => {
    const config = parsed({ numbers: ['ber', 'gbMob', 'ny'] });
    const sel = selectCallerId(config, 'a1', destination);
    expectWellFormed(config, sel);
    expect([idOf(sel), sel.rule]).toEqual(['ber', 'any-number']);
    const resolved = resolveCallerId(config, 'a1', null, destination);
    expect([idOf(resolved), resolved.rule]).toEqual(['ber', 'any-number']);
  });

  it.each([undefined, null, 42, {}, []])(
    'a destination that is not even a string (%j) does not throw',
    (destination) => {
      const config = parsed({ numbers: ['ber', 'ny'] });
      const dest = destination as unknown as string;
      expect(() => selectCallerId(config, 'a1', dest)).not.toThrow();
      expect(() => resolveCallerId(config, 'a1', null, dest)).not.toThrow();
      expect(idOf(selectCallerId(config, 'a1', dest))).toBe('ber');
    },
  );
});

// ---------------------------------------------------------------------------------------------
// Allowed numbers
// ---------------------------------------------------------------------------------------------
describe('allowedCallerIds: numbers sharing a ring group with the agent, in account order', () => {
  const config = parsed({
    numbers: [
      inH('ny'),
      { key: 'sf1', ringGroups: ['g'], dedicatedLine: true },
      { key: 'man', ringGroups: [] },
      { key: 'usTf800', ringGroups: ['g', 'h'] },
      inH('lon'),
    ],
    agents: [
      { id: 'gh', name: 'Both', email: 'b@example.com', ringGroups: ['h', 'g'] },
      { id: 'g', name: 'G only', email: 'g@example.com', ringGroups: ['g'] },
      { id: 'none', name: 'None', email: 'n@example.com', ringGroups: [] },
    ],
  });

  it.each([
    ['gh', ['ny', 'sf1', 'usTf800', 'lon']],
    ['g', ['sf1', 'usTf800']],
    ['none', []],
    ['unknown-agent', []],
  ])('agent %s → %j (toll-free and dedicated included, no duplicates)', (agentId, ids) => {
    const allowed = allowedCallerIds(config, agentId);
    expect(allowed.map((n) => n.id)).toEqual(ids);
    for (const n of allowed) expect(config.numbers).toContain(n);
  });
});

// ---------------------------------------------------------------------------------------------
// Resolution for one call
// ---------------------------------------------------------------------------------------------
// Account order: ny(g), sf1(g), lon(h), usTf800(g), ber(g, dedicated). A call to 415 would select
// sf1 (area code) automatically; ny is the agent's first allowed number.
const resolutionNumbers: Num[] = [
  'ny',
  'sf1',
  inH('lon'),
  'usTf800',
  { key: 'ber', dedicatedLine: true },
];
const agent = (id: string, ringGroups: string[], outboundCallerId?: Record<string, unknown>) => ({
  id,
  name: `Agent ${id}`,
  email: `${id}@example.com`,
  ringGroups,
  ...(outboundCallerId ? { outboundCallerId } : {}),
});

interface ResolveCase {
  name: string;
  mode: 'automated' | 'customized';
  allowDefault: boolean;
  agentSettings?: Record<string, unknown>;
  agentGroups?: string[];
  agentId?: string;
  choice: CallerIdChoice | null;
  expected: [string | null, CallerIdSelection['rule']];
  /** The agent must be told their stored choice was not used. */
  stale?: boolean;
}

const pick = (numberId: string): CallerIdChoice => ({ kind: 'number', numberId });
const DEFAULT: CallerIdChoice = { kind: 'default' };

const resolveCases: ResolveCase[] = [
  // 1. an agent with a fixed number always calls from it.
  {
    name: 'fixed number wins in Automated mode, even outside the agent ring groups',
    mode: 'automated',
    allowDefault: true,
    agentSettings: { fixedNumberId: 'lon' },
    choice: null,
    expected: ['lon', 'agent-fixed'],
  },
  {
    name: 'fixed number wins over an allowed choice in Customized mode',
    mode: 'customized',
    allowDefault: true,
    agentSettings: { fixedNumberId: 'lon' },
    choice: pick('sf1'),
    expected: ['lon', 'agent-fixed'],
  },
  {
    name: 'fixed number wins over Default with Default not offered',
    mode: 'customized',
    allowDefault: false,
    agentSettings: { fixedNumberId: 'ber' },
    choice: DEFAULT,
    expected: ['ber', 'agent-fixed'],
  },
  {
    name: 'fixed number of an agent with no ring groups',
    mode: 'automated',
    allowDefault: true,
    agentGroups: [],
    agentSettings: { fixedNumberId: 'usTf800' },
    choice: null,
    expected: ['usTf800', 'agent-fixed'],
  },

  // 2. in Automated mode the agent's choice is ignored and the selector decides.
  {
    name: 'Automated ignores an allowed choice',
    mode: 'automated',
    allowDefault: true,
    choice: pick('ny'),
    expected: ['sf1', 'area-code'],
  },
  {
    name: 'Automated ignores a choice outside the ring groups',
    mode: 'automated',
    allowDefault: false,
    choice: pick('lon'),
    expected: ['sf1', 'area-code'],
  },
  {
    name: 'Automated with Default not offered still runs the selector',
    mode: 'automated',
    allowDefault: false,
    choice: null,
    expected: ['sf1', 'area-code'],
  },

  // 3. Customized: an allowed chosen number is used; Default / no choice runs the selector when
  //    Default is offered; a chosen number no longer allowed is never used, and the agent is told.
  {
    name: 'Customized uses an allowed choice',
    mode: 'customized',
    allowDefault: true,
    choice: pick('ny'),
    expected: ['ny', 'agent-choice'],
  },
  {
    name: 'Customized uses an allowed toll-free choice',
    mode: 'customized',
    allowDefault: true,
    choice: pick('usTf800'),
    expected: ['usTf800', 'agent-choice'],
  },
  {
    name: 'Customized uses an allowed dedicated-line choice',
    mode: 'customized',
    allowDefault: false,
    choice: pick('ber'),
    expected: ['ber', 'agent-choice'],
  },
  {
    name: 'Customized, Default chosen and offered → selector',
    mode: 'customized',
    allowDefault: true,
    choice: DEFAULT,
    expected: ['sf1', 'area-code'],
  },
  {
    name: 'Customized, no choice yet, Default offered → selector',
    mode: 'customized',
    allowDefault: true,
    choice: null,
    expected: ['sf1', 'area-code'],
  },
  {
    name: 'Customized, stale choice (number outside the ring groups), Default offered → selector, told',
    mode: 'customized',
    allowDefault: true,
    choice: pick('lon'),
    expected: ['sf1', 'area-code'],
    stale: true,
  },
  {
    name: 'Customized, stale choice (number deleted from the account), Default offered → selector, told',
    mode: 'customized',
    allowDefault: true,
    choice: pick('deleted-number'),
    expected: ['sf1', 'area-code'],
    stale: true,
  },

  // 4. Default not offered and no valid choice: the first allowed number, shown as selected.
  {
    name: 'Default not offered, no choice → first allowed number',
    mode: 'customized',
    allowDefault: false,
    choice: null,
    expected: ['ny', 'agent-choice'],
  },
  {
    name: 'Default not offered, Default chosen → first allowed number',
    mode: 'customized',
    allowDefault: false,
    choice: DEFAULT,
    expected: ['ny', 'agent-choice'],
  },
  {
    name: 'Default not offered, stale choice → first allowed number, told',
    mode: 'customized',
    allowDefault: false,
    choice: pick('lon'),
    expected: ['ny', 'agent-choice'],
    stale: true,
  },
  {
    name: 'Default not offered: the first allowed number even when it is a dedicated line',
    mode: 'customized',
    allowDefault: false,
    agentGroups: ['h'],
    choice: null,
    expected: ['lon', 'agent-choice'],
  },

  // Per-agent overrides: absent fields inherit the account's.
  {
    name: 'agent mode customized overrides Automated; allowDefault inherited (true)',
    mode: 'automated',
    allowDefault: true,
    agentSettings: { mode: 'customized' },
    choice: pick('ny'),
    expected: ['ny', 'agent-choice'],
  },
  {
    name: 'agent mode customized; inherited allowDefault true → Default runs the selector',
    mode: 'automated',
    allowDefault: true,
    agentSettings: { mode: 'customized' },
    choice: DEFAULT,
    expected: ['sf1', 'area-code'],
  },
  {
    name: 'agent mode customized; inherited allowDefault false → first allowed',
    mode: 'automated',
    allowDefault: false,
    agentSettings: { mode: 'customized' },
    choice: DEFAULT,
    expected: ['ny', 'agent-choice'],
  },
  {
    name: 'agent allowDefault true overrides the account; mode customized inherited',
    mode: 'customized',
    allowDefault: false,
    agentSettings: { allowDefault: true },
    choice: null,
    expected: ['sf1', 'area-code'],
  },
  {
    name: 'agent allowDefault false overrides the account; mode customized inherited',
    mode: 'customized',
    allowDefault: true,
    agentSettings: { allowDefault: false },
    choice: DEFAULT,
    expected: ['ny', 'agent-choice'],
  },
  {
    name: 'agent mode automated overrides Customized: choice ignored',
    mode: 'customized',
    allowDefault: true,
    agentSettings: { mode: 'automated' },
    choice: pick('ny'),
    expected: ['sf1', 'area-code'],
  },
  {
    name: 'an empty per-agent object inherits everything',
    mode: 'customized',
    allowDefault: false,
    agentSettings: {},
    choice: null,
    expected: ['ny', 'agent-choice'],
  },

  // Agents without allowed numbers, and agents the config does not know.
  {
    name: 'Customized, no ring groups, Default offered → selector (step 6)',
    mode: 'customized',
    allowDefault: true,
    agentGroups: [],
    choice: null,
    expected: ['usTf800', 'account-toll-free'],
  },
  {
    name: 'Customized, no ring groups, a chosen number is never allowed → selector, told',
    mode: 'customized',
    allowDefault: true,
    agentGroups: [],
    choice: pick('ny'),
    expected: ['usTf800', 'account-toll-free'],
    stale: true,
  },
  {
    // Issue 12, point 8: the account's fallbacks would give the agent a number outside their
    // list; with Default off the call is refused instead (docs/caller-id-rules.md).
    name: 'Default not offered and no allowed number at all → none: the call is refused',
    mode: 'customized',
    allowDefault: false,
    agentGroups: [],
    choice: null,
    expected: [null, 'none'],
  },
  {
    name: 'Default not offered, no allowed number, a stale choice → none, told',
    mode: 'customized',
    allowDefault: false,
    agentGroups: [],
    choice: pick('ny'),
    expected: [null, 'none'],
    stale: true,
  },
  {
    name: 'unknown agent, Automated → selector without ring groups (step 6)',
    mode: 'automated',
    allowDefault: true,
    agentId: 'nobody',
    choice: null,
    expected: ['usTf800', 'account-toll-free'],
  },
  {
    name: 'unknown agent, Customized: no number is allowed, so a choice is never used',
    mode: 'customized',
    allowDefault: true,
    agentId: 'nobody',
    choice: pick('sf1'),
    expected: ['usTf800', 'account-toll-free'],
    stale: true,
  },
];

describe('resolveCallerId: resolution for one call (docs/caller-id-rules.md, resolution rules 1–4)', () => {
  it.each(resolveCases)('$name', (c) => {
    const config = parsed({
      numbers: resolutionNumbers,
      mode: c.mode,
      allowDefault: c.allowDefault,
      agents: [agent('a1', c.agentGroups ?? ['g'], c.agentSettings)],
    });
    const destination = '+1 415 555 0199';
    const sel = resolveCallerId(config, c.agentId ?? 'a1', c.choice, destination);
    expectWellFormed(config, sel);
    expect([idOf(sel), sel.rule]).toEqual(c.expected);
    // "the agent is told": the reason they read differs from the one for the same call with no
    // stored choice, and the stale number id is reported for the UI.
    const plain = resolveCallerId(config, c.agentId ?? 'a1', null, destination);
    if (c.stale) {
      expect(sel.reason).not.toBe(plain.reason);
      expect(sel.staleChoice).toBe(c.choice?.kind === 'number' ? c.choice.numberId : undefined);
    } else {
      expect(sel.staleChoice).toBeUndefined();
    }
  });

  // Steps 6 and 7 ignore ring groups, so they could hand a stale choice back: "a chosen number
  // that is no longer allowed is never used".
  it.each([
    [
      'the account toll-free is the stale choice → the first number instead',
      ['usTf800', 'ny'],
      'ny',
      'account-first',
    ],
    ['the first number is the stale choice → the next one', ['ny', 'sf1'], 'sf1', 'account-first'],
    ['the stale choice is the only number → none', ['ny'], null, 'none'],
  ] as const)('stale choice and no allowed number: %s', (_name, keys, id, rule) => {
    const config = parsed({
      numbers: keys.map((key) => inH(key)),
      mode: 'customized',
      allowDefault: true,
      agents: [agent('a1', ['g'])],
    });
    const sel = resolveCallerId(config, 'a1', pick(keys[0]), '+1 415 555 0199');
    expectWellFormed(config, sel);
    expect([idOf(sel), sel.rule]).toEqual([id, rule]);
    expect(sel.staleChoice).toBe(keys[0]);
  });

  it('an account with no numbers resolves to null, rule none, whatever the choice', () => {
    for (const mode of ['automated', 'customized'] as const) {
      for (const allowDefault of [true, false]) {
        const config = parsed({ numbers: [], mode, allowDefault });
        for (const choice of [null, DEFAULT, pick('gone')]) {
          const sel = resolveCallerId(config, 'a1', choice, '+1 415 555 0199');
          expectWellFormed(config, sel);
          expect([sel.number, sel.rule]).toEqual([null, 'none']);
        }
      }
    }
  });
});

describe("effectiveCallerIdSettings: absent per-agent fields inherit the account's", () => {
  it.each([
    [{ mode: 'automated', allowDefault: true }, undefined, ['automated', true, null]],
    [{ mode: 'automated', allowDefault: true }, {}, ['automated', true, null]],
    [
      { mode: 'automated', allowDefault: false },
      { mode: 'customized' },
      ['customized', false, null],
    ],
    [
      { mode: 'customized', allowDefault: false },
      { allowDefault: true },
      ['customized', true, null],
    ],
    [
      { mode: 'customized', allowDefault: true },
      { fixedNumberId: 'ny' },
      ['customized', true, 'ny'],
    ],
    [
      { mode: 'customized', allowDefault: true },
      { mode: 'automated', allowDefault: false, fixedNumberId: 'sf1' },
      ['automated', false, 'sf1'],
    ],
  ] as const)('account %j, agent %j → %j', (account, own, [mode, allowDefault, fixed]) => {
    const config = parsed({
      numbers: ['ny', 'sf1'],
      mode: account.mode,
      allowDefault: account.allowDefault,
      agents: [agent('a1', ['g'], own)],
    });
    expect(effectiveCallerIdSettings(config, 'a1')).toEqual({
      mode,
      allowDefault,
      fixedNumberId: fixed,
    });
    // An unknown agent gets the account's settings and no fixed number.
    expect(effectiveCallerIdSettings(config, 'nobody')).toEqual({
      ...account,
      fixedNumberId: null,
    });
  });
});

// ---------------------------------------------------------------------------------------------
// The normalised config
// ---------------------------------------------------------------------------------------------
describe('parseAccountConfig: the normalised config', () => {
  it('fills tollFree from the number when absent, keeps it when stated; flags are booleans', () => {
    const config = parsed({
      numbers: [
        'sf1',
        'usTf800',
        'gbTf',
        'brTf',
        { key: 'ny', tollFree: true },
        { key: 'usTf888', tollFree: false },
        { key: 'lon', dedicatedLine: true, external: true },
      ],
    });
    const flags = Object.fromEntries(
      config.numbers.map((n) => [n.id, [n.tollFree, n.dedicatedLine, n.external]]),
    );
    expect(flags).toEqual({
      sf1: [false, false, false],
      usTf800: [true, false, false],
      gbTf: [true, false, false],
      brTf: [true, false, false],
      ny: [true, false, false],
      usTf888: [false, false, false],
      lon: [false, true, true],
    });
  });

  it('keeps account order, ids, labels and ring groups', () => {
    const config = parsed({ numbers: ['man', inH('sf1'), 'ber'] });
    expect(config.numbers.map((n) => [n.id, n.label, n.ringGroups])).toEqual([
      ['man', 'Label man', ['g']],
      ['sf1', 'Label sf1', ['h']],
      ['ber', 'Label ber', ['g']],
    ]);
  });

  it('accepts a number written with spaces and punctuation, normalised to E.164', () => {
    const doc = wire({ numbers: ['sf1'] }) as { numbers: { number: string }[] };
    doc.numbers[0]!.number = '+1 (415) 555-0100';
    const result = parseAccountConfig(doc);
    expect(result.ok && result.config.numbers[0]!.number).toBe('+14155550100');
  });

  it('accepts the design example document', () => {
    const result = parseAccountConfig({
      schemaVersion: 1,
      account: { id: 'acme', name: 'Acme Inc.', defaultCountry: 'US' },
      outboundCallerId: { mode: 'automated', allowDefault: true },
      ringGroups: [{ id: 'sales', name: 'Sales' }],
      numbers: [
        {
          id: 'n1',
          number: '+14155550100',
          label: 'San Francisco',
          ringGroups: ['sales'],
          tollFree: false,
          dedicatedLine: false,
          external: false,
        },
      ],
      agents: [
        {
          id: 'a1',
          name: 'Ana Silva',
          email: 'ana@acme.example',
          ringGroups: ['sales'],
          outboundCallerId: { mode: 'customized', allowDefault: false, fixedNumberId: 'n1' },
        },
      ],
    });
    expect(result.ok).toBe(true);
    if (result.ok) expect(Array.isArray(result.warnings)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// A wire-format document handed to the selector without parseAccountConfig
// ---------------------------------------------------------------------------------------------
describe('a wire-format document used without parseAccountConfig', () => {
  // Not the typed contract (the entry points take the normalised AccountConfig), but outside
  // callers may pass a JSON document as it is: read it as parseAccountConfig would normalise it.
  const raw = () => {
    const doc = wire({
      numbers: ['usTf800', { key: 'ny', dedicatedLine: true }, 'lon', inH('sf1')],
    }) as Doc;
    doc.numbers[2]!.number = '+44 20 7946 0000';
    return doc as unknown as AccountConfig;
  };

  it.each([
    ['+44 20 7946 0123', 'lon', 'area-code'],
    ['+1 212 555 0199', 'lon', 'any-number'],
    ['+49 30 9876543', 'lon', 'any-number'],
  ])('%s → %s (%s), with boolean flags', (destination, id, rule) => {
    const sel = selectCallerId(raw(), 'a1', destination);
    expect([idOf(sel), sel.rule]).toEqual([id, rule]);
    const parsedNumber = parsed({
      numbers: ['usTf800', { key: 'ny', dedicatedLine: true }, 'lon', inH('sf1')],
    }).numbers.find((n) => n.id === id);
    expect(sel.number).toEqual(parsedNumber);
  });

  it('resolves and lists allowed numbers the same way', () => {
    const config = raw();
    expect(allowedCallerIds(config, 'a1').map((n) => [n.id, n.tollFree, n.dedicatedLine])).toEqual([
      ['usTf800', true, false],
      ['ny', false, true],
      ['lon', false, false],
    ]);
    const sel = resolveCallerId(config, 'a1', pick('sf1'), '+1 415 555 0199');
    expect([idOf(sel), sel.rule]).toEqual(['lon', 'any-number']);
  });
});

// ---------------------------------------------------------------------------------------------
// Validation: one message per problem, `path: message`, all at once
// ---------------------------------------------------------------------------------------------
type Doc = Record<string, unknown> & {
  account: Record<string, unknown>;
  outboundCallerId: Record<string, unknown>;
  ringGroups: Record<string, unknown>[];
  numbers: Record<string, unknown>[];
  agents: Record<string, unknown>[];
};

function baseDoc(): Doc {
  return wire({
    numbers: ['sf1', 'ny', 'lon', inH('man')],
    agents: [
      agent('a0', ['g']),
      agent('a1', ['h']),
      agent('a2', ['g', 'h']),
      agent('a3', ['g'], { mode: 'customized' }),
    ],
  }) as Doc;
}

interface InvalidCase {
  name: string;
  mutate: (d: Doc) => void;
  /** The error's path (the part before ": "). */
  path: string;
  /** Something the message must mention so the admin can act on it. */
  mentions?: RegExp;
}

const invalidCases: InvalidCase[] = [
  { name: 'unknown schemaVersion', mutate: (d) => (d.schemaVersion = 2), path: 'schemaVersion' },
  {
    name: 'schemaVersion as a string',
    mutate: (d) => (d.schemaVersion = '1'),
    path: 'schemaVersion',
  },
  { name: 'missing schemaVersion', mutate: (d) => delete d.schemaVersion, path: 'schemaVersion' },
  {
    name: 'missing account',
    mutate: (d) => delete (d as Record<string, unknown>).account,
    path: 'account',
  },
  { name: 'missing account.id', mutate: (d) => delete d.account.id, path: 'account.id' },
  { name: 'mistyped account.name', mutate: (d) => (d.account.name = 7), path: 'account.name' },
  {
    name: 'unknown default country',
    mutate: (d) => (d.account.defaultCountry = 'XX'),
    path: 'account.defaultCountry',
    mentions: /XX/,
  },
  {
    name: 'unknown account mode',
    mutate: (d) => (d.outboundCallerId.mode = 'manual'),
    path: 'outboundCallerId.mode',
    mentions: /manual|automated/,
  },
  {
    name: 'mistyped allowDefault',
    mutate: (d) => (d.outboundCallerId.allowDefault = 'yes'),
    path: 'outboundCallerId.allowDefault',
  },
  {
    name: 'missing ringGroups: one problem, not one "unknown ring group" per reference',
    mutate: (d) => delete (d as Record<string, unknown>).ringGroups,
    path: 'ringGroups',
  },
  {
    // Renaming h to g would also leave h's references dangling (real problems); a third group
    // repeating g's id is exactly one problem.
    name: 'duplicate ring group id',
    mutate: (d) => d.ringGroups.push({ id: 'g', name: 'Again' }),
    path: 'ringGroups[2].id',
    mentions: /"g"/,
  },
  {
    // Only tollFree, dedicatedLine, external and the agent's outboundCallerId are marked optional.
    name: 'missing ring group name',
    mutate: (d) => delete d.ringGroups[0]!.name,
    path: 'ringGroups[0].name',
  },
  // A label and an email may be left out (docs/config-format.md), but not be of the wrong type.
  {
    name: 'a number label that is not text',
    mutate: (d) => ((d.numbers[1] as Record<string, unknown>).label = 5),
    path: 'numbers[1].label',
  },
  {
    name: 'an agent email that is not text',
    mutate: (d) => ((d.agents[2] as Record<string, unknown>).email = ['ana@acme.example']),
    path: 'agents[2].email',
  },
  {
    name: 'missing agent name',
    mutate: (d) => delete d.agents[0]!.name,
    path: 'agents[0].name',
  },
  {
    name: 'a fixed number when the numbers list is missing is one problem, not two',
    mutate: (d) => {
      delete (d as Record<string, unknown>).numbers;
      d.agents[1]!.outboundCallerId = { fixedNumberId: 'sf1' };
    },
    path: 'numbers',
  },
  {
    name: 'numbers not a list',
    mutate: (d) => ((d as Record<string, unknown>).numbers = {}),
    path: 'numbers',
  },
  {
    name: 'a number that is not a valid phone number',
    mutate: (d) => (d.numbers[2]!.number = '+1 555'),
    path: 'numbers[2].number',
    mentions: /\+1 555/,
  },
  {
    name: 'a number that is text',
    mutate: (d) => (d.numbers[0]!.number = 'call us'),
    path: 'numbers[0].number',
    mentions: /call us/,
  },
  {
    name: 'a number that is a JSON number',
    mutate: (d) => (d.numbers[1]!.number = 14155550100),
    path: 'numbers[1].number',
  },
  {
    name: 'duplicate number id',
    mutate: (d) => (d.numbers[3]!.id = 'sf1'),
    path: 'numbers[3].id',
    mentions: /sf1/,
  },
  {
    name: 'a number in an unknown ring group',
    mutate: (d) => (d.numbers[0]!.ringGroups = ['g', 'nope']),
    path: 'numbers[0].ringGroups[1]',
    mentions: /nope/,
  },
  {
    name: 'mistyped tollFree',
    mutate: (d) => (d.numbers[0]!.tollFree = 'no'),
    path: 'numbers[0].tollFree',
  },
  {
    name: 'mistyped dedicatedLine',
    mutate: (d) => (d.numbers[1]!.dedicatedLine = 1),
    path: 'numbers[1].dedicatedLine',
  },
  {
    name: 'mistyped external',
    mutate: (d) => (d.numbers[2]!.external = null),
    path: 'numbers[2].external',
  },
  { name: 'missing number id', mutate: (d) => delete d.numbers[2]!.id, path: 'numbers[2].id' },
  {
    name: 'missing number ringGroups',
    mutate: (d) => delete d.numbers[1]!.ringGroups,
    path: 'numbers[1].ringGroups',
  },
  {
    name: 'duplicate agent id',
    mutate: (d) => (d.agents[2]!.id = 'a0'),
    path: 'agents[2].id',
    mentions: /a0/,
  },
  {
    name: 'an agent in an unknown ring group',
    mutate: (d) => (d.agents[3]!.ringGroups = ['nope']),
    path: 'agents[3].ringGroups[0]',
    mentions: /nope/,
  },
  {
    name: 'an agent fixed number that does not exist',
    mutate: (d) => (d.agents[1]!.outboundCallerId = { fixedNumberId: 'ghost' }),
    path: 'agents[1].outboundCallerId.fixedNumberId',
    mentions: /ghost/,
  },
  {
    name: 'an unknown agent mode',
    mutate: (d) => (d.agents[3]!.outboundCallerId = { mode: 'auto' }),
    path: 'agents[3].outboundCallerId.mode',
    mentions: /auto/,
  },
  {
    name: 'a mistyped agent allowDefault',
    mutate: (d) => (d.agents[0]!.outboundCallerId = { allowDefault: 'no' }),
    path: 'agents[0].outboundCallerId.allowDefault',
  },
  {
    name: 'a missing agent ringGroups',
    mutate: (d) => delete d.agents[2]!.ringGroups,
    path: 'agents[2].ringGroups',
  },
  { name: 'a missing agent id', mutate: (d) => delete d.agents[1]!.id, path: 'agents[1].id' },
];

describe('parseAccountConfig: validation errors (docs/config-format.md)', () => {
  it('the base document of these cases is valid', () => {
    expect(parseAccountConfig(baseDoc()).ok).toBe(true);
  });

  it.each(invalidCases)('$name → "$path: …"', ({ mutate, path, mentions }) => {
    const doc = baseDoc();
    mutate(doc);
    const result = parseAccountConfig(doc);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // One message per problem naming its path: exactly one error here, and it is this one.
    expect(result.errors).toHaveLength(1);
    const [error] = result.errors as [string];
    expect(error.startsWith(`${path}: `)).toBe(true);
    const message = error.slice(path.length + 2);
    expect(message.trim().length).toBeGreaterThan(3);
    if (mentions) expect(message).toMatch(mentions);
  });

  it('reports every problem at once, each with its path', () => {
    const doc = baseDoc();
    doc.schemaVersion = 3;
    doc.outboundCallerId.mode = 'manual';
    doc.numbers[0]!.number = '+1 555';
    doc.numbers[2]!.number = 'nope';
    doc.numbers[3]!.id = 'ny';
    doc.numbers[1]!.ringGroups = ['zz'];
    doc.agents[3]!.ringGroups = ['nope'];
    doc.agents[1]!.outboundCallerId = { fixedNumberId: 'ghost', mode: 'sometimes' };
    const result = parseAccountConfig(doc);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.errors.map((e) => e.slice(0, e.indexOf(': ')));
    expect(paths.sort()).toEqual(
      [
        'schemaVersion',
        'outboundCallerId.mode',
        'numbers[0].number',
        'numbers[2].number',
        'numbers[3].id',
        'numbers[1].ringGroups[0]',
        'agents[3].ringGroups[0]',
        'agents[1].outboundCallerId.fixedNumberId',
        'agents[1].outboundCallerId.mode',
      ].sort(),
    );
  });

  it.each([null, undefined, 42, 'config', [], true])(
    'a document that is not an object (%j) is rejected with a message',
    (input) => {
      const result = parseAccountConfig(input);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.errors.length).toBeGreaterThan(0);
        for (const e of result.errors) expect(e.trim().length).toBeGreaterThan(3);
      }
    },
  );

  it('every error message is "path: message"', () => {
    const doc = baseDoc();
    doc.numbers[0]!.number = 'x';
    doc.agents[0]!.ringGroups = ['q'];
    delete doc.account.name;
    const result = parseAccountConfig(doc);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      for (const e of result.errors) expect(e).toMatch(/^[A-Za-z][\w.[\]]*: \S/);
    }
  });
});
