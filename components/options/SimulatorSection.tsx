/**
 * The admin simulator: paste or upload destinations, pick an agent or all, and see the caller ID
 * each call would get, with the rule and the reason, a coverage summary and a CSV of every row.
 * It simulates the draft being edited (when valid), so an admin sees a change before saving it.
 */
import { useState } from 'preact/hooks';
import type { AccountConfig, CallHistoryEntry } from '../../lib/caller-id/types';
import type { Coverage, Gap } from '../../lib/presence/simulator';
import { t, translator } from '../../utils/i18n';
import { Icon } from '../shared/Icon';
import { Section } from './Section';
import { SearchableSelect } from './SearchableSelect';
import { SimulationRows } from './SimulationRows';
import { SimulatorProgress } from './SimulatorProgress';
import { countLines } from '../../lib/presence/line-count';
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

/** A share as the page's language writes it: "12%", "12 %", one decimal under 10%. */
const percent = (share: number) =>
  translator.value.number(share, {
    style: 'percent',
    maximumFractionDigits: share < 0.1 ? 1 : 0,
    minimumFractionDigits: share < 0.1 ? 1 : 0,
  });

function GapList({ title, gaps, countries }: { title: string; gaps: Gap[]; countries?: boolean }) {
  const { country } = translator.value;
  return (
    <div class="sim-gaps">
      <h4>{title}</h4>
      {gaps.length === 0 ? (
        <p class="hint">{t('options.sim.gaps.none')}</p>
      ) : (
        <ol>
          {gaps.map((g) => (
            <li key={g.key}>
              {/* A country's key is its ISO code ("+888" for a code with no country). */}
              {countries && !g.key.startsWith('+') ? country(g.key) : g.name}{' '}
              <span class="hint">{t('options.sim.gaps.calls', { count: g.count })}</span>
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
      <h3>{t('options.sim.coverage')}</h3>
      <table class="table sim-rules">
        <caption class="visually-hidden">{t('options.sim.coverage.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('options.sim.col.rule')}</th>
            <th scope="col">{t('options.sim.coverage.calls')}</th>
            <th scope="col">{t('options.sim.coverage.share')}</th>
          </tr>
        </thead>
        <tbody>
          {coverage.rules.map((r) => (
            <tr key={r.rule}>
              <td>
                <code>{r.rule}</code>
              </td>
              <td>{translator.value.number(r.count)}</td>
              <td>{percent(r.share)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="hint">{t('options.sim.gaps.intro')}</p>
      <div class="sim-gap-lists">
        <GapList title={t('options.sim.gaps.areaCodes')} gaps={coverage.areaCodes} />
        <GapList title={t('options.sim.gaps.states')} gaps={coverage.states} />
        <GapList title={t('options.sim.gaps.countries')} gaps={coverage.countries} countries />
      </div>
    </div>
  );
}

export function SimulatorSection({ config, history, createWorker }: SimulatorSectionProps) {
  const [text, setText] = useState('');
  const [column, setColumn] = useState('');
  const [agent, setAgent] = useState('all');
  // An uploaded file stays out of the text box, and out of the page: the worker reads and splits
  // it (the page only counts its lines, slice by slice, for the note). A box holding 100,000
  // lines would make every re-render of this section copy megabytes on the main thread.
  const [file, setFile] = useState<{ name: string; blob: Blob; lines: number } | null>(null);
  const { state, progress, run } = useSimulator(createWorker);
  const running = state.kind === 'running';

  const upload = async (picked: File | undefined) => {
    if (!picked) return;
    setFile({ name: picked.name, blob: picked, lines: await countLines(picked) });
  };
  const empty = file ? file.blob.size === 0 : text.trim() === '';

  return (
    <Section
      id="simulator"
      title={t('options.sim.title')}
      description={t('options.sim.description')}
    >
      <div class="sim-form">
        <label class="field">
          <span class="field-label">{t('options.sim.input')}</span>
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
            {t('options.sim.upload')}
            <input
              type="file"
              accept=".csv,.txt,text/csv,text/plain"
              onChange={(e) => void upload(e.currentTarget.files?.[0])}
            />
          </label>
          <span class="hint" role="status">
            {file && t('options.sim.loaded', { file: file.name, count: file.lines })}
          </span>
        </div>
        <div class="sim-row">
          <label class="field-inline">
            {t('options.sim.column')}
            <input
              class="input"
              type="text"
              value={column}
              placeholder="phone"
              onInput={(e) => setColumn(e.currentTarget.value)}
            />
          </label>
          <label class="field-inline">
            {t('options.sim.agent')}
            {/* Thousands of agents: a search field narrows the list (SearchableSelect), so the
                section never draws 2,000 options when the account becomes valid. */}
            <SearchableSelect
              class="select"
              label={t('options.sim.agent')}
              value={agent === 'all' ? '' : agent}
              count={config?.agents.length ?? 0}
              none={t('options.sim.allAgents')}
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
            disabled={!config || running || empty}
            onClick={() =>
              config &&
              run({
                config,
                agent,
                ...(file ? { file: file.blob } : { text }),
                ...(column.trim() ? { column: column.trim() } : {}),
                context: { history: history ? [...history] : undefined, now: Date.now() },
              })
            }
          >
            {t('options.sim.run')}
          </button>
        </div>
        {!config && <p class="hint">{t('options.sim.invalid')}</p>}
      </div>

      {running && <SimulatorProgress progress={progress} />}
      {state.kind === 'error' && (
        <div class="alert alert-error" role="alert">
          <Icon name="error" />
          <span>{state.error}</span>
        </div>
      )}
      {state.kind === 'done' && (
        <div class="sim-result">
          <p role="status" data-testid="sim-status" data-ms={Math.round(state.ms)}>
            {state.column
              ? t('options.sim.doneColumn', {
                  count: state.coverage.total,
                  column: state.column,
                })
              : t('options.sim.done', { count: state.coverage.total })}{' '}
            <a class="btn btn-secondary" href={state.csvUrl} download="ringside-simulation.csv">
              {t('options.sim.download')}
            </a>
          </p>
          <CoverageSummary coverage={state.coverage} />
          <SimulationRows table={state.table} />
        </div>
      )}
    </Section>
  );
}
