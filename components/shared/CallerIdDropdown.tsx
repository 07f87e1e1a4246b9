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
import type { Translator } from '../../lib/i18n/translator';
import { describeNumber, numberSummary } from '../../lib/ui/format';
import type * as NumberSearchModule from '../../lib/ui/number-search';
import type { NumberSearchKeys } from '../../lib/ui/number-search';
import { t, translator } from '../../utils/i18n';
import { Icon } from './Icon';
import { FILTER_FROM, ListboxSelect, type ListboxOption } from './ListboxSelect';
import { NumberLine } from './NumberLine';

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
        <span class="number-label">{t('common.callerId.default')}</span>
        <span class="badge badge-auto">{t('common.callerId.autoBadge')}</span>
      </span>
      <span class="number-line-sub wraps">{t('common.callerId.defaultHint')}</span>
    </span>
  );
}

/**
 * One number of the list. The line is built only for the options drawn (a list of 2,000 numbers
 * draws about 15), and the text when first read (a drawn option's name, type-ahead, the filter),
 * not for every number before the popup's first frame, whose closed dropdown shows only the
 * selection. A class, so its getter and method are shared: 2,000 object literals with their own
 * getter and closure were a visible part of that frame.
 */
class NumberOption implements ListboxOption {
  readonly value: string;
  #text: string | undefined;

  constructor(
    readonly number: AccountNumber,
    private readonly tr: Translator,
  ) {
    this.value = number.id;
  }

  get text(): string {
    return (this.#text ??= numberSummary(this.number, this.tr));
  }

  content() {
    return <NumberLine number={this.number} />;
  }
}

type NumberSearch = typeof NumberSearchModule;

/**
 * The filter of a long list: numbers by label, digits, country, state or city
 * (lib/ui/number-search.ts), each number's search words worked out once, on the first search.
 * That module and its state and place tables load after the first paint, and only for a list long
 * enough to have a filter box; until they arrive the filter matches the options' text.
 */
function useNumberMatcher(count: number, tr: Translator) {
  const [search, setSearch] = useState<NumberSearch | null>(null);
  const long = count + 1 >= FILTER_FROM;
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
    const keys = new Map<string, NumberSearchKeys>();
    return (option: ListboxOption, query: string) => {
      const n = option instanceof NumberOption ? option.number : undefined;
      if (!search || !n) return option.text.toLowerCase().includes(query.trim().toLowerCase());
      let k = keys.get(n.id);
      if (!k) {
        k = search.numberSearchKeys({ number: n, ...describeNumber(n, tr) });
        keys.set(n.id, k);
      }
      return search.matchesNumberQuery(k, query);
    };
  }, [search, tr]);
}

/** The automated mode's list of numbers, drawn only once the agent opens it. */
function AllowedList({ allowed }: { allowed: AccountNumber[] }) {
  const [open, setOpen] = useState(false);
  return (
    <details
      class="allowed-list"
      onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>{t('common.callerId.allowedList', { count: allowed.length })}</summary>
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

/** The sentence after "no longer available": what calls use now. */
function fallbackText(instead: Fallback, tr: Translator): string {
  if (instead.kind === 'default') return tr.t('common.callerId.fallbackDefault');
  if (instead.kind === 'number') {
    const d = describeNumber(instead.number, tr);
    return d.labelled
      ? tr.t('common.callerId.fallbackLabelled', {
          label: d.label,
          number: d.display,
          country: d.countryName,
        })
      : tr.t('common.callerId.fallbackNumber', { number: d.display, country: d.countryName });
  }
  return tr.t('common.callerId.fallbackNone');
}

type Stale = NonNullable<Extract<CallerIdDropdownModel, { kind: 'customized' }>['stale']>;

/** What the stale flag says about the saved choice ("London (+44 20 7946 0958)" by name). */
function staleText(stale: Stale, tr: Translator): string {
  if (stale.chosenKind === 'default') return tr.t('common.callerId.staleDefault');
  if (!stale.chosen) return tr.t('common.callerId.staleRemoved');
  const d = describeNumber(stale.chosen, tr);
  return d.labelled
    ? tr.t('common.callerId.staleLabelled', { label: d.label, number: d.display })
    : tr.t('common.callerId.staleNumber', { number: d.display });
}

function SaveStatus({ save }: { save: SaveState }) {
  // Always rendered so screen readers hear the change (a live region must exist beforehand).
  const text =
    save === 'saving'
      ? t('common.action.saving')
      : save === 'saved'
        ? t('common.callerId.saved')
        : save === 'idle'
          ? ''
          : save.error;
  const cls = typeof save === 'object' ? 'save-status error' : 'save-status';
  return (
    <span class={cls} role="status" aria-live="polite">
      {save === 'saved' && <Icon name="check" size={14} />}
      {text}
    </span>
  );
}

export function CallerIdDropdown({ model, onChange, label, save = 'idle' }: CallerIdDropdownProps) {
  const id = useId();
  const tr = translator.value;
  const customized = model.kind === 'customized';
  const allowed = customized ? model.allowed : NO_NUMBERS;
  const offerDefault = customized && model.offerDefault;
  const matches = useNumberMatcher(allowed.length, tr);
  const shownLabel = label ?? tr.t('common.callerId.label');
  // "Default" stays first when offered, also in a filtered list when it matches.
  const options: ListboxOption[] = useMemo(() => {
    const list: ListboxOption[] = [];
    if (offerDefault) {
      list.push({
        value: 'default',
        text: tr.t('common.callerId.defaultOption'),
        content: <DefaultLine />,
      });
    }
    for (const n of allowed) list.push(new NumberOption(n, tr));
    return list;
  }, [offerDefault, allowed, tr]);
  const labelId = `${id}-label`;
  const hintId = `${id}-hint`;
  const staleId = `${id}-stale`;

  if (model.kind === 'automated') {
    return (
      <div class="field caller-id caller-id-readonly">
        <span class="field-label" id={labelId}>
          {shownLabel}
        </span>
        <div class="readonly-box" role="group" aria-labelledby={labelId} aria-describedby={hintId}>
          <Icon name="zap" class="readonly-icon" />
          <span class="number-line">
            <span class="number-line-top">
              <span class="number-label">{t('common.callerId.automatic')}</span>
              <span class="badge badge-auto">{t('common.callerId.automatedBadge')}</span>
            </span>
            <span class="number-line-sub" id={hintId}>
              {t('common.callerId.automatedHint')}
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
          {shownLabel}
        </span>
        <div class="readonly-box" role="group" aria-labelledby={labelId} aria-describedby={hintId}>
          <Icon name="pin" class="readonly-icon" />
          {model.number ? (
            <NumberLine number={model.number} />
          ) : (
            <span class="number-line-sub">{t('common.callerId.fixedMissing')}</span>
          )}
        </div>
        <p class="hint" id={hintId}>
          {t('common.callerId.fixedHint')}
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
          {shownLabel}
        </span>
        <SaveStatus save={shownSave} />
      </div>
      {options.length === 0 ? (
        <div class="alert alert-warning" role="alert">
          <Icon name="warning" />
          <span>{t('common.callerId.noneAvailable')}</span>
        </div>
      ) : (
        <ListboxSelect
          id={`${id}-combo`}
          labelId={labelId}
          options={options}
          value={model.selected}
          describedBy={describedBy}
          invalid={stale !== null}
          filterLabel={t('common.callerId.filterLabel')}
          filterPlaceholder={t('common.callerId.filterPlaceholder')}
          matches={matches}
          noMatchText={(query) => t('common.callerId.noMatch', { query })}
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
            {staleText(stale, tr)} {fallbackText(stale.instead, tr)}
          </span>
        </div>
      )}
    </div>
  );
}
