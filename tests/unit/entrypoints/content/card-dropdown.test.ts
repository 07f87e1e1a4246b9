// @vitest-environment happy-dom
/**
 * The card's caller-ID dropdown in happy-dom: combobox and listbox semantics, the list asked for
 * only when it opens, the rows drawn a window at a time, the filter, the keys, and picks only from
 * the agent's own (trusted) key presses and clicks.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CardDropdown, ROW_HEIGHT } from '../../../../entrypoints/content/card-dropdown';
import type { CardOption } from '../../../../lib/ui/card-choice-options';

const OPTIONS: CardOption[] = [
  { value: 'default', text: 'Default: Ringside picks per call' },
  ...Array.from({ length: 2_000 }, (_, i) => ({
    value: `n${i}`,
    text: `Desk ${i}, +1 415 234 ${String(i).padStart(4, '0')}`,
    label: `Desk ${i}`,
    display: `+1 415 234 ${String(i).padStart(4, '0')}`,
  })),
];

/** A key press as the browser makes it for a person (isTrusted), or as a script makes it. */
function key(target: Element, name: string, trusted = true): void {
  const event = new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true });
  if (trusted) Object.defineProperty(event, 'isTrusted', { value: true });
  target.dispatchEvent(event);
}

function setup() {
  const load = vi.fn(async () => OPTIONS);
  const pick = vi.fn();
  const resized = vi.fn();
  const dropdown = new CardDropdown(document, 'v1', 'default', OPTIONS[0]!, {
    load,
    pick,
    resized,
  });
  document.body.append(dropdown.root);
  const $ = <T extends Element>(selector: string) => dropdown.root.querySelector<T>(selector)!;
  return { dropdown, load, pick, $ };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  document.body.replaceChildren();
});

describe('the card’s caller-ID dropdown', () => {
  it('is a labelled combobox showing the selected option; the list is not asked for yet', () => {
    const { $, load } = setup();
    const trigger = $('[role="combobox"]');
    expect(trigger.getAttribute('aria-expanded')).toBe('false');
    expect(trigger.getAttribute('aria-haspopup')).toBe('listbox');
    const label = $(`#${trigger.getAttribute('aria-labelledby')}`);
    expect(label.textContent).toBe('Outbound caller ID');
    expect(trigger.textContent).toContain('Default: Ringside picks per call');
    expect(load).not.toHaveBeenCalled();
  });

  it('opens from the keyboard, draws only the rows in view, and says how many there are', async () => {
    const { $, load } = setup();
    key($('[role="combobox"]'), 'ArrowDown');
    await settle();
    expect(load).toHaveBeenCalledTimes(1);
    expect($('.trigger').getAttribute('aria-expanded')).toBe('true');
    const filter = $<HTMLInputElement>('input');
    expect(document.activeElement).toBe(filter);
    expect(filter.getAttribute('aria-label')).toBe('Filter your numbers');
    const rows = $('[role="listbox"]').querySelectorAll('[role="option"]');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThanOrEqual(20);
    expect(rows[0]!.getAttribute('aria-setsize')).toBe('2001');
    expect(rows[0]!.getAttribute('aria-selected')).toBe('true');
    expect(filter.getAttribute('aria-activedescendant')).toBe(rows[0]!.id);
    expect($('[role="status"]').textContent).toBe('2,001 options: type to narrow');
    // The rows not drawn keep their room, so the scroll bar is the whole list's.
    const list = $<HTMLElement>('[role="listbox"]');
    expect(parseInt(list.style.paddingBottom, 10)).toBe((2001 - rows.length) * ROW_HEIGHT);
  });

  it('narrows as the agent types, moves with the keys and picks with Enter', async () => {
    const { $, pick } = setup();
    key($('[role="combobox"]'), 'ArrowDown');
    await settle();
    const filter = $<HTMLInputElement>('input');
    filter.value = '234 199';
    filter.dispatchEvent(new Event('input'));
    expect($('[role="status"]').textContent).toBe('10 of 2,001');
    key(filter, 'End');
    const active = $(`#${filter.getAttribute('aria-activedescendant')}`);
    expect(active.getAttribute('aria-label')).toBe('Desk 1999, +1 415 234 1999');
    expect(active.getAttribute('aria-posinset')).toBe('10');
    // A script's Enter picks nothing.
    key(filter, 'Enter', false);
    expect(pick).not.toHaveBeenCalled();
    key(filter, 'Enter');
    expect(pick).toHaveBeenCalledWith('n1999');
    expect($('.trigger').getAttribute('aria-expanded')).toBe('false');
    expect($('.trigger').textContent).toContain('+1 415 234 1999');
    expect(document.activeElement).toBe($('.trigger'));
  });

  it('says when nothing matches, and Escape closes only the list', async () => {
    const { $, dropdown } = setup();
    key($('[role="combobox"]'), 'n'); // typing on the closed control starts the filter
    await settle();
    const filter = $<HTMLInputElement>('input');
    expect(filter.value).toBe('n');
    filter.value = 'zzz';
    filter.dispatchEvent(new Event('input'));
    expect($('[role="status"]').textContent).toBe('Nothing matches “zzz”.');
    expect($('[role="listbox"]').children).toHaveLength(0);
    expect(dropdown.close(true)).toBe(true);
    expect(dropdown.close(true)).toBe(false);
  });

  it('ignores a script’s keys and clicks on rows', async () => {
    const { $, pick, load } = setup();
    key($('[role="combobox"]'), 'ArrowDown', false);
    expect(load).not.toHaveBeenCalled();
    $<HTMLElement>('.trigger').click(); // a click opens (it only shows the list)
    await settle();
    $<HTMLElement>('[role="option"]:nth-child(2)').click(); // untrusted: no pick
    expect(pick).not.toHaveBeenCalled();
  });

  it('keeps the page from hearing what the agent types', async () => {
    const { $ } = setup();
    const heard = vi.fn();
    document.body.addEventListener('keydown', heard);
    key($('[role="combobox"]'), 'ArrowDown');
    await settle();
    key($('input'), 'a');
    expect(heard).not.toHaveBeenCalled();
  });
});
