/**
 * The outbound caller-ID control, the same on the popup, the side panel and the options preview.
 * Customized mode: a dropdown of "Default" (only when the admin offers it) and the agent's allowed
 * numbers. Automated mode: read-only, saying the best number is picked for each call. A fixed
 * number: shown as set by the admin. A saved choice that no longer applies is flagged with what is
 * used instead.
 */
import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import type { AccountNumber, CallerIdChoice } from '../../lib/caller-id/types';
import type { CallerIdDropdownModel, Fallback } from '../../lib/ui/caller-id-model';
import { describeNumber, numberSummary } from '../../lib/ui/format';
import type * as NumberSearchModule from '../../lib/ui/number-search';
import type { NumberSearchKeys } from '../../lib/ui/number-search';
import { Icon } from './Icon';
import { FILTER_FROM, ListboxSelect, type ListboxOption } from './ListboxSelect';
import { NumberLine } from './NumberLine';

export const DEFAULT_TEXT = 'Default';
export const DEFAULT_HINT = 'Ringside picks the best number for each call';

const NO_NUMBERS: AccountNumber[] = [];

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
      <span class="number-line-sub wraps">{DEFAULT_HINT}</span>
    </span>
  );
}

function numberOption(n: AccountNumber): ListboxOption {
  // The line is built only for the options drawn: a list of 2,000 numbers draws about 15.
  return { value: n.id, text: numberSummary(n), content: () => <NumberLine number={n} /> };
}

type NumberSearch = typeof NumberSearchModule;

/**
 * The filter of a long list: numbers by label, digits, country, state or city
 * (lib/ui/number-search.ts), each number's search words worked out once, on the first search.
 * That module and its state and place tables load after the first paint, and only for a list long
 * enough to have a filter box; until they arrive the filter matches the options' text.
 */
function useNumberMatcher(allowed: AccountNumber[]) {
  const [search, setSearch] = useState<NumberSearch | null>(null);
  const long = allowed.length + 1 >= FILTER_FROM;
  useEffect(() => {
    if (!long || search) return;
    let live = true;
    import('../../lib/ui/number-search')
      .then((mod) => live && setSearch(mod))
      .catch((error: unknown) => console.error('Ringside: number search failed to load', error));
    return () => {
      live = false;
    };
  }, [long, search]);
  return useMemo(() => {
    const byId = new Map(allowed.map((n) => [n.id, n]));
    const keys = new Map<string, NumberSearchKeys>();
    return (option: ListboxOption, query: string) => {
      const n = byId.get(option.value);
      if (!search || !n) return option.text.toLowerCase().includes(query.trim().toLowerCase());
      let k = keys.get(n.id);
      if (!k) {
        k = search.numberSearchKeys({ number: n, ...describeNumber(n) });
        keys.set(n.id, k);
      }
      return search.matchesNumberQuery(k, query);
    };
  }, [allowed, search]);
}

/** The automated mode's list of numbers, drawn only once the agent opens it. */
function AllowedList({ allowed }: { allowed: AccountNumber[] }) {
  const [open, setOpen] = useState(false);
  return (
    <details
      class="allowed-list"
      onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>Numbers it can use ({allowed.length})</summary>
      {open && (
        <ul>
          {allowed.map((n) => (
            <li key={n.id}>
              <NumberLine number={n} />
            </li>
          ))}
        </ul>
      )}
    </details>
  );
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
  const customized = model.kind === 'customized';
  const allowed = customized ? model.allowed : NO_NUMBERS;
  const offerDefault = customized && model.offerDefault;
  const matches = useNumberMatcher(allowed);
  // "Default" stays first when offered, also in a filtered list when it matches.
  const options: ListboxOption[] = useMemo(
    () => [
      ...(offerDefault
        ? [{ value: 'default', text: `${DEFAULT_TEXT}, ${DEFAULT_HINT}`, content: <DefaultLine /> }]
        : []),
      ...allowed.map(numberOption),
    ],
    [offerDefault, allowed],
  );
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
        {model.allowed.length > 0 && <AllowedList allowed={model.allowed} />}
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
          filterLabel="Find a number by name, digits, state or city"
          filterPlaceholder="Find a number"
          matches={matches}
          noMatchText={(query) => `No number matches “${query}”.`}
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
