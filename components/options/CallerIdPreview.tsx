/**
 * On the options page: the caller-ID control exactly as a chosen agent would see it with the
 * settings being edited. It starts from the agent's saved choice when this computer keeps it, and
 * says what it assumes when it does not (lib/ui/preview-note.ts). Picking here only tries it out;
 * it saves nothing.
 */
import { useEffect, useState } from 'preact/hooks';
import { allowedCallerIds, effectiveCallerIdSettings } from '../../lib/caller-id/index';
import { prepareConfigIndex } from '../../lib/caller-id/config-index';
import type { AccountConfig, CallerIdChoice } from '../../lib/caller-id/types';
import { searchChoices } from '../../lib/ui/table-query';
import { buildDropdownModel } from '../../lib/ui/caller-id-model';
import { previewNote } from '../../lib/ui/preview-note';
import { CallerIdDropdown } from '../shared/CallerIdDropdown';
import { t, translator } from '../../utils/i18n';
import { SearchableSelect } from './SearchableSelect';

export interface CallerIdPreviewProps {
  config: AccountConfig | null;
  /** The agents' saved caller-ID choices kept on this computer, by agent id. */
  savedChoices?: ReadonlyMap<string, CallerIdChoice>;
}

/** Above this many numbers the selection index is built apart, in slices (see below). */
export const INDEX_APART_FROM = 500;

/** A macrotask: the page handles input and draws between two slices of the index build. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Thrown into an index build whose config is no longer shown. */
class Abandoned extends Error {}

export function CallerIdPreview({ config, savedChoices }: CallerIdPreviewProps) {
  const [agentId, setAgentId] = useState<string>('');
  const [tried, setTried] = useState<CallerIdChoice | null>(null);
  // A large account's selection index (every number's facts) is built after the task that
  // rendered the newly valid draft, in slices of 8 ms with a macrotask between them: in one task
  // it took 20-50 ms at 10,000 numbers, after every edit. An edit that makes a newer config
  // abandons the older build (its result is not shown).
  const large = (config?.numbers.length ?? 0) > INDEX_APART_FROM;
  const [indexed, setIndexed] = useState<AccountConfig | null>(null);
  useEffect(() => {
    if (!config || !large) return;
    let gone = false;
    void prepareConfigIndex(config, {
      pause: async () => {
        await pause();
        if (gone) throw new Abandoned();
      },
    }).then(
      () => {
        if (!gone) setIndexed(config);
      },
      (error: unknown) => {
        if (!(error instanceof Abandoned)) throw error;
      },
    );
    return () => {
      gone = true;
    };
  }, [config, large]);
  if (config && large && indexed !== config) {
    return (
      <div class="preview-panel">
        <p class="hint">{t('options.preview.preparing')}</p>
      </div>
    );
  }
  if (!config || config.agents.length === 0) {
    return (
      <div class="preview-panel">
        <p class="hint">{config ? t('options.preview.noAgent') : t('options.preview.invalid')}</p>
      </div>
    );
  }
  const agent = config.agents.find((a) => a.id === agentId) ?? config.agents[0]!;
  const name = agent.name || agent.id;
  const saved = savedChoices?.get(agent.id) ?? null;
  const model = buildDropdownModel({
    settings: effectiveCallerIdSettings(config, agent.id),
    allowed: allowedCallerIds(config, agent.id),
    numbers: config.numbers,
    choice: tried ?? saved,
  });
  const note = previewNote(
    { agentName: name, model, saved: saved !== null, trying: !!tried },
    translator.value,
  );
  return (
    <div class="preview-panel">
      <div class="preview-panel-head">
        <label class="field-label" for="preview-agent">
          {t('options.preview.as')}
        </label>
        {/* With thousands of agents, a search field narrows the list (SearchableSelect). */}
        <SearchableSelect
          id="preview-agent"
          class="select input-sm"
          label={t('options.preview.as')}
          value={agent.id}
          count={config.agents.length}
          what="agents"
          chosen={{ value: agent.id, label: agent.name || agent.id }}
          search={(q, limit) => searchChoices(config.agents, q, limit, (a) => a.name || a.id)}
          onPick={(id) => {
            setAgentId(id);
            setTried(null);
          }}
        />
      </div>
      <CallerIdDropdown
        model={model}
        onChange={setTried}
        label={t('options.preview.sees', { name })}
      />
      {note && (
        <p class="hint" data-testid="preview-note">
          {note}
        </p>
      )}
    </div>
  );
}
