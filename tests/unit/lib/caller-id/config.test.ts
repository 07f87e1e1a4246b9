import { describe, expect, it } from 'vitest';
import { parseAccountConfig } from '../../../../lib/caller-id/index';
import { wireConfig, type WireDoc } from './fixtures';

type Doc = WireDoc;

function errorsOf(edit: (doc: Doc) => void): string[] {
  const doc = wireConfig();
  edit(doc);
  const result = parseAccountConfig(doc);
  if (result.ok) expect.fail('config was accepted');
  return result.errors;
}

function warningsOf(edit: (doc: Doc) => void): string[] {
  const doc = wireConfig();
  edit(doc);
  const result = parseAccountConfig(doc);
  if (!result.ok) expect.fail(`config was rejected: ${result.errors.join('; ')}`);
  return result.warnings;
}

describe('parseAccountConfig: errors, one per problem, with its path', () => {
  it.each<[string, (doc: Doc) => void, string[]]>([
    [
      'unknown schemaVersion',
      (d) => (d.schemaVersion = 2),
      ['schemaVersion: unsupported schemaVersion 2 (this version of Ringside reads 1)'],
    ],
    [
      'missing schemaVersion',
      (d) => delete d.schemaVersion,
      ['schemaVersion: missing (expected 1)'],
    ],
    [
      'missing field',
      (d) => delete d.numbers[1].id,
      ['numbers[1].id: missing (expected a string)'],
    ],
    [
      'mistyped field',
      (d) => (d.numbers[0].dedicatedLine = 'yes'),
      ['numbers[0].dedicatedLine: expected true or false, got "yes"'],
    ],
    ['mistyped list', (d) => (d.agents = {}), ['agents: expected a list, got an object']],
    [
      'empty id',
      (d) => d.ringGroups.push({ id: '', name: 'Blank' }),
      ['ringGroups[6].id: must not be empty'],
    ],
    [
      'unknown mode',
      (d) => (d.outboundCallerId.mode = 'auto'),
      ['outboundCallerId.mode: unknown mode "auto" (expected "automated" or "customized")'],
    ],
    [
      'unknown agent mode',
      (d) => (d.agents[2].outboundCallerId = { mode: 'manual' }),
      [
        'agents[2].outboundCallerId.mode: unknown mode "manual" (expected "automated" or "customized")',
      ],
    ],
    [
      'unknown country',
      (d) => (d.account.defaultCountry = 'XX'),
      [
        'account.defaultCountry: "XX" is not a country code (expected ISO 3166-1 alpha-2, like "US")',
      ],
    ],
    [
      'invalid number',
      (d) => (d.numbers[2].number = '+1415'),
      ['numbers[2].number: "+1415" is not a valid phone number'],
    ],
    [
      'number with extension',
      (d) => (d.numbers[2].number = '+1 212 555 0103 x12'),
      ['numbers[2].number: "+1 212 555 0103 x12" has an extension; a caller ID cannot have one'],
    ],
    [
      'duplicate number id',
      (d) => (d.numbers[3].id = 'sf-support'),
      ['numbers[3].id: duplicate id "sf-support" (also numbers[0])'],
    ],
    [
      'duplicate ring group id',
      (d) => d.ringGroups.push({ id: 'sales', name: 'Again' }),
      ['ringGroups[6].id: duplicate id "sales" (also ringGroups[0])'],
    ],
    [
      'renamed ring group leaves references dangling',
      (d) => (d.ringGroups[2].id = 'br'),
      [
        'numbers[6].ringGroups[0]: unknown ring group "brazil"',
        'numbers[7].ringGroups[0]: unknown ring group "brazil"',
        'agents[1].ringGroups[0]: unknown ring group "brazil"',
      ],
    ],
    [
      'duplicate agent id',
      (d) => (d.agents[3].id = 'ana'),
      ['agents[3].id: duplicate id "ana" (also agents[0])'],
    ],
    [
      'unknown ring group of an agent',
      (d) => (d.agents[3].ringGroups = ['nope']),
      ['agents[3].ringGroups[0]: unknown ring group "nope"'],
    ],
    [
      'unknown ring group of a number',
      (d) => (d.numbers[4].ringGroups = ['sales', 'nope']),
      ['numbers[4].ringGroups[1]: unknown ring group "nope"'],
    ],
    [
      'unknown fixed number',
      (d) => (d.agents[0].outboundCallerId = { fixedNumberId: 'n9' }),
      ['agents[0].outboundCallerId.fixedNumberId: unknown number "n9"'],
    ],
    [
      'not an object',
      (d) => {
        for (const k of Object.keys(d)) delete d[k];
      },
      [
        'schemaVersion: missing (expected 1)',
        'account: missing (expected an object)',
        'outboundCallerId: missing (expected an object)',
        'ringGroups: missing (expected a list)',
        'numbers: missing (expected a list)',
        'agents: missing (expected a list)',
      ],
    ],
  ])('%s', (_name, edit, expected) => {
    expect(errorsOf(edit)).toEqual(expected);
  });

  it('reports every problem at once, in document order', () => {
    expect(
      errorsOf((d) => {
        d.agents[3].ringGroups = ['nope'];
        d.numbers[10].number = 'call me';
        d.numbers[2].number = '+1415';
        d.outboundCallerId.mode = 'auto';
        d.numbers[5].label = 5;
      }),
    ).toEqual([
      'outboundCallerId.mode: unknown mode "auto" (expected "automated" or "customized")',
      'numbers[2].number: "+1415" is not a valid phone number',
      'numbers[5].label: expected a string, got 5',
      'numbers[10].number: "call me" is not a valid phone number',
      'agents[3].ringGroups[0]: unknown ring group "nope"',
    ]);
  });

  it('rejects documents that are not objects', () => {
    expect(parseAccountConfig([])).toEqual({
      ok: false,
      errors: ['(document): expected an object, got a list'],
    });
    expect(parseAccountConfig(null)).toEqual({
      ok: false,
      errors: ['(document): expected an object, got null'],
    });
  });
});

describe('parseAccountConfig: normalisation', () => {
  const doc = wireConfig();
  doc.account.defaultCountry = 'us';
  doc.numbers[3].number = '(212) 555-0103';
  doc.numbers[2].tollFree = undefined;
  doc.numbers[4].tollFree = true; // the admin's word wins over the metadata (with a warning)
  const result = parseAccountConfig(doc);

  it('accepts the document', () => {
    expect(result.ok).toBe(true);
  });
  const config = result.ok ? result.config : undefined;

  it('writes numbers in E.164, read in the default country', () => {
    expect(config?.account.defaultCountry).toBe('US');
    expect(config?.numbers[3]?.number).toBe('+12125550103');
  });

  it.each([
    ['us-free', true],
    ['tf-uk', true],
    ['nyc', false],
    ['sf', true],
  ])('derives tollFree when absent, keeps it when stated: %s', (id, tollFree) => {
    expect(config?.numbers.find((n) => n.id === id)?.tollFree).toBe(tollFree);
  });

  it('fills dedicatedLine and external', () => {
    expect(config?.numbers[0]).toEqual({
      id: 'sf-support',
      number: '+14155550100',
      label: 'SF support',
      ringGroups: ['support'],
      tollFree: false,
      dedicatedLine: false,
      external: false,
    });
  });
});

describe('parseAccountConfig: warnings', () => {
  it.each<[string, (doc: Doc) => void, string[]]>([
    ['none for the demo', () => {}, []],
    [
      'unknown field',
      (d) => (d.numbers[1].dedicatedline = true),
      ['numbers[1].dedicatedline: unknown field, ignored'],
    ],
    [
      'tollFree contradicts the number',
      (d) => (d.numbers[3].tollFree = true),
      [
        'numbers[3].tollFree: set to true, but +12125550103 is not a toll-free number; keeping true',
      ],
    ],
    [
      'same number twice',
      (d) => (d.numbers[4].number = '+1 415 555 0100'),
      ['numbers[4].number: +14155550100 is listed twice (also numbers[0])'],
    ],
    [
      'number in no ring group',
      (d) => (d.numbers[0].ringGroups = []),
      [
        "numbers[0].ringGroups: +14155550100 is in no ring group; it is only used when no agent's own number fits a call",
      ],
    ],
    [
      "fixed number outside the agent's groups",
      (d) => (d.agents[0].outboundCallerId = { fixedNumberId: 'london' }),
      [
        'agents[0].outboundCallerId.fixedNumberId: "london" is in none of Ana Silva\'s ring groups; their calls still use it',
      ],
    ],
  ])('%s', (_name, edit, expected) => {
    // Nadia (ring group "empty") is always warned about; the rows list the other warnings.
    const nadia =
      "agents[4].ringGroups: Nadia None shares no ring group with any number; their calls use the account's fallback number";
    expect(warningsOf(edit).filter((w) => w !== nadia)).toEqual(expected);
    expect(warningsOf(edit)).toContain(nadia);
  });
});

describe('parseAccountConfig: an agent whose calls would be refused (issue 12, point 8)', () => {
  it.each<[string, (doc: Doc) => void, string]>([
    [
      'Customized without Default, no number in their ring groups: calls refused',
      (d) => (d.agents[4].outboundCallerId = { mode: 'customized', allowDefault: false }),
      'agents[4].ringGroups: Nadia None shares no ring group with any number and Default is off for them; their calls will be refused until one of their ring groups holds a number',
    ],
    [
      'Automated: the fallback number is used, and said so',
      (d) => (d.agents[4].outboundCallerId = { mode: 'automated', allowDefault: false }),
      "agents[4].ringGroups: Nadia None shares no ring group with any number; their calls use the account's fallback number",
    ],
    [
      'a fixed number: calls use it',
      (d) =>
        (d.agents[4].outboundCallerId = {
          mode: 'customized',
          allowDefault: false,
          fixedNumberId: 'london',
        }),
      "agents[4].ringGroups: Nadia None shares no ring group with any number; their calls use the account's fallback number",
    ],
  ])('%s', (_name, edit, expected) => {
    expect(warningsOf(edit)).toContain(expected);
  });
});

describe('parseAccountConfig: a number label and an agent email are optional', () => {
  it('accepts a number without a label and an agent without an email, read as ""', () => {
    const doc = wireConfig();
    delete (doc.numbers[0] as Record<string, unknown>).label;
    for (const a of doc.agents) delete (a as Record<string, unknown>).email;
    const result = parseAccountConfig(doc);
    if (!result.ok) expect.fail(result.errors.join('; '));
    expect(result.config.schemaVersion).toBe(1);
    expect(result.config.numbers[0]).toMatchObject({ id: 'sf-support', label: '' });
    expect(result.config.agents.every((a) => a.email === '')).toBe(true);
    // Leaving them out is not worth a warning either: it is an ordinary document.
    expect(result.warnings.join('\n')).not.toMatch(/label|email/);
  });

  it.each<[string, (doc: Doc) => void, string]>([
    ['a label that is a number', (d) => (d.numbers[0].label = 5), 'numbers[0].label'],
    ['an email that is null', (d) => (d.agents[0].email = null), 'agents[0].email'],
  ])('still refuses %s', (_name, edit, path) => {
    expect(errorsOf(edit).some((e) => e.startsWith(`${path}: `))).toBe(true);
  });
});
