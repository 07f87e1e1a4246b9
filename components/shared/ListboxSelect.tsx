/**
 * A select-only combobox (WAI-ARIA APG pattern) whose options can hold rich content, where a native
 * <select> can only hold plain text. Focus stays on the combobox; the active option is conveyed
 * with aria-activedescendant. Keys: ↑/↓, Home/End, PageUp/PageDown, Enter/Space to pick, Escape to
 * close, Tab to leave, and typing the start of a label jumps to it.
 *
 * Long lists (from `filterFrom` options) open with a filter box at the top of the list, an
 * editable combobox (APG "list autocomplete") that takes the focus: typing on the closed control
 * opens it with what was typed, the list narrows as the agent types, and the same keys move
 * through and pick from what is left. Only the rows in view are drawn (lib/ui/window-range.ts), so
 * a list of 2,000 numbers costs what a list of 15 does; each drawn option says its place in the
 * list (aria-posinset/aria-setsize) since the others are not in the DOM.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { revealScrollTop, visibleRange } from '../../lib/ui/window-range';
import { t } from '../../utils/i18n';
import { Icon } from './Icon';

export interface ListboxOption {
  value: string;
  /**
   * Plain text: the option's accessible name and what type-ahead and the filter match. Read only
   * for those, so a long list may make it a getter that writes it on first read.
   */
  text: string;
  /** What the option shows; a function is called only for the options drawn. */
  content: ComponentChildren | (() => ComponentChildren);
}

export interface ListboxSelectProps {
  id: string;
  /** Id of the visible label element. */
  labelId: string;
  options: ListboxOption[];
  value: string | null;
  onChange: (value: string) => void;
  /** Ids of elements describing the control (hints, warnings). */
  describedBy?: string;
  placeholder?: string;
  disabled?: boolean;
  invalid?: boolean;
  /** From this many options the list has a filter box. */
  filterFrom?: number;
  /** The filter box's accessible name. */
  filterLabel?: string;
  /** The filter box's placeholder (short: the popup is narrow); the label by default. */
  filterPlaceholder?: string;
  /** Whether an option matches the filter text; by default, its text contains it. */
  matches?: (option: ListboxOption, query: string) => boolean;
  /** What the list says when nothing matches. */
  noMatchText?: (query: string) => string;
}

const PAGE = 5;
/** Every option is this tall (set inline, so the windowing arithmetic and the CSS agree). */
export const ROW_HEIGHT = 50;
/** The open list shows six rows, then scrolls. */
const LIST_HEIGHT = 6 * ROW_HEIGHT;
export const FILTER_FROM = 10;

const byText = (option: ListboxOption, query: string) =>
  option.text.toLowerCase().includes(query.trim().toLowerCase());

const contentOf = (option: ListboxOption) =>
  typeof option.content === 'function' ? option.content() : option.content;

export function ListboxSelect({
  id,
  labelId,
  options,
  value,
  onChange,
  describedBy,
  placeholder = t('common.listbox.placeholder'),
  disabled = false,
  invalid = false,
  filterFrom = FILTER_FROM,
  filterLabel = t('common.listbox.filter'),
  filterPlaceholder = filterLabel,
  matches = byText,
  noMatchText = (query) => t('common.listbox.noMatch', { query }),
}: ListboxSelectProps) {
  const [open, setOpen] = useState(false);
  /** Position of the active option in `shown`. */
  const [active, setActive] = useState(0);
  const [query, setQuery] = useState('');
  const [scrollTop, setScrollTop] = useState(0);
  const rootRef = useRef<HTMLDivElement>(null);
  const comboRef = useRef<HTMLDivElement>(null);
  const filterRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const typed = useRef({ text: '', at: 0 });

  const filterable = options.length >= filterFrom;
  /** Indexes into `options` of the options listed, in order. */
  const shown = useMemo(() => {
    const all = options.map((_, i) => i);
    if (!filterable || !query.trim()) return all;
    return all.filter((i) => matches(options[i]!, query));
  }, [options, query, filterable, matches]);

  const selectedIndex = options.findIndex((o) => o.value === value);
  const selected = selectedIndex >= 0 ? options[selectedIndex] : undefined;
  const listId = `${id}-listbox`;
  const optionId = (i: number) => `${id}-option-${i}`;
  const activeOption = open && shown.length > 0 ? optionId(shown[active]!) : undefined;

  // The list's scroll position follows the state (kept in step with key moves), once it is shown.
  useLayoutEffect(() => {
    const box = listRef.current;
    if (open && box && box.scrollTop !== scrollTop) box.scrollTop = scrollTop;
  }, [open, scrollTop, shown]);

  useEffect(() => {
    if (open && filterable) filterRef.current?.focus();
  }, [open, filterable]);

  /** Makes position `at` of `shown` the active one, scrolled into view. */
  const moveTo = (at: number, count = shown.length) => {
    const i = Math.max(0, Math.min(count - 1, at));
    setActive(i);
    setScrollTop((top) => revealScrollTop(top, LIST_HEIGHT, ROW_HEIGHT, i));
  };

  const openAt = (index: number, text = '') => {
    if (disabled || options.length === 0) return;
    setQuery(text);
    // Opening on a filter text starts at its first match; otherwise at `index` of the full list.
    const at = text ? 0 : Math.max(0, Math.min(options.length - 1, index));
    setActive(at);
    setScrollTop(revealScrollTop(0, LIST_HEIGHT, ROW_HEIGHT, at));
    setOpen(true);
  };
  const close = (refocus = false) => {
    setOpen(false);
    setQuery('');
    if (refocus) comboRef.current?.focus();
  };
  const pick = (at: number) => {
    const index = shown[at];
    const option = index === undefined ? undefined : options[index];
    close(filterable);
    if (option && option.value !== value) onChange(option.value);
  };

  const onFilter = (text: string) => {
    setQuery(text);
    setActive(0);
    setScrollTop(0);
  };

  const typeAhead = (char: string) => {
    const now = Date.now();
    const buffer = now - typed.current.at < 600 ? typed.current.text + char : char;
    typed.current = { text: buffer, at: now };
    const start = open ? active : Math.max(selectedIndex, 0);
    const needle = buffer.toLowerCase();
    // A single repeated letter cycles through the options that start with it.
    const cycling = buffer.length > 1 && [...needle].every((c) => c === needle[0]);
    const search = cycling ? needle[0]! : needle;
    const from = cycling || buffer.length === 1 ? start + 1 : start;
    for (let k = 0; k < options.length; k++) {
      const i = (from + k) % options.length;
      if (options[i]!.text.toLowerCase().startsWith(search)) {
        if (open) moveTo(i);
        else openAt(i);
        return;
      }
    }
  };

  const printable = (event: KeyboardEvent) =>
    event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey;

  /** The keys that move through an open list; true when the key was one of them. */
  const move = (event: KeyboardEvent): boolean => {
    const last = shown.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: Math.min(last, active + 1),
      ArrowUp: Math.max(0, active - 1),
      Home: 0,
      End: last,
      PageDown: Math.min(last, active + PAGE),
      PageUp: Math.max(0, active - PAGE),
    };
    if (!(event.key in moves)) return false;
    event.preventDefault();
    if (event.key === 'ArrowUp' && event.altKey) pick(active);
    else if (last >= 0) moveTo(moves[event.key]!);
    return true;
  };

  const onTriggerKeyDown = (event: KeyboardEvent) => {
    if (disabled) return;
    const { key } = event;
    if (!open) {
      if (key === 'ArrowDown' || key === 'ArrowUp' || key === 'Enter' || key === ' ') {
        event.preventDefault();
        openAt(selectedIndex >= 0 ? selectedIndex : 0);
      } else if (key === 'Home') {
        event.preventDefault();
        openAt(0);
      } else if (key === 'End') {
        event.preventDefault();
        openAt(options.length - 1);
      } else if (printable(event)) {
        if (filterable) {
          // The first letter typed starts the filter; the box then has the focus for the rest.
          event.preventDefault();
          openAt(0, key);
        } else typeAhead(key);
      }
      return;
    }
    if (move(event)) return;
    if (key === 'Enter' || key === ' ') {
      event.preventDefault();
      pick(active);
    } else if (key === 'Escape') {
      event.preventDefault();
      close();
    } else if (key === 'Tab') {
      close();
    } else if (printable(event)) {
      if (filterable) {
        event.preventDefault();
        onFilter(query + key);
        filterRef.current?.focus();
      } else typeAhead(key);
    }
  };

  const onFilterKeyDown = (event: KeyboardEvent) => {
    if (move(event)) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      if (shown.length > 0) pick(active);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (event.key === 'Tab') {
      close();
    }
  };

  // Closed, the list holds only the selected option (hidden), so what is selected can be read
  // from the listbox as from a native select; open, the rows in view.
  const range = open
    ? visibleRange(scrollTop, LIST_HEIGHT, ROW_HEIGHT, shown.length)
    : { start: Math.max(0, selectedIndex), end: Math.max(0, selectedIndex) + (selected ? 1 : 0) };
  const drawn = shown.slice(range.start, range.end);

  return (
    <div
      ref={rootRef}
      class={open ? 'listbox-select open' : 'listbox-select'}
      // Focus moving between the control, its filter box and its list keeps it open; leaving closes it.
      onFocusOut={(event) => {
        const next = event.relatedTarget as Node | null;
        if (!next || !rootRef.current?.contains(next)) close();
      }}
    >
      <div
        ref={comboRef}
        id={id}
        class={invalid ? 'listbox-trigger invalid' : 'listbox-trigger'}
        role="combobox"
        tabIndex={disabled ? -1 : 0}
        aria-haspopup="listbox"
        aria-expanded={open}
        aria-controls={listId}
        aria-labelledby={labelId}
        aria-describedby={describedBy}
        aria-disabled={disabled || undefined}
        aria-invalid={invalid || undefined}
        aria-activedescendant={filterable ? undefined : activeOption}
        onClick={() => (open ? close(true) : openAt(selectedIndex >= 0 ? selectedIndex : 0))}
        onKeyDown={onTriggerKeyDown}
      >
        <span class="listbox-value">
          {selected ? contentOf(selected) : <span class="placeholder">{placeholder}</span>}
        </span>
        <Icon name="chevron-down" class="listbox-chevron" />
      </div>
      <div class="listbox-popup" hidden={!open}>
        {filterable && open && (
          <div class="listbox-filter">
            <Icon name="search" size={16} class="listbox-filter-icon" />
            <input
              ref={filterRef}
              type="text"
              role="combobox"
              aria-label={filterLabel}
              placeholder={filterPlaceholder}
              aria-autocomplete="list"
              aria-expanded="true"
              aria-controls={listId}
              aria-activedescendant={activeOption}
              autocomplete="off"
              spellcheck={false}
              value={query}
              onInput={(event) => onFilter(event.currentTarget.value)}
              onKeyDown={onFilterKeyDown}
            />
          </div>
        )}
        <ul
          ref={listRef}
          id={listId}
          class="listbox"
          role="listbox"
          aria-labelledby={labelId}
          tabIndex={-1}
          style={{
            maxHeight: `${LIST_HEIGHT}px`,
            // The rows not drawn still take their room (the list's ::before and ::after), so the
            // scroll bar is the whole list's.
            '--rows-before': open ? `${range.start * ROW_HEIGHT}px` : '0px',
            '--rows-after': open ? `${(shown.length - range.end) * ROW_HEIGHT}px` : '0px',
          }}
          onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
          // Keep focus on the combobox while the pointer is on the list, so blur does not close it first.
          onMouseDown={(event) => event.preventDefault()}
        >
          {drawn.map((index, k) => {
            const option = options[index]!;
            const at = range.start + k;
            return (
              <li
                key={option.value}
                id={optionId(index)}
                role="option"
                aria-selected={option.value === value}
                aria-label={option.text}
                aria-setsize={shown.length}
                aria-posinset={at + 1}
                class={at === active ? 'listbox-option active' : 'listbox-option'}
                style={{ height: `${ROW_HEIGHT}px` }}
                onMouseMove={() => at !== active && setActive(at)}
                onClick={() => {
                  pick(at);
                  comboRef.current?.focus();
                }}
              >
                <span class="listbox-option-content">{contentOf(option)}</span>
                {option.value === value && <Icon name="check" class="listbox-check" />}
              </li>
            );
          })}
        </ul>
        {filterable && open && (
          <p class="listbox-count" role="status">
            {shown.length === 0
              ? noMatchText(query.trim())
              : query.trim()
                ? `${shown.length} of ${options.length}`
                : `${options.length} in all: type to narrow`}
          </p>
        )}
      </div>
    </div>
  );
}
