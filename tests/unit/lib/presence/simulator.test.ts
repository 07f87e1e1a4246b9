/** The simulator's input reading, its coverage summary and CSV, and the per-number report. */
import { describe, expect, it } from 'vitest';
import { parseAccountConfig } from '../../../../lib/caller-id/index';
import type { AccountConfig, CallHistoryEntry } from '../../../../lib/caller-id/types';
import { parseDestinations } from '../../../../lib/presence/destinations';
import { numberReport } from '../../../../lib/presence/number-report';
import fc from 'fast-check';
import { SimTable } from '../../../../lib/presence/sim-columns';
import {
  MAX_ROWS,
  runSimulation,
  simulateInChunks,
  toCsv,
  type SimRequest,
} from '../../../../lib/presence/simulator';
import { generateDestinations } from '../caller-id/generate';

function account(): AccountConfig {
  const r = parseAccountConfig({
    schemaVersion: 1,
    account: { id: 'acme', name: 'Acme', defaultCountry: 'US' },
    outboundCallerId: { mode: 'automated', allowDefault: true },
    ringGroups: [{ id: 'g', name: 'G' }],
    numbers: [
      { id: 'sf', number: '+14155550100', label: 'SF, "HQ"', ringGroups: ['g'] },
      { id: 'la', number: '+12135550100', label: 'LA', ringGroups: ['g'] },
    ],
    agents: [
      { id: 'a', name: 'Ana', email: '', ringGroups: ['g'] },
      { id: 'b', name: 'Bo', email: '', ringGroups: ['g'] },
    ],
  });
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.config;
}

describe('parseDestinations', () => {
  it.each<[string, string, string | undefined, string[], string | undefined]>([
    [
      'one per line',
      '+1 415 555 0199\n\n(212) 555-0100\r\n',
      undefined,
      ['+1 415 555 0199', '(212) 555-0100'],
      undefined,
    ],
    [
      'a CSV with a phone header',
      'name,phone\nJo,415-555-0199\n"Smith, Al","(212) 555-0100"',
      undefined,
      ['415-555-0199', '(212) 555-0100'],
      'phone',
    ],
    [
      'a named column',
      'name;work;mobile\nJo;415-555-0199;646-555-0100',
      'Mobile',
      ['646-555-0100'],
      'mobile',
    ],
    [
      'a headerless CSV',
      'Jo,415-555-0199\nAl,212-555-0100',
      undefined,
      ['415-555-0199', '212-555-0100'],
      'column 2',
    ],
    ['tabs', 'name\tTelephone\nJo\t+442079460000', undefined, ['+442079460000'], 'Telephone'],
  ])('reads %s', (_what, text, column, destinations, used) => {
    const r = parseDestinations(text, column);
    expect(r.destinations).toEqual(destinations);
    expect(r.column).toBe(used);
  });

  it.each([
    ['name,phone\nJo,1', 'fax', 'The CSV has no column "fax" (its columns: name, phone).'],
    [
      'name,city\nJo,Paris',
      undefined,
      'No phone column found: name one of the columns (name, city).',
    ],
  ])('says what is wrong with %j', (text, column, error) => {
    expect(parseDestinations(text, column)).toEqual({ destinations: [], error });
  });
});

describe('runSimulation', () => {
  it('gives each call its caller ID, rule and reason, and ranks the missing local numbers', () => {
    const text = [
      '+1 415 555 0199',
      '+1 212 555 0100',
      '+1 212 555 0101',
      '+1 808 555 0100',
      '+44 20 7946 0000',
      'junk',
    ].join('\n');
    const progress: number[] = [];
    const out = runSimulation(
      { config: account(), agent: 'a', text },
      (p) => progress.push(p.done),
      2,
    );
    if (!out.ok) throw new Error(out.error);
    expect(progress).toEqual([2, 4, 6, 6]);
    expect(out.rows.map((r) => [r.destination, r.numberId, r.rule])).toEqual([
      ['+1 415 555 0199', 'sf', 'area-code'],
      ['+1 212 555 0100', 'sf', 'country'],
      ['+1 212 555 0101', 'sf', 'country'],
      ['+1 808 555 0100', 'sf', 'country'],
      ['+44 20 7946 0000', 'sf', 'any-number'],
      ['junk', 'sf', 'any-number'],
    ]);
    expect(out.coverage.rules).toEqual([
      { rule: 'country', count: 3, share: 0.5 },
      { rule: 'any-number', count: 2, share: 2 / 6 },
      { rule: 'area-code', count: 1, share: 1 / 6 },
    ]);
    expect(out.coverage.areaCodes.map((g) => [g.name, g.count])).toEqual([
      ['+1 212', 2],
      ['+1 808', 1], // ties in key order
      ['+44 20', 1],
    ]);
    expect(out.coverage.states.map((g) => [g.name, g.count])).toEqual([
      ['New York', 2],
      ['Hawaii', 1],
    ]);
    expect(out.coverage.countries.map((g) => [g.name, g.count])).toEqual([['United Kingdom', 1]]);
    expect(out.coverage.invalid).toBe(1);
  });

  it('runs every agent when asked for all', () => {
    const out = runSimulation({ config: account(), agent: 'all', text: '415 555 0199' });
    expect(out.ok && out.rows.map((r) => r.agentId)).toEqual(['a', 'b']);
  });

  it.each([
    [{ agent: 'zoe', text: '1' }, 'No agent "zoe" in this account.'],
    [{ agent: 'a', text: '  \n' }, 'Paste or upload at least one number.'],
    [
      { agent: 'all', text: Array.from({ length: MAX_ROWS / 2 + 1 }, () => '1').join('\n') },
      '500,001 numbers for 2 agents make more than 1,000,000 rows: pick one agent.',
    ],
  ])('refuses %j with a clear message', (req, error) => {
    expect(runSimulation({ config: account(), ...req })).toEqual({ ok: false, error });
  });

  it('writes a CSV a spreadsheet reads back (quotes, commas)', () => {
    const config = account();
    const out = runSimulation({ config, agent: 'a', text: '415 555 0199' });
    if (!out.ok) throw new Error(out.error);
    expect(toCsv(out.rows, config)).toBe(
      'destination,e164,agent,caller_id,caller_id_label,rule,reason\r\n' +
        '415 555 0199,+14155550199,a,+14155550100,"SF, ""HQ""",area-code,Same area code (415) as the number you are calling.\r\n',
    );
  });
});

/** The worker's run: its chunks decoded into a table, its progress, its CSV joined. */
function chunked(req: SimRequest, chunkRows?: number) {
  const table = new SimTable();
  const progress: number[] = [];
  const out = simulateInChunks(
    req,
    (chunk, p) => {
      table.append(chunk);
      progress.push(p.done);
    },
    chunkRows,
  );
  if (!out.ok) throw new Error(out.error);
  const rows = Array.from({ length: table.length }, (_, i) => table.row(i));
  return { out, rows, progress, csv: out.csv.join('') };
}

describe('simulateInChunks (the worker’s run)', () => {
  it('gives the same rows, coverage and byte-identical CSV as runSimulation, for any chunk size', () => {
    const config = account();
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 1, max: 120 }),
        fc.constantFrom('a', 'all'),
        fc.integer({ min: 1, max: 50 }),
        (seed, count, agent, chunkRows) => {
          // Generated numbers in every written form, and cells a CSV must quote.
          const text = [...generateDestinations(seed, count), 'junk, "quoted"'].join('\n');
          const req = { config, agent, text };
          const whole = runSimulation(req);
          if (!whole.ok) throw new Error(whole.error);
          const { out, rows, progress, csv } = chunked(req, chunkRows);
          expect(rows).toEqual(whole.rows);
          expect(out.coverage).toEqual(whole.coverage);
          expect(csv).toBe(toCsv(whole.rows, config));
          expect(progress.at(-1)).toBe(count + 1);
          expect(progress).toEqual([...progress].sort((x, y) => x - y));
        },
      ),
      { numRuns: 60, interruptAfterTimeLimit: 6000 },
    );
  });

  it('writes the CSV byte for byte as before (quotes, commas, CRLF)', () => {
    const config = account();
    const { csv } = chunked({ config, agent: 'all', text: '415 555 0199\n"+1 212, 555 0100"' }, 1);
    expect(csv).toBe(
      'destination,e164,agent,caller_id,caller_id_label,rule,reason\r\n' +
        '415 555 0199,+14155550199,a,+14155550100,"SF, ""HQ""",area-code,Same area code (415) as the number you are calling.\r\n' +
        '415 555 0199,+14155550199,b,+14155550100,"SF, ""HQ""",area-code,Same area code (415) as the number you are calling.\r\n' +
        '"""+1 212, 555 0100""",,a,+14155550100,"SF, ""HQ""",any-number,"The number you are calling could not be read as a valid phone number, so your first number is used."\r\n' +
        '"""+1 212, 555 0100""",,b,+14155550100,"SF, ""HQ""",any-number,"The number you are calling could not be read as a valid phone number, so your first number is used."\r\n',
    );
  });

  it('sends chunks of about the size asked, each with the progress in destinations', () => {
    const text = generateDestinations(3, 10).join('\n');
    const { progress, rows } = chunked({ config: account(), agent: 'all', text }, 4);
    expect(rows).toHaveLength(20);
    expect(progress).toEqual([2, 4, 6, 8, 10]);
  });

  it('refuses what runSimulation refuses, with the same message', () => {
    const out = simulateInChunks({ config: account(), agent: 'zoe', text: '1' }, () => {
      throw new Error('no chunk expected');
    });
    expect(out).toEqual({ ok: false, error: 'No agent "zoe" in this account.' });
  });
});

describe('numberReport', () => {
  const now = new Date(2026, 10, 28, 15).getTime();
  const day = 86_400_000;
  const e = (at: number, extra: Partial<CallHistoryEntry> = {}): CallHistoryEntry => ({
    at,
    accountId: 'acme',
    to: '+14155550199',
    from: '+14155550100',
    fromNumberId: 'sf',
    outcome: 'placed',
    ...extra,
  });

  it('counts placed calls per number and day; refused, inbound, old and other accounts’ do not count', () => {
    const r = numberReport(
      [
        e(now - 1000),
        e(now - day, { outcome: 'answered' }),
        e(now - day, { outcome: 'busy', fromNumberId: 'la' }),
        e(now - 1000, { outcome: 'refused' }),
        e(now - 1000, { direction: 'inbound', fromNumberId: null, toNumberId: 'sf' }),
        e(now - 20 * day),
        e(now - 1000, { accountId: 'other' }),
      ],
      'acme',
      now,
    );
    expect(r.days).toHaveLength(14);
    expect(
      r.rows.map((row) => [row.numberId, row.perDay.slice(-2), row.total, row.answerRate]),
    ).toEqual([
      ['sf', [1, 1], 2, 1],
      ['la', [1, 0], 1, 0],
    ]);
    expect(r.max).toBe(1);
  });
});
