/**
 * Properties over random accounts, agents, choices and destinations. The selector is also held
 * to a reference written straight from the rule list of docs/caller-id-rules.md (a scan in account order, no
 * index), so the index can never drift from the rules.
 */
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  allowedCallerIds,
  effectiveCallerIdSettings,
  parseAccountConfig,
  resolveCallerId,
  selectCallerId,
} from '../../../../lib/caller-id/index';
import type { AccountConfig, CallerIdChoice, CallerIdRule } from '../../../../lib/caller-id/index';
import { accountConfigSchema } from '../../../../lib/caller-id/config-schema';
import { analyzePhone } from '../../../../lib/phone/index';

const GROUPS = ['a', 'b', 'c', 'd'];
/** Numbers that share area codes, states and countries with each other and the destinations. */
const NUMBERS = [
  '+14155550100',
  '+14155550101',
  '+15105550102',
  '+12125550103',
  '+13055550104',
  '+14165550105',
  '+16135550106',
  '+16045550107',
  '+17875550108',
  '+18765550109',
  '+18005550110',
  '+18885550111',
  '+442079460000',
  '+441614960000',
  '+447400123456',
  '+448005550108',
  '+441481712345',
  '+551133334444',
  '+5521987654321',
  '+551233334444',
  '+558001234567',
  '+49301234567',
  '+80012345678',
];
const DESTINATIONS = [
  '(415) 555-0199',
  '510-555-0199 x12',
  '+1 212 555 0199',
  '+1 718 555 0199',
  '+1 305 555 0199',
  '416 555 0199',
  '+1 819 555 0199',
  '+1 604 555 0199',
  '+1 787 555 0199',
  '1-800-555-0199',
  '0044 20 7946 0999',
  '011 44 161 496 0999',
  '+44 7400 123999',
  '+44 1481 712399',
  '+55 11 98888 7777',
  '+55 12 3333 5555',
  '+55 31 3333 5555',
  '+49 89 1234567',
  '+33 1 23 45 67 89',
  '+800 1234 5679',
  'not a number',
  '',
  '+1 415 155 0100',
];

const settings = fc.record(
  {
    mode: fc.constantFrom('automated', 'customized'),
    allowDefault: fc.boolean(),
    fixedNumberId: fc.constantFrom('n0', 'n1', 'n2', 'n5', 'n9'),
  },
  { requiredKeys: [] },
);

const wireConfig = fc
  .record({
    defaultCountry: fc.constantFrom('US', 'CA', 'GB', 'BR'),
    account: fc.record({
      mode: fc.constantFrom('automated', 'customized'),
      allowDefault: fc.boolean(),
    }),
    numbers: fc.array(
      fc.record({
        number: fc.constantFrom(...NUMBERS),
        ringGroups: fc.subarray(GROUPS),
        dedicatedLine: fc.boolean(),
        tollFree: fc.option(fc.boolean(), { nil: undefined }),
      }),
      { maxLength: 12 },
    ),
    agents: fc.array(
      fc.record({
        ringGroups: fc.subarray(GROUPS),
        outboundCallerId: fc.option(settings, { nil: undefined }),
      }),
      {
        minLength: 1,
        maxLength: 4,
      },
    ),
  })
  .map((r) => ({
    schemaVersion: 1,
    account: { id: 'acme', name: 'Acme', defaultCountry: r.defaultCountry },
    outboundCallerId: r.account,
    ringGroups: GROUPS.map((id) => ({ id, name: id })),
    numbers: r.numbers.map((n, i) => ({ id: `n${i}`, label: `Number ${i}`, ...n })),
    agents: r.agents.map((a, i) => {
      const o = a.outboundCallerId;
      // a fixed number must exist in the account
      const fixed =
        o?.fixedNumberId && Number(o.fixedNumberId.slice(1)) < r.numbers.length
          ? o.fixedNumberId
          : undefined;
      const outboundCallerId = o && { ...o, fixedNumberId: fixed };
      if (outboundCallerId && !fixed) delete outboundCallerId.fixedNumberId;
      return {
        id: `a${i}`,
        name: `Agent ${i}`,
        email: `a${i}@example.com`,
        ringGroups: a.ringGroups,
        ...(outboundCallerId && { outboundCallerId }),
      };
    }),
  }));

const scenario = fc.record({
  doc: wireConfig,
  agent: fc.constantFrom('a0', 'a1', 'a2', 'a3', 'nobody'),
  destination: fc.oneof(fc.constantFrom(...DESTINATIONS), fc.string({ maxLength: 20 })),
  choice: fc.oneof(
    fc.constant(null),
    fc.constant<CallerIdChoice>({ kind: 'default' }),
    fc
      .constantFrom('n0', 'n1', 'n2', 'n3', 'n7', 'gone')
      .map((numberId): CallerIdChoice => ({ kind: 'number', numberId })),
  ),
});

function configOf(doc: unknown): AccountConfig {
  const result = parseAccountConfig(doc);
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.config;
}

/** The steps 1–7 of docs/caller-id-rules.md, read literally: a scan in account order. */
function reference(
  config: AccountConfig,
  agentId: string,
  destination: string,
): [string | undefined, CallerIdRule] {
  const agent = config.agents.find((a) => a.id === agentId);
  const d = analyzePhone(destination, config.account.defaultCountry);
  const facts = (n: { number: string }) => analyzePhone(n.number)!;
  const allowed = config.numbers.filter((n) =>
    n.ringGroups.some((g) => agent?.ringGroups.includes(g)),
  );
  const eligible = allowed.filter((n) => !n.tollFree && !n.dedicatedLine);
  const steps: [CallerIdRule, (typeof config.numbers)[number] | undefined][] = [];
  if (d?.valid) {
    steps.push([
      'area-code',
      d.areaCode
        ? eligible.find(
            (n) => facts(n).callingCode === d.callingCode && facts(n).areaCode === d.areaCode,
          )
        : undefined,
    ]);
    steps.push([
      'state',
      d.subdivision
        ? eligible.find((n) => facts(n).subdivision?.key === d.subdivision!.key)
        : undefined,
    ]);
    steps.push(['country', eligible.find((n) => facts(n).countryKey === d.countryKey)]);
  }
  steps.push(['any-number', eligible[0]]);
  if (d?.valid) {
    steps.push([
      'country-toll-free',
      allowed.find((n) => n.tollFree && !n.dedicatedLine && facts(n).countryKey === d.countryKey),
    ]);
  }
  steps.push(['account-toll-free', config.numbers.find((n) => n.tollFree && !n.dedicatedLine)]);
  steps.push(['account-first', config.numbers[0]]);
  for (const [rule, n] of steps) if (n) return [n.id, rule];
  return [undefined, 'none'];
}

const ALLOWED_ONLY: CallerIdRule[] = [
  'area-code',
  'state',
  'country',
  'any-number',
  'country-toll-free',
];
// Bounded by time as well: on a loaded machine the filtered properties (fc.pre) run long.
const RUNS = { numRuns: 400, interruptAfterTimeLimit: 3500 };

describe('caller-ID properties', () => {
  // AccountConfig is declared once, as the output of the normalised schema: every document the
  // parser accepts must come out as a value of that schema, unchanged by it (nothing to default).
  it('every parsed config is a value of the normalised schema accountConfigSchema', () => {
    const variant = fc.record({
      dropLabels: fc.boolean(),
      dropEmails: fc.boolean(),
      lower: fc.boolean(),
    });
    fc.assert(
      fc.property(wireConfig, variant, (doc, { dropLabels, dropEmails, lower }) => {
        const input = {
          ...doc,
          account: {
            ...doc.account,
            defaultCountry: lower
              ? doc.account.defaultCountry.toLowerCase()
              : doc.account.defaultCountry,
          },
          numbers: doc.numbers.map(({ label, ...n }) => (dropLabels ? n : { ...n, label })),
          agents: doc.agents.map(({ email, ...a }) => (dropEmails ? a : { ...a, email })),
        };
        const config = configOf(input);
        const checked = v.safeParse(accountConfigSchema, config);
        expect(checked.issues).toBeUndefined();
        expect(checked.output).toEqual(config);
        expect(config.account.defaultCountry).toBe(doc.account.defaultCountry);
        for (const n of config.numbers) {
          expect(typeof n.tollFree).toBe('boolean');
          expect(n.label).toBe(dropLabels ? '' : n.label);
        }
      }),
      RUNS,
    );
  });

  it('selectCallerId follows the rules exactly as written (reference scan)', () => {
    fc.assert(
      fc.property(scenario, ({ doc, agent, destination }) => {
        const config = configOf(doc);
        const s = selectCallerId(config, agent, destination);
        expect([s.number?.id, s.rule]).toEqual(reference(config, agent, destination));
      }),
      RUNS,
    );
  });

  it('never throws and always returns a number of the config (or none when it has none)', () => {
    fc.assert(
      fc.property(scenario, ({ doc, agent, destination, choice }) => {
        const config = configOf(doc);
        for (const s of [
          selectCallerId(config, agent, destination),
          resolveCallerId(config, agent, choice, destination),
        ]) {
          if (s.number === null) {
            const own = effectiveCallerIdSettings(config, agent);
            const refusedNoneAllowed =
              own.mode === 'customized' &&
              !own.allowDefault &&
              !own.fixedNumberId &&
              allowedCallerIds(config, agent).length === 0;
            // only when nothing else is left (no numbers, or only the stale choice), or when
            // Default is off and the agent has no number of their own: never one outside the list
            if (!refusedNoneAllowed)
              expect(config.numbers.filter((n) => n.id !== s.staleChoice)).toEqual([]);
            else expect(s.rule).toBe('none');
          } else {
            expect(config.numbers).toContain(s.number);
          }
          expect(s.reason.length).toBeGreaterThan(10);
        }
      }),
      RUNS,
    );
  });

  it('steps 1–5 only return the agent’s allowed numbers; steps 1–4 never toll-free or dedicated', () => {
    fc.assert(
      fc.property(scenario, ({ doc, agent, destination, choice }) => {
        const config = configOf(doc);
        const allowed = allowedCallerIds(config, agent);
        for (const s of [
          selectCallerId(config, agent, destination),
          resolveCallerId(config, agent, choice, destination),
        ]) {
          if (!ALLOWED_ONLY.includes(s.rule)) continue;
          expect(allowed).toContain(s.number);
          if (s.rule !== 'country-toll-free')
            expect([s.number?.tollFree, s.number?.dedicatedLine]).toEqual([false, false]);
        }
      }),
      RUNS,
    );
  });

  it('in Customized mode, a chosen number outside the agent’s ring groups is never returned', () => {
    fc.assert(
      fc.property(scenario, ({ doc, agent, destination, choice }) => {
        const config = configOf(doc);
        const settings = effectiveCallerIdSettings(config, agent);
        fc.pre(settings.mode === 'customized' && choice?.kind === 'number');
        if (choice?.kind !== 'number') return;
        const allowed = allowedCallerIds(config, agent).map((n) => n.id);
        fc.pre(!allowed.includes(choice.numberId) && settings.fixedNumberId !== choice.numberId);
        const s = resolveCallerId(config, agent, choice, destination);
        expect(s.number?.id).not.toBe(choice.numberId);
        if (settings.fixedNumberId) {
          expect(s.rule).toBe('agent-fixed'); // the fixed number wins; the choice does not matter
        } else {
          expect(s.staleChoice).toBe(choice.numberId);
          expect(s.reason).toMatch(/no longer/);
        }
      }),
      RUNS,
    );
  });

  it('with Default off, an agent is never given a number outside their list', () => {
    fc.assert(
      fc.property(scenario, ({ doc, agent, destination, choice }) => {
        const config = configOf(doc);
        const own = effectiveCallerIdSettings(config, agent);
        fc.pre(own.mode === 'customized' && !own.allowDefault && !own.fixedNumberId);
        const s = resolveCallerId(config, agent, choice, destination);
        if (s.number) expect(allowedCallerIds(config, agent)).toContain(s.number);
        else expect(allowedCallerIds(config, agent)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('an allowed choice in Customized mode is used, unless the admin fixed a number', () => {
    fc.assert(
      fc.property(scenario, ({ doc, agent, destination, choice }) => {
        const config = configOf(doc);
        const settings = effectiveCallerIdSettings(config, agent);
        fc.pre(settings.mode === 'customized' && choice?.kind === 'number');
        if (choice?.kind !== 'number') return;
        fc.pre(allowedCallerIds(config, agent).some((n) => n.id === choice.numberId));
        const s = resolveCallerId(config, agent, choice, destination);
        if (settings.fixedNumberId)
          expect([s.number?.id, s.rule]).toEqual([settings.fixedNumberId, 'agent-fixed']);
        else
          expect([s.number?.id, s.rule, s.staleChoice]).toEqual([
            choice.numberId,
            'agent-choice',
            undefined,
          ]);
      }),
      RUNS,
    );
  });
});
