/**
 * Caller-ID selection speed against the parse it cannot avoid.
 *
 * For accounts of 10, 1,000 and 10,000 numbers (500 ring groups and 2,000 agents at the largest),
 * generated deterministically, it times `selectCallerId` over a fixed set of 240 realistic
 * destinations (national, international, 00-prefixed, with extensions, toll-free, a few
 * unreadable) and, as the baseline, libphonenumber-js (the same /max metadata) parsing the same
 * set. Destinations vary call to call and nothing caches a destination's analysis, so the ratio
 * is selection's real overhead. Agents rotate; each agent's candidates are built on its first
 * call and reused after; building them for every agent at once is reported separately, as is
 * validating the document (parseAccountConfig, once per sync, single run).
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, it } from 'vitest';
import { parseAccountConfig, selectCallerId } from '../lib/caller-id';
import type { AccountConfig } from '../lib/caller-id';
import {
  agentCandidates,
  buildAgentCandidates,
  buildConfigIndex,
  configIndex,
} from '../lib/caller-id/config-index';
import { generateAccount, generateDestinations } from '../tests/unit/lib/caller-id/generate';
import { medianMs, report, type BenchRow } from './measure';

const SIZES = [
  { numbers: 10, ringGroups: 3, agents: 5 },
  { numbers: 1_000, ringGroups: 50, agents: 200 },
  { numbers: 10_000, ringGroups: 500, agents: 2_000 },
];

function accountOf(size: (typeof SIZES)[number]): { config: AccountConfig; validateMs: number } {
  const doc = generateAccount({ seed: 7, ...size });
  const start = performance.now();
  const result = parseAccountConfig(doc);
  const validateMs = performance.now() - start;
  if (!result.ok)
    throw new Error(`generated account rejected: ${result.errors.slice(0, 3).join('; ')}`);
  return { config: result.config, validateMs };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const us = (ms: number) => Math.round(ms * 1000 * 100) / 100;

describe('caller-id selection', () => {
  it('reports select vs parse medians and index build time', () => {
    const destinations = generateDestinations(11, 240);
    const rows: BenchRow[] = [];
    for (const size of SIZES) {
      const { config, validateMs } = accountOf(size);
      const agentIds = config.agents.map((a) => a.id);
      const n = destinations.length;
      // Same loop shape for both: the only difference is what is called per destination.
      // Many short alternating rounds (3 passes each) so that drift and bursts of other work on
      // the shared machine hit both alike; with 5 long rounds a burst during one side's round
      // swung the ratio between 1.1 and 3.9 from one run to the next on a loaded 2-core box.
      let sink = 0;
      const select = () => {
        for (let i = 0; i < n; i++) {
          const s = selectCallerId(config, agentIds[(i * 7) % agentIds.length]!, destinations[i]!);
          sink += s.reason.length;
        }
      };
      const parse = () => {
        for (let i = 0; i < n; i++) {
          const p = parsePhoneNumberFromString(destinations[i]!, config.account.defaultCountry);
          sink += p ? p.number.length : 0;
        }
      };
      const selectRounds: number[] = [];
      const parseRounds: number[] = [];
      medianMs(select, { runs: 1, warmup: 10 });
      medianMs(parse, { runs: 1, warmup: 10 });
      for (let round = 0; round < 61; round++) {
        selectRounds.push(medianMs(select, { runs: 3, warmup: 0 }));
        parseRounds.push(medianMs(parse, { runs: 3, warmup: 0 }));
      }
      const selectMs = median(selectRounds);
      const parseMs = median(parseRounds);
      const buildMs = medianMs(() => buildConfigIndex(config), { runs: 11, warmup: 2 });
      const index = configIndex(config);
      const agentsMs = medianMs(
        () => {
          for (const id of agentIds) buildAgentCandidates(index, id);
        },
        { runs: 5, warmup: 1 },
      );
      for (const id of agentIds) agentCandidates(index, id);
      if (sink < 0) console.log(sink); // keep the results alive
      rows.push({
        numbers: size.numbers,
        ringGroups: size.ringGroups,
        agents: size.agents,
        'select median (µs/call)': us(selectMs / n),
        'parse median (µs/call)': us(parseMs / n),
        ratio: Math.round((selectMs / parseMs) * 100) / 100,
        'index build (ms)': Math.round(buildMs * 10) / 10,
        'all agents’ candidates (ms)': Math.round(agentsMs * 10) / 10,
        'parseAccountConfig, once (ms)': Math.round(validateMs),
      });
    }
    report('caller-id', rows);
  });
});
