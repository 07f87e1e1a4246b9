/**
 * Properties of the local-presence options over random accounts, call logs and destinations:
 * with every option off the result is the seven-step selector's; options that have nothing to
 * work with change nothing; no option ever hands an agent a number outside their allowed set.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allowedCallerIds,
  parseAccountConfig,
  resolveCallerId,
  selectCallerId,
} from '../../../../lib/caller-id/index';
import type {
  AccountConfig,
  CallHistoryEntry,
  CallerIdChoice,
  PresenceOptions,
} from '../../../../lib/caller-id/index';
import { selectWith } from '../../../../lib/caller-id/select';
import { agentCandidates, configIndex } from '../../../../lib/caller-id/config-index';
import { analyzeDestination } from '../../../../lib/caller-id/select';

const RUNS = { numRuns: 300, interruptAfterTimeLimit: 4000 };
const GROUPS = ['a', 'b', 'c'];
/** Overlays (212/646, 415/628), split zones (850, 605), time-zone neighbours, toll-free, abroad. */
const NUMBERS = [
  '+12125550100',
  '+16465550101',
  '+19175550102',
  '+14155550103',
  '+16285550104',
  '+12135550105',
  '+17025550106',
  '+13125550107',
  '+18502300108',
  '+18502220109',
  '+16055550110',
  '+17205550111',
  '+18005550112',
  '+442079460000',
  '+74955550113',
  '+74995550114',
];
const DESTINATIONS = [
  ...NUMBERS.map((n) => n.replace(/0(\d\d)$/, '9$1')),
  '+15035550199',
  'junk',
  '',
];
const NOW = new Date(2026, 10, 28, 15, 0).getTime();

const options = fc.record(
  {
    samePlace: fc.boolean(),
    sameTimeZone: fc.boolean(),
    contactHistoryDays: fc.integer({ min: 1, max: 60 }),
    shareLoad: fc.record(
      { dailyCapPerNumber: fc.integer({ min: 1, max: 4 }) },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
);

const doc = (presence: PresenceOptions) =>
  fc
    .record({
      mode: fc.constantFrom('automated', 'customized'),
      allowDefault: fc.boolean(),
      numbers: fc.array(
        fc.record({
          number: fc.constantFrom(...NUMBERS),
          ringGroups: fc.subarray(GROUPS),
          dedicatedLine: fc.boolean(),
        }),
        { maxLength: 10 },
      ),
      agents: fc.array(fc.subarray(GROUPS), { minLength: 1, maxLength: 3 }),
    })
    .map((r) => ({
      schemaVersion: 1,
      account: { id: 'acme', name: 'Acme', defaultCountry: 'US' },
      outboundCallerId: { mode: r.mode, allowDefault: r.allowDefault, ...presence },
      ringGroups: GROUPS.map((id) => ({ id, name: id })),
      numbers: r.numbers.map((n, i) => ({ id: `n${i}`, label: `N${i}`, ...n })),
      agents: r.agents.map((g, i) => ({ id: `a${i}`, name: `A${i}`, email: '', ringGroups: g })),
    }));

const history = fc.array(
  fc.record({
    at: fc.integer({ min: NOW - 40 * 86_400_000, max: NOW }),
    agentId: fc.constantFrom('a0', 'a1'),
    direction: fc.constantFrom<'outbound' | 'inbound' | undefined>(
      undefined,
      'outbound',
      'inbound',
    ),
    to: fc.constantFrom(...DESTINATIONS, ...NUMBERS),
    from: fc.constantFrom(...DESTINATIONS, null),
    fromNumberId: fc.constantFrom('n0', 'n1', 'n2', 'n3', 'n4', 'gone', null),
    toNumberId: fc.constantFrom('n0', 'n1', 'n5', undefined),
    outcome: fc.constantFrom('placed', 'refused', 'failed', 'answered', 'missed'),
    accountId: fc.constantFrom('acme', 'other'),
  }),
  { maxLength: 30 },
) as fc.Arbitrary<CallHistoryEntry[]>;

function configOf(input: unknown): AccountConfig {
  const r = parseAccountConfig(input);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.config;
}

const agent = fc.constantFrom('a0', 'a1', 'a2', 'nobody');
const destination = fc.oneof(fc.constantFrom(...DESTINATIONS), fc.string({ maxLength: 14 }));
const choice = fc.oneof(
  fc.constant<CallerIdChoice | null>(null),
  fc.constant<CallerIdChoice>({ kind: 'default' }),
  fc
    .constantFrom('n0', 'n1', 'n4', 'gone')
    .map((numberId): CallerIdChoice => ({ kind: 'number', numberId })),
);

describe('local-presence properties', () => {
  it('with every option off, selection is the seven steps, whatever the call log', () => {
    const off = fc.constantFrom<PresenceOptions>({}, { samePlace: false, sameTimeZone: false });
    fc.assert(
      fc.property(off.chain(doc), agent, destination, history, (d, a, dest, h) => {
        const config = configOf(d);
        const index = configIndex(config);
        const seven = selectWith(
          index,
          agentCandidates(index, a),
          analyzeDestination(config, dest),
        );
        expect(selectCallerId(config, a, dest, { history: h, now: NOW })).toEqual(seven);
      }),
      RUNS,
    );
  });

  it('options with nothing to work with change nothing (no call log, no overlay or zone step)', () => {
    // Contact history and share the load without a log; the presence engine then walks the same
    // seven steps as the plain selector and must land on the same number with the same reason.
    fc.assert(
      fc.property(
        doc({ contactHistoryDays: 30, shareLoad: {} }),
        agent,
        destination,
        choice,
        (d, a, dest, ch) => {
          const config = configOf(d);
          const plain = configOf({
            ...d,
            outboundCallerId: {
              mode: d.outboundCallerId.mode,
              allowDefault: d.outboundCallerId.allowDefault,
            },
          });
          expect(resolveCallerId(config, a, ch, dest)).toEqual(resolveCallerId(plain, a, ch, dest));
        },
      ),
      RUNS,
    );
  });

  it('in Customized mode, an option never returns a number outside the agent’s allowed set', () => {
    fc.assert(
      fc.property(options.chain(doc), agent, destination, choice, history, (d, a, dest, ch, h) => {
        const config = configOf({
          ...d,
          outboundCallerId: { ...d.outboundCallerId, mode: 'customized', allowDefault: true },
        });
        const s = resolveCallerId(config, a, ch, dest, { history: h, now: NOW });
        const allowed = new Set(allowedCallerIds(config, a).map((n) => n.id));
        if (
          [
            'contact-history',
            'same-place',
            'time-zone',
            'area-code',
            'state',
            'country',
            'any-number',
            'country-toll-free',
            'agent-choice',
          ].includes(s.rule)
        ) {
          expect(allowed.has(s.number!.id), `${s.rule} ${s.number?.id}`).toBe(true);
        } else {
          // Steps 6–7 ignore ring groups by design; they come only when no allowed number fits.
          expect(['account-toll-free', 'account-first', 'none']).toContain(s.rule);
        }
        if (ch?.kind === 'number' && !allowed.has(ch.numberId))
          expect(s.number?.id).not.toBe(ch.numberId);
      }),
      RUNS,
    );
  });

  it('never throws and always returns a number of the account, or none when it has none', () => {
    fc.assert(
      fc.property(options.chain(doc), agent, destination, history, (d, a, dest, h) => {
        const config = configOf(d);
        const s = selectCallerId(config, a, dest, { history: h, now: NOW });
        if (config.numbers.length === 0) expect(s.rule).toBe('none');
        else expect(config.numbers).toContain(s.number);
      }),
      RUNS,
    );
  });
});
