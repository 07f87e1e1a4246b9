/**
 * A select-only combobox (WAI-ARIA APG pattern) whose options can hold rich content, where a native
 * <select> can only hold plain text. Focus stays on the combobox; the active option is conveyed
 * with aria-activedescendant. Keys: ↑/↓, Home/End, PageUp/PageDown, Enter/Space to pick, Escape to
 * close, Tab to leave, and typing the start of a label jumps to it.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Icon } from './Icon';

export interface ListboxOption {
  value: string;
  /** Plain text: the option's accessible name and what type-ahead matches. */
  text: string;
  content: ComponentChildren;
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
}

const PAGE = 5;

export function ListboxSelect({
  id,
  labelId,
  options,
  value,
  onChange,
  describedBy,
  placeholder = 'Select…',
  disabled = false,
  invalid = false,
}: ListboxSelectProps) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const comboRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const typed = useRef({ text: '', at: 0 });

  const selectedIndex = options.findIndex((o) => o.value === value);
  const selected = selectedIndex >= 0 ? options[selectedIndex] : undefined;
  const listId = `${id}-listbox`;
  const optionId = (i: number) => `${id}-option-${i}`;

  // Keep the active option visible while moving through a long list.
  useEffect(() => {
    if (!open) return;
    const el = listRef.current?.querySelector<HTMLElement>(
      `#${CSS.escape(`${id}-option-${active}`)}`,
    );
    el?.scrollIntoView?.({ block: 'nearest' });
  }, [open, active, id]);

  const openAt = (index: number) => {
    if (disabled || options.length === 0) return;
    setActive(Math.max(0, Math.min(options.length - 1, index)));
    setOpen(true);
  };
  const close = () => setOpen(false);
  const pick = (index: number) => {
    const option = options[index];
    setOpen(false);
    if (option && option.value !== value) onChange(option.value);
  };

  const typeAhead = (char: string) => {
    const now = Date.now();
    const buffer = now - typed.current.at < 600 ? typed.current.text + char : char;
    typed.current = { text: buffer, at: now };
    const start = open ? active : Math.max(selectedIndex, 0);
    const needle = buffer.toLowerCase();
    // A single repeated letter cycles through the options that start with it.
    const cycling = buffer.length > 1 && [...needle].every((c) => c === needle[0]);
    const query = cycling ? needle[0]! : needle;
    const from = cycling || buffer.length === 1 ? start + 1 : start;
    for (let k = 0; k < options.length; k++) {
      const i = (from + k) % options.length;
      if (options[i]!.text.toLowerCase().startsWith(query)) {
        if (open) setActive(i);
        else openAt(i);
        return;
      }
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
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
      } else if (key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
        typeAhead(key);
      }
      return;
    }
    const last = options.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: Math.min(last, active + 1),
      ArrowUp: Math.max(0, active - 1),
      Home: 0,
      End: last,
      PageDown: Math.min(last, active + PAGE),
      PageUp: Math.max(0, active - PAGE),
    };
    if (key in moves) {
      event.preventDefault();
      if (key === 'ArrowUp' && event.altKey) pick(active);
      else setActive(moves[key]!);
    } else if (key === 'Enter' || key === ' ') {
      event.preventDefault();
      pick(active);
    } else if (key === 'Escape') {
      event.preventDefault();
      close();
    } else if (key === 'Tab') {
      close();
    } else if (key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      typeAhead(key);
    }
  };

  return (
    <div class={open ? 'listbox-select open' : 'listbox-select'}>
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
        aria-activedescendant={open ? optionId(active) : undefined}
        onClick={() => (open ? close() : openAt(selectedIndex >= 0 ? selectedIndex : 0))}
        onKeyDown={onKeyDown}
        onBlur={close}
      >
        <span class="listbox-value">
          {selected ? selected.content : <span class="placeholder">{placeholder}</span>}
        </span>
        <Icon name="chevron-down" class="listbox-chevron" />
      </div>
      <ul
        ref={listRef}
        id={listId}
        class="listbox"
        role="listbox"
        aria-labelledby={labelId}
        tabIndex={-1}
        hidden={!open}
        // Keep focus on the combobox while the pointer is on the list, so blur does not close it first.
        onMouseDown={(event) => event.preventDefault()}
      >
        {options.map((option, i) => (
          <li
            key={option.value}
            id={optionId(i)}
            role="option"
            aria-selected={option.value === value}
            aria-label={option.text}
            class={i === active ? 'listbox-option active' : 'listbox-option'}
            onMouseMove={() => i !== active && setActive(i)}
            onClick={() => {
              pick(i);
              comboRef.current?.focus();
            }}
          >
            <span class="listbox-option-content">{option.content}</span>
            {option.value === value && <Icon name="check" class="listbox-check" />}
          </li>
        ))}
      </ul>
    </div>
  );
}
