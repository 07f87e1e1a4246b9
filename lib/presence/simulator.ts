/**
 * The admin simulator: for each destination (and each agent, or one), the caller ID the rules
 * pick, the rule and the reason, plus a coverage summary: the share of calls per rule and the
 * area codes, states and countries where the agents have no local number, ranked by how many of
 * the destinations a number there would have served. Pure; the options page runs it in a Web
 * Worker (utils/simulator-worker.ts) in slices, reporting progress.
 */
import { english } from '../i18n/english';
import { libTranslator } from '../i18n/lib-translators';
import type { Language } from '../i18n/languages';
import { agentCandidates, configIndex } from '../caller-id/config-index';
import { countryName } from '../caller-id/reasons';
import { analyzeDestination, selectFor } from '../caller-id/select';
import type {
  AccountConfig,
  CallerIdRule,
  CallerIdSelection,
  SelectionContext,
} from '../caller-id/types';
import { parseDestinations } from './destinations';
import { ChunkEncoder, type SimChunk } from './sim-columns';

export interface SimRow {
  destination: string;
  agentId: string;
  e164: string;
  numberId: string;
  number: string;
  rule: CallerIdRule;
  reason: string;
}

export interface Gap {
  /** "415" (area code), "California", "Germany". */
  name: string;
  /** Key for tests and sorting: "1-415", "US-CA", "DE". */
  key: string;
  /** Destinations a local number there would have served (selected by a looser rule). */
  count: number;
}

export interface Coverage {
  total: number;
  /** Calls per rule, most used first. */
  rules: { rule: CallerIdRule; count: number; share: number }[];
  areaCodes: Gap[];
  states: Gap[];
  countries: Gap[];
  invalid: number;
}

/** Rules that serve a destination at area-code, state and country level (or finer). */
const AREA_LEVEL = new Set<CallerIdRule>(['area-code', 'same-place', 'contact-history']);
const STATE_LEVEL = new Set<CallerIdRule>([...AREA_LEVEL, 'state']);
const COUNTRY_LEVEL = new Set<CallerIdRule>([...STATE_LEVEL, 'time-zone', 'country']);

export class Simulation {
  /** Every row, unless the run hands each to `onRow` instead (the worker sends them on). */
  readonly rows: SimRow[] = [];
  private count = 0;
  private ruleCounts = new Map<CallerIdRule, number>();
  private areaGaps = new Map<string, Gap>();
  private stateGaps = new Map<string, Gap>();
  private countryGaps = new Map<string, Gap>();
  private invalid = 0;

  constructor(
    private readonly config: AccountConfig,
    private readonly agentIds: string[],
    private readonly context?: SelectionContext,
    private readonly onRow: (row: SimRow) => void = (row) => this.rows.push(row),
  ) {}

  /** All agents of the account, or the one asked for. */
  static agentsOf(config: AccountConfig, agentId: string | 'all'): string[] {
    return agentId === 'all' ? config.agents.map((a) => a.id) : [agentId];
  }

  /** Simulates one destination for every agent of the run. */
  add(destination: string): void {
    const index = configIndex(this.config);
    const d = analyzeDestination(this.config, destination);
    if (!d?.valid) this.invalid += this.agentIds.length;
    for (const agentId of this.agentIds) {
      const c = agentCandidates(index, agentId);
      const s = selectFor(index, c, agentId, d, this.context);
      this.record(destination, agentId, d, s);
    }
  }

  private record(
    destination: string,
    agentId: string,
    d: ReturnType<typeof analyzeDestination>,
    s: CallerIdSelection,
  ): void {
    this.count++;
    this.onRow({
      destination,
      agentId,
      e164: d?.valid ? d.e164 : '',
      numberId: s.number?.id ?? '',
      number: s.number?.number ?? '',
      rule: s.rule,
      reason: s.reason,
    });
    this.ruleCounts.set(s.rule, (this.ruleCounts.get(s.rule) ?? 0) + 1);
    if (!d?.valid) return;
    const bump = (map: Map<string, Gap>, key: string, name: string) => {
      const g = map.get(key);
      if (g) g.count++;
      else map.set(key, { key, name, count: 1 });
    };
    if (d.areaCode && !AREA_LEVEL.has(s.rule)) {
      bump(this.areaGaps, `${d.callingCode}-${d.areaCode}`, `+${d.callingCode} ${d.areaCode}`);
    }
    if (d.subdivision && !STATE_LEVEL.has(s.rule)) {
      bump(this.stateGaps, d.subdivision.key, d.subdivision.name);
    }
    if (!COUNTRY_LEVEL.has(s.rule)) bump(this.countryGaps, d.countryKey, countryName(d));
  }

  coverage(limit = 20): Coverage {
    const total = this.count;
    const ranked = (map: Map<string, Gap>) =>
      [...map.values()]
        .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key))
        .slice(0, limit);
    return {
      total,
      rules: [...this.ruleCounts]
        .map(([rule, count]) => ({ rule, count, share: total ? count / total : 0 }))
        .sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule)),
      areaCodes: ranked(this.areaGaps),
      states: ranked(this.stateGaps),
      countries: ranked(this.countryGaps),
      invalid: this.invalid,
    };
  }
}

const csvCell = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** The CSV's first line (its column names stay English: scripts read them). */
export const CSV_HEADER = 'destination,e164,agent,caller_id,caller_id_label,rule,reason\r\n';

/** Each number's label by its id, for the CSV's caller_id_label column. */
export const labelsOf = (config: AccountConfig): ReadonlyMap<string, string> =>
  new Map(config.numbers.map((n) => [n.id, n.label]));

/** Rows as CSV lines, each ending in CRLF: the CSV is its header then these, slice after slice. */
export function csvLines(rows: readonly SimRow[], labels: ReadonlyMap<string, string>): string {
  let out = '';
  for (const r of rows) {
    out +=
      [r.destination, r.e164, r.agentId, r.number, labels.get(r.numberId) ?? '', r.rule, r.reason]
        .map(csvCell)
        .join(',') + '\r\n';
  }
  return out;
}

/** The rows as CSV (RFC 4180, header first), for the admin's spreadsheet. */
export function toCsv(rows: readonly SimRow[], config: AccountConfig): string {
  return CSV_HEADER + csvLines(rows, labelsOf(config));
}

/** The rows one run may make (destinations × agents): beyond it, the admin picks one agent. */
export const MAX_ROWS = 1_000_000;

export interface SimRequest {
  config: AccountConfig;
  /** An agent id, or 'all'. */
  agent: string;
  /** Pasted or uploaded text: one number per line, or a CSV. */
  text: string;
  /** The CSV column holding the numbers, when the admin names it. */
  column?: string;
  context?: SelectionContext;
  /** The language of the reasons (a translator cannot cross into the worker; its name can). */
  language?: Language;
}

export type SimProgress = { done: number; total: number };

export type SimOutcome =
  | { ok: true; coverage: Coverage; preview: SimRow[]; rows: SimRow[]; column?: string }
  | { ok: false; error: string };

/** A run checked and ready: what the admin asked for, or what is wrong with it. */
type Prepared =
  | {
      ok: true;
      destinations: string[];
      agents: string[];
      context?: SelectionContext;
      column?: string;
    }
  | { ok: false; error: string };

/** Errors are for the admin: an unknown agent, no destinations, too many rows. */
function prepare(req: SimRequest): Prepared {
  const { config } = req;
  // The refusals and the reasons speak the page's language (English when none is named).
  const tr = req.language ? libTranslator(req.language) : english;
  if (req.agent !== 'all' && !config.agents.some((a) => a.id === req.agent)) {
    return { ok: false, error: tr.t('reasons.simulator.noAgent', { agent: req.agent }) };
  }
  const parsed = parseDestinations(req.text, req.column, tr);
  if (parsed.error) return { ok: false, error: parsed.error };
  const total = parsed.destinations.length;
  if (total === 0) return { ok: false, error: tr.t('reasons.simulator.noNumbers') };
  const agents = Simulation.agentsOf(config, req.agent);
  if (agents.length === 0) return { ok: false, error: tr.t('reasons.simulator.noAgents') };
  if (total * agents.length > MAX_ROWS) {
    return {
      ok: false,
      error: tr.t('reasons.simulator.tooManyRows', {
        numbers: total,
        agents: agents.length,
        max: MAX_ROWS,
      }),
    };
  }
  const context = req.language ? { ...req.context, translator: tr } : req.context;
  return {
    ok: true,
    destinations: parsed.destinations,
    agents,
    ...(context ? { context } : {}),
    ...(parsed.column ? { column: parsed.column } : {}),
  };
}

/**
 * One simulator run, with progress every `every` destinations. Errors are for the admin: an
 * unknown agent, no destinations, too many rows.
 */
export function runSimulation(
  req: SimRequest,
  onProgress: (p: SimProgress) => void = () => {},
  every = 2000,
): SimOutcome {
  const ready = prepare(req);
  if (!ready.ok) return ready;
  const { destinations } = ready;
  const total = destinations.length;
  const sim = new Simulation(req.config, ready.agents, ready.context);
  for (let i = 0; i < total; i++) {
    sim.add(destinations[i]!);
    if ((i + 1) % every === 0) onProgress({ done: i + 1, total });
  }
  onProgress({ done: total, total });
  return {
    ok: true,
    coverage: sim.coverage(),
    preview: sim.rows.slice(0, 100),
    rows: sim.rows,
    ...(ready.column ? { column: ready.column } : {}),
  };
}

export type ChunkedOutcome =
  { ok: true; coverage: Coverage; csv: string[]; column?: string } | { ok: false; error: string };

/**
 * The run the options page's worker makes: the rows leave in chunks of about `chunkRows`
 * (columns, see sim-columns.ts) with the progress, and the CSV is built here slice by slice (its
 * parts become one Blob), so the page never holds, copies or collects every row as an object.
 */
export function simulateInChunks(
  req: SimRequest,
  onChunk: (chunk: SimChunk, progress: SimProgress) => void,
  chunkRows = 2500,
): ChunkedOutcome {
  const ready = prepare(req);
  if (!ready.ok) return ready;
  const { destinations } = ready;
  const total = destinations.length;
  const encoder = new ChunkEncoder();
  const labels = labelsOf(req.config);
  const csv = [CSV_HEADER];
  const sim = new Simulation(req.config, ready.agents, ready.context, (row) => encoder.push(row));
  const flush = (done: number) => {
    const { chunk, rows } = encoder.flush();
    csv.push(csvLines(rows, labels));
    onChunk(chunk, { done, total });
  };
  for (let i = 0; i < total; i++) {
    sim.add(destinations[i]!);
    if (encoder.size >= chunkRows) flush(i + 1);
  }
  if (encoder.size > 0) flush(total);
  return {
    ok: true,
    coverage: sim.coverage(),
    csv,
    ...(ready.column ? { column: ready.column } : {}),
  };
}
