/**
 * The local-presence options, one table of cases per option (docs/caller-id-rules.md): overlay
 * area codes, split-zone area codes, a contact called 29 and 31 days ago, caps reached, ties.
 */
import { describe, expect, it } from 'vitest';
import { resolveCallerId, selectCallerId } from '../../../../lib/caller-id/index';
import type { CallHistoryEntry, PresenceOptions } from '../../../../lib/caller-id/index';
import { timeZonesOf } from '../../../../lib/phone/time-zones';
import { parsed } from './fixtures';

const DAY = 86_400_000;
const NOW = new Date(2026, 10, 28, 15, 0).getTime(); // 28 Nov 2026, 15:00 local

function account(
  options: PresenceOptions,
  numbers: [id: string, number: string, label?: string][],
  agent: Record<string, unknown> = {},
) {
  return parsed({
    schemaVersion: 1,
    account: { id: 'acme', name: 'Acme', defaultCountry: 'US' },
    outboundCallerId: { mode: 'automated', allowDefault: true, ...options },
    ringGroups: [
      { id: 'g', name: 'G' },
      { id: 'other', name: 'Other' },
    ],
    numbers: numbers.map(([id, number, label]) => ({
      id,
      number,
      label: label ?? '',
      ringGroups: id.startsWith('x-') ? ['other'] : ['g'],
    })),
    agents: [{ id: 'a', name: 'Ana', email: '', ringGroups: ['g'], ...agent }],
  });
}

const call = (
  to: string,
  fromNumberId: string,
  at: number,
  extra: Partial<CallHistoryEntry> = {},
): CallHistoryEntry => ({
  at,
  accountId: 'acme',
  agentId: 'a',
  to,
  from: null,
  fromNumberId,
  outcome: 'placed',
  ...extra,
});

describe('same place', () => {
  const numbers: [string, string, string][] = [
    ['albany', '+15185550100', 'Albany'],
    ['manhattan', '+12125550100', 'Manhattan'],
    ['brooklyn', '+13475550100', 'Brooklyn'],
    ['sf', '+14155550100', 'San Francisco'],
    ['chicago', '+13125550100', 'Chicago'],
  ];
  it.each([
    // destination, expected number, rule: overlays of one city share a place
    ['+1 646 555 0199', 'manhattan', 'same-place'], // 646 overlays 212 (NANPA complex)
    ['+1 917 555 0199', 'albany', 'state'], // 917 overlays both 212 and 718: in no one place
    ['+1 332 555 0199', 'manhattan', 'same-place'],
    ['+1 929 555 0199', 'brooklyn', 'same-place'], // 929/718 overlay 347
    ['+1 628 555 0199', 'sf', 'same-place'], // 628 overlays 415
    ['+1 872 555 0199', 'chicago', 'same-place'],
    ['+1 773 555 0199', 'chicago', 'same-place'],
    ['+1 212 555 0199', 'manhattan', 'area-code'], // step 1 first
    ['+1 585 555 0199', 'albany', 'state'], // Rochester: another place in New York state
  ])('%s → %s (%s)', (destination, id, rule) => {
    const config = account({ samePlace: true }, numbers);
    const s = selectCallerId(config, 'a', destination);
    expect([s.number?.id, s.rule]).toEqual([id, rule]);
  });

  it('names the place in the reason', () => {
    const s = selectCallerId(account({ samePlace: true }, numbers), 'a', '+16465550199');
    expect(s.reason).toBe('Same place (New York, NY) as the number you are calling.');
  });

  it('is off without the option: 646 gets the first New York state number', () => {
    const s = selectCallerId(account({}, numbers), 'a', '+16465550199');
    expect([s.number?.id, s.rule]).toEqual(['albany', 'state']);
  });

  it('works outside North America (Moscow 495/499)', () => {
    const config = account({ samePlace: true }, [
      ['spb', '+78125550100'],
      ['moscow', '+74955550100'],
    ]);
    const s = selectCallerId(config, 'a', '+74995550199');
    expect([s.number?.id, s.rule]).toEqual(['moscow', 'same-place']);
  });
});

describe('same time zone', () => {
  const numbers: [string, string, string][] = [
    ['ny', '+12125550100', 'New York'],
    ['la', '+12135550100', 'Los Angeles'],
    ['chicago', '+13125550100', 'Chicago'],
    ['phoenix', '+16025550100', 'Phoenix'],
  ];
  it.each([
    ['+1 702 555 0199', 'la', 'time-zone'], // Nevada: Pacific, like California
    ['+1 503 555 0199', 'la', 'time-zone'], // Oregon
    ['+1 615 555 0199', 'chicago', 'time-zone'], // Nashville: Central
    ['+1 305 555 0199', 'ny', 'time-zone'], // Miami: Eastern
    ['+1 720 555 0199', 'ny', 'country'], // Denver: Mountain with DST, not Phoenix's zone
    ['+1 850 230 0199', 'chicago', 'time-zone'], // 850 is Eastern, its 85023 prefix Central
    ['+1 850 222 0199', 'ny', 'time-zone'], // … and 850-222 Eastern
    ['+1 541 372 0199', 'ny', 'country'], // 541 is Pacific, 541-372 Mountain: Boise, no number
    ['+1 541 555 0199', 'la', 'time-zone'],
  ])('%s → %s (%s)', (destination, id, rule) => {
    const config = account({ sameTimeZone: true }, numbers);
    const s = selectCallerId(config, 'a', destination);
    expect([s.number?.id, s.rule]).toEqual([id, rule]);
  });

  it('an ambiguous destination (a prefix spanning zones) matches no zone', () => {
    // South Dakota's 605 is split between Central and Mountain time; 605-555 has no finer entry.
    expect(timeZonesOf('+16055550199')?.zones).toEqual([
      'America/Denver',
      'America/North_Dakota/Center',
    ]);
    // A Denver number would match if one of the zones were taken.
    const config = account({ sameTimeZone: true }, [
      ['ny', '+12125550100'],
      ['denver', '+17205550100'],
    ]);
    const s = selectCallerId(config, 'a', '+16055550199');
    expect([s.number?.id, s.rule]).toEqual(['ny', 'country']);
  });

  it('names the zone in the reason', () => {
    const s = selectCallerId(account({ sameTimeZone: true }, numbers), 'a', '+17025550199');
    expect(s.reason).toBe('Same time zone (Pacific Time) as the number you are calling.');
  });
});

describe('contact history', () => {
  const numbers: [string, string, string][] = [
    ['ny', '+12125550100', 'New York'],
    ['sf', '+14155550100', 'San Francisco'],
    ['x-chi', '+13125550100', 'Chicago (other team)'],
  ];
  const config = account({ contactHistoryDays: 30 }, numbers);
  const dest = '+14155550199';

  it.each([
    [29, 'ny', 'contact-history'],
    [31, 'sf', 'area-code'],
  ])('a contact called from New York %i days ago → %s (%s)', (days, id, rule) => {
    const history = [call(dest, 'ny', NOW - days * DAY)];
    const s = selectCallerId(config, 'a', dest, { history, now: NOW });
    expect([s.number?.id, s.rule]).toEqual([id, rule]);
  });

  it('names the number and the day', () => {
    const history = [call(dest, 'ny', NOW - 2 * DAY)];
    const s = selectCallerId(config, 'a', dest, { history, now: NOW });
    expect(s.reason).toBe('You called this contact from New York on 26 Nov.');
  });

  it('a contact that called in gets the number it called', () => {
    const history: CallHistoryEntry[] = [
      call(dest, 'sf', NOW - 10 * DAY),
      {
        at: NOW - DAY,
        accountId: 'acme',
        agentId: 'b',
        direction: 'inbound',
        from: dest,
        to: '+12125550100',
        fromNumberId: null,
        toNumberId: 'ny',
        outcome: 'missed',
      },
    ];
    const s = selectCallerId(config, 'a', dest, { history, now: NOW });
    expect([s.number?.id, s.rule]).toEqual(['ny', 'contact-history']);
    expect(s.reason).toBe('This contact called New York on 27 Nov.');
  });

  it.each([
    ['a number no longer allowed', call(dest, 'x-chi', NOW - DAY)],
    ['a number gone from the account', call(dest, 'gone', NOW - DAY)],
    ['a refused call', call(dest, 'ny', NOW - DAY, { outcome: 'refused' })],
    ['a failed call', call(dest, 'ny', NOW - DAY, { outcome: 'failed' })],
    ['another account', call(dest, 'ny', NOW - DAY, { accountId: 'other' })],
    ['another contact', call('+14155550198', 'ny', NOW - DAY)],
    ['a call in the future', call(dest, 'ny', NOW + DAY)],
  ])('is not used for %s', (_what, entry) => {
    const s = selectCallerId(config, 'a', dest, { history: [entry], now: NOW });
    expect([s.number?.id, s.rule]).toEqual(['sf', 'area-code']);
  });

  it('the newest usable contact wins', () => {
    const history = [
      call(dest, 'ny', NOW - 5 * DAY),
      call(dest, 'sf', NOW - 3 * DAY),
      call(dest, 'x-chi', NOW - DAY),
    ];
    const s = selectCallerId(config, 'a', dest, { history, now: NOW });
    expect([s.number?.id, s.rule]).toEqual(['sf', 'contact-history']);
  });

  it('in Customized mode, only when the agent is on Default', () => {
    const custom = account({ contactHistoryDays: 30 }, numbers, {
      outboundCallerId: { mode: 'customized', allowDefault: true },
    });
    const ctx = { history: [call(dest, 'ny', NOW - DAY)], now: NOW };
    expect(resolveCallerId(custom, 'a', { kind: 'default' }, dest, ctx).rule).toBe(
      'contact-history',
    );
    expect(resolveCallerId(custom, 'a', null, dest, ctx).rule).toBe('contact-history');
    const chosen = resolveCallerId(custom, 'a', { kind: 'number', numberId: 'sf' }, dest, ctx);
    expect([chosen.number?.id, chosen.rule]).toEqual(['sf', 'agent-choice']);
    const noDefault = account({ contactHistoryDays: 30 }, numbers, {
      outboundCallerId: { mode: 'customized', allowDefault: false },
    });
    expect(resolveCallerId(noDefault, 'a', null, dest, ctx).rule).toBe('agent-choice');
  });

  it('does nothing without a call log', () => {
    expect(selectCallerId(config, 'a', dest).rule).toBe('area-code');
  });
});

describe('share the load', () => {
  const numbers: [string, string, string][] = [
    ['sf1', '+14155550100', 'SF 1'],
    ['sf2', '+14155550101', 'SF 2'],
    ['sf3', '+14155550102', 'SF 3'],
    ['la', '+12135550100', 'LA'],
  ];
  const dest = '+14155550199';
  const today = (id: string, n: number, agentId = 'a') =>
    Array.from({ length: n }, (_, i) =>
      call('+12025550100', id, NOW - 60_000 * (i + 1), { agentId }),
    );

  it.each<[string, CallHistoryEntry[], number | undefined, string, string]>([
    ['no calls today: ties by account order', [], undefined, 'sf1', 'area-code'],
    [
      'the least used of the tied numbers',
      [...today('sf1', 3), ...today('sf2', 1), ...today('sf3', 2)],
      undefined,
      'sf2',
      'area-code',
    ],
    [
      'a tie on usage: account order',
      [...today('sf1', 2), ...today('sf2', 1), ...today('sf3', 1)],
      undefined,
      'sf2',
      'area-code',
    ],
    [
      'yesterday does not count',
      call(dest, 'sf1', NOW - DAY)
        ? [...today('sf2', 1), call('+12025550100', 'sf1', NOW - DAY)]
        : [],
      undefined,
      'sf1',
      'area-code',
    ],
    [
      'another agent’s calls do not count',
      [...today('sf1', 5, 'b'), ...today('sf2', 1)],
      undefined,
      'sf1',
      'area-code',
    ],
    [
      'a capped number is skipped',
      [...today('sf1', 2), ...today('sf2', 2), ...today('sf3', 1)],
      2,
      'sf3',
      'area-code',
    ],
    [
      'all tied numbers capped: the next step',
      [...today('sf1', 2), ...today('sf2', 2), ...today('sf3', 2)],
      2,
      'la',
      'state',
    ],
    [
      'every number capped: the cap gives way',
      [...today('sf1', 2), ...today('sf2', 2), ...today('sf3', 3), ...today('la', 2)],
      2,
      'sf1',
      'area-code',
    ],
  ])('%s', (_what, history, cap, id, rule) => {
    const config = account(
      { shareLoad: cap === undefined ? {} : { dailyCapPerNumber: cap } },
      numbers,
    );
    const s = selectCallerId(config, 'a', dest, { history, now: NOW });
    expect([s.number?.id, s.rule]).toEqual([id, rule]);
  });

  it('says why a later number was picked', () => {
    const config = account({ shareLoad: { dailyCapPerNumber: 2 } }, numbers);
    const least = selectCallerId(config, 'a', dest, { history: today('sf1', 1), now: NOW });
    expect(least.reason).toMatch(/used least today\.$/);
    const capped = selectCallerId(config, 'a', dest, {
      history: [...today('sf1', 2), ...today('sf2', 2), ...today('sf3', 2)],
      now: NOW,
    });
    expect(capped.reason).toMatch(/reached today’s limit of calls\.$/);
  });
});

describe('config', () => {
  it('keeps the options and rejects bad values with their path', async () => {
    const { parseAccountConfig } = await import('../../../../lib/caller-id/index');
    const base = {
      schemaVersion: 1,
      account: { id: 'acme', name: 'Acme', defaultCountry: 'US' },
      ringGroups: [],
      numbers: [],
      agents: [],
    };
    const good = parseAccountConfig({
      ...base,
      outboundCallerId: {
        mode: 'automated',
        allowDefault: true,
        samePlace: true,
        sameTimeZone: false,
        contactHistoryDays: 30,
        shareLoad: { dailyCapPerNumber: 150 },
        callingHours: { start: '08:00', end: '21:00' },
      },
    });
    expect(good.ok && good.config.outboundCallerId).toEqual({
      mode: 'automated',
      allowDefault: true,
      samePlace: true,
      sameTimeZone: false,
      contactHistoryDays: 30,
      shareLoad: { dailyCapPerNumber: 150 },
      callingHours: { start: '08:00', end: '21:00' },
    });
    const bad = parseAccountConfig({
      ...base,
      outboundCallerId: {
        mode: 'automated',
        allowDefault: true,
        samePlace: 'yes',
        contactHistoryDays: 0,
        shareLoad: { dailyCapPerNumber: 2.5 },
        callingHours: { start: '8am', end: '21:00' },
      },
    });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.errors).toEqual([
      'outboundCallerId.samePlace: expected true or false, got "yes"',
      'outboundCallerId.contactHistoryDays: 0 is not a number of days from 1 to 365',
      'outboundCallerId.shareLoad.dailyCapPerNumber: 2.5 is not a whole number of calls (1 or more)',
      'outboundCallerId.callingHours.start: "8am" is not a time of day (expected "HH:MM", like "08:00")',
    ]);
    const backwards = parseAccountConfig({
      ...base,
      outboundCallerId: { mode: 'automated', allowDefault: true, callingHours: { start: '22:00' } },
    });
    expect(!backwards.ok && backwards.errors).toEqual([
      'outboundCallerId.callingHours.end: "21:00" must be after the start (22:00)',
    ]);
  });
});
