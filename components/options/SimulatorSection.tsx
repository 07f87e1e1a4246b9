/**
 * The admin simulator: paste or upload destinations, pick an agent or all, and see the caller ID
 * each call would get, with the rule and the reason, a coverage summary and a CSV of every row.
 * It simulates the draft being edited (when valid), so an admin sees a change before saving it.
 */
import { useState } from 'preact/hooks';
import type { AccountConfig, CallHistoryEntry } from '../../lib/caller-id/types';
import type { Coverage, Gap } from '../../lib/presence/simulator';
import { Icon } from '../shared/Icon';
import { Section } from './Section';
import { SearchableSelect } from './SearchableSelect';
import { SimulationRows } from './SimulationRows';
import { searchChoices } from '../../lib/ui/table-query';
import { useSimulator, type WorkerFactory } from './hooks/useSimulator';

export interface SimulatorSectionProps {
  /** The account to simulate (the valid draft), or null while the draft has problems. */
  config: AccountConfig | null;
  /** The local call log, for contact history and share the load. */
  history?: readonly CallHistoryEntry[];
  createWorker?: WorkerFactory;
}

const chosenAgent = (config: AccountConfig | null, id: string) => {
  const a = id === 'all' ? undefined : config?.agents.find((x) => x.id === id);
  return a ? { value: a.id, label: a.name || a.id } : null;
};

const percent = (share: number) => `${(share * 100).toFixed(share < 0.1 ? 1 : 0)}%`;

function GapList({ title, gaps }: { title: string; gaps: Gap[] }) {
  return (
    <div class="sim-gaps">
      <h4>{title}</h4>
      {gaps.length === 0 ? (
        <p class="hint">None: every call here got a local number.</p>
      ) : (
        <ol>
          {gaps.map((g) => (
            <li key={g.key}>
              {g.name} <span class="hint">({g.count.toLocaleString('en-US')} calls)</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function CoverageSummary({ coverage }: { coverage: Coverage }) {
  return (
    <div class="sim-summary" data-testid="sim-summary">
      <h3>Coverage</h3>
      <table class="table sim-rules">
        <caption class="visually-hidden">Calls per rule</caption>
        <thead>
          <tr>
            <th scope="col">Rule</th>
            <th scope="col">Calls</th>
            <th scope="col">Share</th>
          </tr>
        </thead>
        <tbody>
          {coverage.rules.map((r) => (
            <tr key={r.rule}>
              <td>
                <code>{r.rule}</code>
              </td>
              <td>{r.count.toLocaleString('en-US')}</td>
              <td>{percent(r.share)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="hint">
        Where a local number is missing, ranked by how many of these calls a number there would have
        served:
      </p>
      <div class="sim-gap-lists">
        <GapList title="Area codes" gaps={coverage.areaCodes} />
        <GapList title="States and provinces" gaps={coverage.states} />
        <GapList title="Countries" gaps={coverage.countries} />
      </div>
    </div>
  );
}

export function SimulatorSection({ config, history, createWorker }: SimulatorSectionProps) {
  const [text, setText] = useState('');
  const [column, setColumn] = useState('');
  const [agent, setAgent] = useState('all');
  // An uploaded file stays out of the text box: a box holding 100,000 lines would make every
  // re-render of this section (one per progress step) copy megabytes on the main thread.
  const [file, setFile] = useState<{ name: string; text: string; lines: number } | null>(null);
  const { state, run } = useSimulator(createWorker);
  const running = state.kind === 'running';

  const upload = async (picked: File | undefined) => {
    if (!picked) return;
    const content = await picked.text();
    let lines = 0;
    for (let i = content.indexOf('\n'); i >= 0; i = content.indexOf('\n', i + 1)) lines++;
    if (content && !content.endsWith('\n')) lines++;
    setFile({ name: picked.name, text: content, lines });
  };
  const input = file?.text ?? text;

  return (
    <Section
      id="simulator"
      title="Simulator"
      description="See which caller ID your agents’ calls would show, before you buy numbers or change a rule. It uses the settings above, saved or not."
    >
      <div class="sim-form">
        <label class="field">
          <span class="field-label">Numbers to call (one per line, or a CSV)</span>
          <textarea
            rows={6}
            value={text}
            onInput={(e) => {
              setText(e.currentTarget.value);
              setFile(null); // typing means the admin wants the typed numbers
            }}
            placeholder={'+1 415 555 0199\n(646) 555-0100'}
          />
        </label>
        <div class="sim-row">
          <label class="field-inline">
            Upload a file
            <input
              type="file"
              accept=".csv,.txt,text/csv,text/plain"
              onChange={(e) => void upload(e.currentTarget.files?.[0])}
            />
          </label>
          <span class="hint" role="status">
            {file &&
              `${file.name} loaded (${file.lines.toLocaleString('en-US')} lines); it is simulated instead of the text box.`}
          </span>
        </div>
        <div class="sim-row">
          <label class="field-inline">
            CSV column (optional)
            <input
              class="input"
              type="text"
              value={column}
              placeholder="phone"
              onInput={(e) => setColumn(e.currentTarget.value)}
            />
          </label>
          <label class="field-inline">
            Agent
            {/* Thousands of agents: a search field narrows the list (SearchableSelect), so the
                section never draws 2,000 options when the account becomes valid. */}
            <SearchableSelect
              class="select"
              label="Agent"
              value={agent === 'all' ? '' : agent}
              count={config?.agents.length ?? 0}
              none="All agents"
              what="agents"
              chosen={chosenAgent(config, agent)}
              search={(q, limit) =>
                config ? searchChoices(config.agents, q, limit, (a) => a.name || a.id) : []
              }
              onPick={(id) => setAgent(id || 'all')}
            />
          </label>
          <button
            type="button"
            class="btn btn-primary"
            disabled={!config || running || input.trim() === ''}
            onClick={() =>
              config &&
              run({
                config,
                agent,
                text: input,
                ...(column.trim() ? { column: column.trim() } : {}),
                context: { history: history ? [...history] : undefined, now: Date.now() },
              })
            }
          >
            Simulate
          </button>
        </div>
        {!config && (
          <p class="hint">Fix the problems listed above to simulate the edited account.</p>
        )}
      </div>

      {running && (
        <div class="sim-progress">
          <progress max={state.total || 1} value={state.done} aria-label="Simulation progress" />
          <span class="hint" role="status">
            {state.total
              ? `${state.done.toLocaleString('en-US')} of ${state.total.toLocaleString('en-US')} numbers`
              : 'Starting…'}
          </span>
        </div>
      )}
      {state.kind === 'error' && (
        <div class="alert alert-error" role="alert">
          <Icon name="error" />
          <span>{state.error}</span>
        </div>
      )}
      {state.kind === 'done' && (
        <div class="sim-result">
          <p role="status" data-testid="sim-status" data-ms={Math.round(state.ms)}>
            {state.coverage.total.toLocaleString('en-US')} calls simulated
            {state.column ? ` (CSV column “${state.column}”)` : ''}.{' '}
            <a class="btn btn-secondary" href={state.csvUrl} download="ringside-simulation.csv">
              Download CSV
            </a>
          </p>
          <CoverageSummary coverage={state.coverage} />
          <SimulationRows rows={state.preview} total={state.coverage.total} />
        </div>
      )}
    </Section>
  );
}
