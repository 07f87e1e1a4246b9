/**
 * On the options page: the caller-ID control exactly as a chosen agent would see it with the
 * settings being edited. Picking here only tries it out; it saves nothing.
 */
import { useState } from 'preact/hooks';
import { allowedCallerIds, effectiveCallerIdSettings } from '../../lib/caller-id/index';
import type { AccountConfig, CallerIdChoice } from '../../lib/caller-id/types';
import { searchChoices } from '../../lib/ui/table-query';
import { buildDropdownModel } from '../../lib/ui/caller-id-model';
import { CallerIdDropdown } from '../shared/CallerIdDropdown';
import { SearchableSelect } from './SearchableSelect';

export function CallerIdPreview({ config }: { config: AccountConfig | null }) {
  const [agentId, setAgentId] = useState<string>('');
  const [choice, setChoice] = useState<CallerIdChoice | null>(null);
  if (!config || config.agents.length === 0) {
    return (
      <div class="preview-panel">
        <p class="hint">
          {config
            ? 'Add an agent to preview.'
            : 'The preview comes back once the problems listed above are fixed.'}
        </p>
      </div>
    );
  }
  const agent = config.agents.find((a) => a.id === agentId) ?? config.agents[0]!;
  const model = buildDropdownModel({
    settings: effectiveCallerIdSettings(config, agent.id),
    allowed: allowedCallerIds(config, agent.id),
    numbers: config.numbers,
    choice,
  });
  return (
    <div class="preview-panel">
      <div class="preview-panel-head">
        <label class="field-label" for="preview-agent">
          Preview as
        </label>
        {/* With thousands of agents, a search field narrows the list (SearchableSelect). */}
        <SearchableSelect
          id="preview-agent"
          class="select input-sm"
          label="Preview as"
          value={agent.id}
          count={config.agents.length}
          what="agents"
          chosen={{ value: agent.id, label: agent.name || agent.id }}
          search={(q, limit) => searchChoices(config.agents, q, limit, (a) => a.name || a.id)}
          onPick={(id) => {
            setAgentId(id);
            setChoice(null);
          }}
        />
      </div>
      <CallerIdDropdown
        model={model}
        onChange={setChoice}
        label={`What ${agent.name || agent.id} sees`}
      />
    </div>
  );
}
