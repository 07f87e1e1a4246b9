// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CallerIdDropdown } from '../../../../components/shared/CallerIdDropdown';
import type { CallerIdChoice } from '../../../../lib/caller-id/types';
import { buildDropdownModel, type EffectiveSettings } from '../../../../lib/ui/caller-id-model';
import { EXEC, LA, LONDON, SF, TOLL_FREE, TORONTO } from '../fixtures';

afterEach(cleanup);

const ALL = [SF, LA, TORONTO, TOLL_FREE, EXEC, LONDON];
const ALLOWED = [SF, LA, TORONTO, TOLL_FREE, EXEC];

function show(settings: EffectiveSettings, choice: CallerIdChoice | null, allowed = ALLOWED) {
  const onChange = vi.fn();
  const model = buildDropdownModel({ settings, allowed, numbers: ALL, choice });
  render(<CallerIdDropdown model={model} onChange={onChange} />);
  return { onChange, model };
}

const combobox = () => screen.getByRole('combobox', { name: 'Outbound caller ID' });
/** Opens the list (only an open list draws its options) and names what it offers. */
const optionNames = () => {
  if (combobox().getAttribute('aria-expanded') !== 'true') fireEvent.click(combobox());
  return within(screen.getByRole('listbox'))
    .getAllByRole('option')
    .map((o) => o.getAttribute('aria-label'));
};

describe('CallerIdDropdown: Default only when offered', () => {
  it.each([
    { allowDefault: true, choice: null, firstOption: /^Default/, selected: /^Default/ },
    { allowDefault: false, choice: null, firstOption: /^San Francisco/, selected: /San Francisco/ },
  ])(
    'allowDefault=$allowDefault lists $firstOption first',
    ({ allowDefault, choice, firstOption, selected }) => {
      show({ mode: 'customized', allowDefault }, choice);
      const names = optionNames();
      expect(names[0]).toMatch(firstOption);
      expect(names.some((n) => n?.startsWith('Default'))).toBe(allowDefault);
      // Every allowed number is offered, and nothing else.
      expect(names.filter((n) => !n?.startsWith('Default'))).toHaveLength(ALLOWED.length);
      expect(names.join('|')).not.toMatch(/London/);
      const chosen = screen.getAllByRole('option', { selected: true });
      expect(chosen).toHaveLength(1);
      expect(chosen[0]!.getAttribute('aria-label')).toMatch(selected);
    },
  );

  it('names each number with its label, international number, country and marks', () => {
    show({ mode: 'customized', allowDefault: false }, null);
    const names = optionNames();
    expect(names).toContain('San Francisco, +1 415 555 0100, United States');
    expect(names).toContain('Toronto, +1 416 555 0137, Canada');
    expect(names).toContain('US toll-free, +1 800 555 0199, United States, Toll-free');
    expect(names).toContain('Executive line, +1 212 555 0110, United States, Dedicated line');
  });

  it('saves the pick made from the keyboard', () => {
    const { onChange } = show({ mode: 'customized', allowDefault: true }, { kind: 'default' });
    const box = combobox();
    box.focus();
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box.getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onChange).toHaveBeenCalledWith({ kind: 'number', numberId: 'la' });
    expect(box.getAttribute('aria-expanded')).toBe('false');
  });

  it('saves Default picked with the mouse, and Escape closes without a change', () => {
    const { onChange } = show(
      { mode: 'customized', allowDefault: true },
      {
        kind: 'number',
        numberId: 'to',
      },
    );
    fireEvent.click(combobox());
    fireEvent.keyDown(combobox(), { key: 'Escape' });
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.click(combobox());
    fireEvent.click(screen.getByRole('option', { name: /^Default/ }));
    expect(onChange).toHaveBeenCalledWith({ kind: 'default' });
  });

  it('jumps to a number by typing the start of its label', () => {
    const { onChange } = show({ mode: 'customized', allowDefault: true }, null);
    const box = combobox();
    fireEvent.keyDown(box, { key: 't' });
    fireEvent.keyDown(box, { key: 'o' });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onChange).toHaveBeenCalledWith({ kind: 'number', numberId: 'to' });
  });
});

describe('CallerIdDropdown: automated and fixed are read-only', () => {
  it('automated mode shows no dropdown and says the best number is picked for each call', () => {
    show({ mode: 'automated', allowDefault: true }, { kind: 'number', numberId: 'la' });
    expect(screen.queryByRole('combobox')).toBeNull();
    const group = screen.getByRole('group', { name: 'Outbound caller ID' });
    expect(group.textContent).toMatch(/Automatic/);
    expect(group.textContent).toMatch(/Ringside picks the best number for each call/);
    expect(screen.queryByTestId('stale-choice')).toBeNull();
  });

  it('a fixed number is shown as fixed, whatever the mode and the choice', () => {
    for (const mode of ['automated', 'customized'] as const) {
      show({ mode, allowDefault: true, fixedNumberId: 'to' }, { kind: 'number', numberId: 'la' });
      expect(screen.queryByRole('combobox')).toBeNull();
      const group = screen.getByRole('group', { name: 'Outbound caller ID' });
      expect(group.textContent).toContain('Toronto');
      expect(group.textContent).toContain('+1 416 555 0137');
      expect(screen.getByText(/Fixed number: your admin set this caller ID/)).toBeTruthy();
      cleanup();
    }
  });
});

describe('CallerIdDropdown: a stale choice is flagged with what is used instead', () => {
  it.each([
    {
      name: 'a number taken out of the agent’s ring groups, Default offered',
      settings: { mode: 'customized', allowDefault: true } as const,
      choice: { kind: 'number', numberId: 'lon' } as const,
      flag: /Your saved number, London \(\+44 20 7946 0958\), is no longer available to you\. Calls go out from Default/,
      selected: /^Default/,
    },
    {
      name: 'a number taken out, Default not offered',
      settings: { mode: 'customized', allowDefault: false } as const,
      choice: { kind: 'number', numberId: 'lon' } as const,
      flag: /London .* no longer available to you\. Calls go out from San Francisco \(\+1 415 555 0100, United States\)/,
      selected: /^San Francisco/,
    },
    {
      name: 'a number deleted from the account',
      settings: { mode: 'customized', allowDefault: false } as const,
      choice: { kind: 'number', numberId: 'gone' } as const,
      flag: /Your saved number was removed from the account\. Calls go out from San Francisco/,
      selected: /^San Francisco/,
    },
    {
      name: 'Default after the admin turned it off',
      settings: { mode: 'customized', allowDefault: false } as const,
      choice: { kind: 'default' } as const,
      flag: /Your saved choice, Default, is no longer offered by your admin\. Calls go out from San Francisco/,
      selected: /^San Francisco/,
    },
  ])('$name', ({ settings, choice, flag, selected }) => {
    show(settings, choice);
    const warning = screen.getByTestId('stale-choice');
    expect(warning.textContent).toMatch(flag);
    expect(combobox().getAttribute('aria-describedby')).toBe(warning.id);
    expect(combobox().getAttribute('aria-invalid')).toBe('true');
    fireEvent.click(combobox());
    const chosen = screen.getAllByRole('option', { selected: true });
    expect(chosen[0]!.getAttribute('aria-label')).toMatch(selected);
  });

  it('names Ringside with its capital in the Default fallback, in one sentence', () => {
    show({ mode: 'customized', allowDefault: true }, { kind: 'number', numberId: 'lon' });
    const text = screen.getByTestId('stale-choice').textContent!;
    expect(text).toContain(
      'Calls go out from Default until you pick another: Ringside picks the best number for each call.',
    );
    expect(text).not.toMatch(/ringside/);
  });

  it.each([
    ['stale', { kind: 'number', numberId: 'lon' } as const, false],
    ['still allowed', { kind: 'number', numberId: 'la' } as const, true],
  ])('shows "Saved" beside a %s choice: %s', (_name, choice, saved) => {
    const model = buildDropdownModel({
      settings: { mode: 'customized', allowDefault: true },
      allowed: ALLOWED,
      numbers: ALL,
      choice,
    });
    render(<CallerIdDropdown model={model} onChange={vi.fn()} save="saved" />);
    // The agent saved London; the admin then took it away: "✓ Saved" beside "no longer available"
    // would contradict the flag, so only the flag speaks.
    expect(screen.queryByText('Saved') !== null).toBe(saved);
    expect(screen.queryByTestId('stale-choice') !== null).toBe(!saved);
  });

  it('an allowed choice is not flagged', () => {
    show({ mode: 'customized', allowDefault: false }, { kind: 'number', numberId: 'la' });
    expect(screen.queryByTestId('stale-choice')).toBeNull();
    expect(combobox().textContent).toContain('Los Angeles');
  });

  it('says so when the agent has no number at all', () => {
    show({ mode: 'customized', allowDefault: false }, null, []);
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.getByRole('alert').textContent).toMatch(/No caller ID is available to you/);
  });
});
