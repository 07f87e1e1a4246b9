/**
 * Local-presence speed (issue 11, point 10), same run, same destinations:
 *
 * 1. Selection with every option on (same place, same time zone, contact history over a
 *    1,000-call log, share the load with a cap) against a bare libphonenumber-js parse of the
 *    destination, at 10 and 10,000 numbers. Also the seven-step selection for reference, and
 *    the calling-hours check the pipeline adds per call (on the E.164 it already has).
 * 2. Simulator throughput over 100,000 destinations (runSimulation: CSV reading, selection,
 *    coverage) against calling selectCallerId in a plain loop over the same destinations; and
 *    the options page worker's own run (simulateInChunks: the same, plus the rows encoded as
 *    columnar chunks for the page and the CSV built), against the same loop.
 *
 * The worker and the options page's longest main-thread task are measured in Chromium by
 * bench/browser/simulator-longtask.spec.ts.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, it } from 'vitest';
import { parseAccountConfig, selectCallerId } from '../lib/caller-id';
import type { AccountConfig, CallHistoryEntry } from '../lib/caller-id';
import { callingHoursConfirmation } from '../lib/calls/calling-hours';
import { northAmericanFacts } from '../lib/phone/analyze';
import { runSimulation, simulateInChunks } from '../lib/presence/simulator';
import {
  generateAccount,
  generateDestinations,
  randomNumber,
  rng,
} from '../tests/unit/lib/caller-id/generate';
import { medianMs, report, type BenchRow } from './measure';

const SIZES = [
  { numbers: 10, ringGroups: 3, agents: 5 },
  { numbers: 10_000, ringGroups: 500, agents: 2_000 },
];
const ALL_ON = {
  samePlace: true,
  sameTimeZone: true,
  contactHistoryDays: 30,
  shareLoad: { dailyCapPerNumber: 150 },
  callingHours: { start: '08:00', end: '21:00' },
};
const NOW = Date.UTC(2026, 10, 28, 18, 0);

function config(size: (typeof SIZES)[number], presence: boolean): AccountConfig {
  const doc = generateAccount({ seed: 7, ...size });
  if (presence) doc.outboundCallerId = { mode: 'automated', allowDefault: true, ...ALL_ON };
  const r = parseAccountConfig(doc);
  if (!r.ok) throw new Error(r.errors.slice(0, 3).join('; '));
  return r.config;
}

/** A full call log (the log keeps 1,000 calls): a third to the destinations, all from agent a0…a4. */
function callLog(cfg: AccountConfig, destinations: string[]): CallHistoryEntry[] {
  const r = rng(3);
  return Array.from({ length: 1000 }, (_, i) => {
    const parsed = parsePhoneNumberFromString(destinations[i % destinations.length]!, 'US');
    const to = i % 3 === 0 && parsed ? parsed.number : randomNumber(r);
    return {
      at: NOW - Math.floor(r() * 40) * 3_600_000,
      accountId: cfg.account.id,
      agentId: `a${i % 5}`,
      to,
      from: null,
      fromNumberId: cfg.numbers[i % cfg.numbers.length]!.id,
      outcome: 'placed',
    };
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const us = (ms: number) => Math.round(ms * 1000 * 100) / 100;
const r2 = (x: number) => Math.round(x * 100) / 100;

describe('local presence', () => {
  it('selection with every option on vs a bare parse', () => {
    const destinations = generateDestinations(11, 240);
    const rows: BenchRow[] = [];
    for (const size of SIZES) {
      const on = config(size, true);
      const off = config(size, false);
      const context = { history: callLog(on, destinations), now: NOW };
      const agents = on.agents.slice(0, 5).map((a) => a.id);
      const n = destinations.length;
      let sink = 0;
      const withOptions = () => {
        for (let i = 0; i < n; i++)
          sink += selectCallerId(on, agents[i % agents.length]!, destinations[i]!, context).reason
            .length;
      };
      const sevenSteps = () => {
        for (let i = 0; i < n; i++)
          sink += selectCallerId(off, agents[i % agents.length]!, destinations[i]!).reason.length;
      };
      // The calling-hours check the pipeline adds per call, on the E.164 its own parse gave.
      const e164s = destinations.map((d) => parsePhoneNumberFromString(d, 'US')?.number ?? '');
      const hours = () => {
        for (let i = 0; i < n; i++) {
          const e = e164s[i]!;
          if (e)
            sink += callingHoursConfirmation(on.outboundCallerId, e, e, NOW)?.message.length ?? 1;
        }
      };
      const parse = () => {
        for (let i = 0; i < n; i++) {
          const p = parsePhoneNumberFromString(destinations[i]!, 'US');
          sink += p ? p.number.length : 0;
        }
      };
      const fns = { withOptions, sevenSteps, hours, parse };
      const rounds: Record<keyof typeof fns, number[]> = {
        withOptions: [],
        sevenSteps: [],
        hours: [],
        parse: [],
      };
      for (const f of Object.values(fns)) medianMs(f, { runs: 1, warmup: 10 });
      // Short alternating rounds so that bursts of other work on the shared machine hit all alike.
      for (let round = 0; round < 41; round++) {
        for (const [k, f] of Object.entries(fns))
          rounds[k as keyof typeof fns].push(medianMs(f, { runs: 3, warmup: 0 }));
      }
      const m = Object.fromEntries(
        Object.entries(rounds).map(([k, v]) => [k, median(v)]),
      ) as Record<keyof typeof fns, number>;
      if (sink < 0) console.log(sink);
      rows.push({
        numbers: size.numbers,
        'all options (µs/call)': us(m.withOptions / n),
        'seven steps (µs/call)': us(m.sevenSteps / n),
        'calling-hours check (µs/call)': us(m.hours / n),
        'parse (µs/call)': us(m.parse / n),
        // The destinations analyzePhone reads without the library (North American ten digits).
        'fast-path share': r2(destinations.filter((d) => northAmericanFacts(d, 'US')).length / n),
        'ratio all options / parse': r2(m.withOptions / m.parse),
        'ratio (all options + check) / parse': r2((m.withOptions + m.hours) / m.parse),
      });
    }
    report('presence-selection', rows);
  });

  it('simulator throughput over 100,000 destinations vs a plain selectCallerId loop', () => {
    const size = SIZES[1]!;
    const rows: BenchRow[] = [];
    for (const presence of [false, true]) {
      const cfg = config(size, presence);
      const destinations = generateDestinations(5, 100_000);
      const text = destinations.join('\n');
      const context = { history: callLog(cfg, destinations), now: NOW };
      const agent = cfg.agents[0]!.id;
      let sink = 0;
      const loop = () => {
        for (const d of destinations) sink += selectCallerId(cfg, agent, d, context).rule.length;
      };
      const sim = () => {
        const out = runSimulation({ config: cfg, agent, text, context });
        sink += out.ok ? out.coverage.total : 0;
      };
      // What the options page's worker runs: the same, plus the rows encoded as columnar chunks
      // for the page and the CSV built slice by slice.
      const worker = () => {
        const out = simulateInChunks({ config: cfg, agent, text, context }, (chunk) => {
          sink += chunk.count;
        });
        sink += out.ok ? out.csv.length : 0;
      };
      loop();
      sim();
      worker();
      const loopRounds: number[] = [];
      const simRounds: number[] = [];
      const workerRounds: number[] = [];
      for (let round = 0; round < 3; round++) {
        loopRounds.push(medianMs(loop, { runs: 1, warmup: 0 }));
        simRounds.push(medianMs(sim, { runs: 1, warmup: 0 }));
        workerRounds.push(medianMs(worker, { runs: 1, warmup: 0 }));
      }
      if (sink < 0) console.log(sink);
      const loopMs = median(loopRounds);
      const simMs = median(simRounds);
      const workerMs = median(workerRounds);
      rows.push({
        options: presence ? 'all on' : 'all off',
        destinations: destinations.length,
        'plain loop (ms)': Math.round(loopMs),
        'simulator (ms)': Math.round(simMs),
        'plain loop (destinations/s)': Math.round(destinations.length / (loopMs / 1000)),
        'simulator (destinations/s)': Math.round(destinations.length / (simMs / 1000)),
        'ratio simulator / loop': r2(simMs / loopMs),
        "worker's run, chunks + CSV (ms)": Math.round(workerMs),
        "ratio worker's run / loop": r2(workerMs / loopMs),
      });
    }
    report('presence-simulator', rows);
  });
});
