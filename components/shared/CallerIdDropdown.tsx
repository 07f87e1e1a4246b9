/**
 * The outbound caller-ID control, the same on the popup, the side panel and the options preview.
 * Customized mode: a dropdown of "Default" (only when the admin offers it) and the agent's allowed
 * numbers. Automated mode: read-only, saying the best number is picked for each call. A fixed
 * number: shown as set by the admin. A saved choice that no longer applies is flagged with what is
 * used instead.
 */
import { useId } from 'preact/hooks';
import type { AccountNumber, CallerIdChoice } from '../../lib/caller-id/types';
import type { CallerIdDropdownModel, Fallback } from '../../lib/ui/caller-id-model';
import { describeNumber, numberSummary } from '../../lib/ui/format';
import { Icon } from './Icon';
import { ListboxSelect, type ListboxOption } from './ListboxSelect';
import { NumberLine } from './NumberLine';

export const DEFAULT_TEXT = 'Default';
export const DEFAULT_HINT = 'Ringside picks the best number for each call';

export type SaveState = 'idle' | 'saving' | 'saved' | { error: string };

export interface CallerIdDropdownProps {
  model: CallerIdDropdownModel;
  onChange: (choice: CallerIdChoice) => void;
  label?: string;
  save?: SaveState;
}

function DefaultLine() {
  return (
    <span class="number-line">
      <span class="number-line-top">
        <span class="number-label">{DEFAULT_TEXT}</span>
        <span class="badge badge-auto">Auto</span>
      </span>
      <span class="number-line-sub">{DEFAULT_HINT}</span>
    </span>
  );
}

function numberOption(n: AccountNumber): ListboxOption {
  return { value: n.id, text: numberSummary(n), content: <NumberLine number={n} /> };
}

/** The sentence after "no longer available": what calls use now. The hint keeps its capital R. */
function fallbackText(instead: Fallback): string {
  if (instead.kind === 'default') {
    return `Calls go out from Default until you pick another: ${DEFAULT_HINT}.`;
  }
  if (instead.kind === 'number') {
    const d = describeNumber(instead.number);
    const what = d.labelled
      ? `${d.label} (${d.display}, ${d.countryName})`
      : `${d.display} (${d.countryName})`;
    return `Calls go out from ${what} until you pick another.`;
  }
  return 'You have no other number to call from: ask your admin to add you to a ring group with a number.';
}

/** "London (+44 20 7946 0958)", or the number alone when it has no label. */
function savedName(n: AccountNumber): string {
  const d = describeNumber(n);
  return d.labelled ? `${d.label} (${d.display})` : d.display;
}

function SaveStatus({ save }: { save: SaveState }) {
  // Always rendered so screen readers hear the change (a live region must exist beforehand).
  const text =
    save === 'saving' ? 'Saving…' : save === 'saved' ? 'Saved' : save === 'idle' ? '' : save.error;
  const cls = typeof save === 'object' ? 'save-status error' : 'save-status';
  return (
    <span class={cls} role="status" aria-live="polite">
      {save === 'saved' && <Icon name="check" size={14} />}
      {text}
    </span>
  );
}

export function CallerIdDropdown({
  model,
  onChange,
  label = 'Outbound caller ID',
  save = 'idle',
}: CallerIdDropdownProps) {
  const id = useId();
  const labelId = `${id}-label`;
  const hintId = `${id}-hint`;
  const staleId = `${id}-stale`;

  if (model.kind === 'automated') {
    return (
      <div class="field caller-id caller-id-readonly">
        <span class="field-label" id={labelId}>
          {label}
        </span>
        <div class="readonly-box" role="group" aria-labelledby={labelId} aria-describedby={hintId}>
          <Icon name="zap" class="readonly-icon" />
          <span class="number-line">
            <span class="number-line-top">
              <span class="number-label">Automatic</span>
              <span class="badge badge-auto">Automated</span>
            </span>
            <span class="number-line-sub" id={hintId}>
              {DEFAULT_HINT}. Set by your admin.
            </span>
          </span>
        </div>
        {model.allowed.length > 0 && (
          <details class="allowed-list">
            <summary>Numbers it can use ({model.allowed.length})</summary>
            <ul>
              {model.allowed.map((n) => (
                <li key={n.id}>
                  <NumberLine number={n} />
                </li>
              ))}
            </ul>
          </details>
        )}
      </div>
    );
  }

  if (model.kind === 'fixed') {
    return (
      <div class="field caller-id caller-id-readonly">
        <span class="field-label" id={labelId}>
          {label}
        </span>
        <div class="readonly-box" role="group" aria-labelledby={labelId} aria-describedby={hintId}>
          <Icon name="pin" class="readonly-icon" />
          {model.number ? (
            <NumberLine number={model.number} />
          ) : (
            <span class="number-line-sub">The fixed number is missing from the account.</span>
          )}
        </div>
        <p class="hint" id={hintId}>
          Fixed number: your admin set this caller ID for all your calls.
        </p>
      </div>
    );
  }

  const options: ListboxOption[] = [
    ...(model.offerDefault
      ? [{ value: 'default', text: `${DEFAULT_TEXT}, ${DEFAULT_HINT}`, content: <DefaultLine /> }]
      : []),
    ...model.allowed.map(numberOption),
  ];
  const stale = model.stale;
  const describedBy = stale ? staleId : undefined;
  // "Saved" beside "no longer available" reads as a contradiction: the flag says what happens now.
  const shownSave = stale && save === 'saved' ? 'idle' : save;

  return (
    <div class="field caller-id">
      <div class="field-label-row">
        <span class="field-label" id={labelId}>
          {label}
        </span>
        <SaveStatus save={shownSave} />
      </div>
      {options.length === 0 ? (
        <div class="alert alert-warning" role="alert">
          <Icon name="warning" />
          <span>
            No caller ID is available to you. Ask your admin to add you to a ring group with a
            number.
          </span>
        </div>
      ) : (
        <ListboxSelect
          id={`${id}-combo`}
          labelId={labelId}
          options={options}
          value={model.selected}
          describedBy={describedBy}
          invalid={stale !== null}
          onChange={(value) =>
            onChange(
              value === 'default' ? { kind: 'default' } : { kind: 'number', numberId: value },
            )
          }
        />
      )}
      {stale && (
        <div class="alert alert-warning stale" id={staleId} data-testid="stale-choice">
          <Icon name="warning" />
          <span>
            {stale.chosenKind === 'default'
              ? 'Your saved choice, Default, is no longer offered by your admin.'
              : stale.chosen
                ? `Your saved number, ${savedName(stale.chosen)}, is no longer available to you.`
                : 'Your saved number was removed from the account.'}{' '}
            {fallbackText(stale.instead)}
          </span>
        </div>
      )}
    </div>
  );
}
