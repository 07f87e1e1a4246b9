// @vitest-environment happy-dom
/**
 * The caller-ID dropdown with 2,000 allowed numbers (the generated account of the end-to-end
 * tests): a filter box, a few rows drawn whatever the length, the keys, and the pick.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CallerIdDropdown } from '../../../../components/shared/CallerIdDropdown';
import { parseAccountConfig } from '../../../../lib/caller-id';
import type { AccountNumber, CallerIdChoice } from '../../../../lib/caller-id/types';
import { buildDropdownModel } from '../../../../lib/ui/caller-id-model';
import { NEEDLE, largeAccount } from '../../../e2e/large-account';
import { LA, SF, TORONTO } from '../fixtures';

afterEach(cleanup);

function accountNumbers(count: number): AccountNumber[] {
  const parsed = parseAccountConfig(largeAccount(count));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.config.numbers;
}
const LARGE = accountNumbers(2_000);

function show(allowed: AccountNumber[], allowDefault = true, choice: CallerIdChoice | null = null) {
  const onChange = vi.fn();
  const model = buildDropdownModel({
    settings: { mode: 'customized', allowDefault },
    allowed,
    numbers: allowed,
    choice,
  });
  render(<CallerIdDropdown model={model} onChange={onChange} />);
  return { onChange };
}

const combobox = () => screen.getByRole('combobox', { name: 'Outbound caller ID' });
const filter = () => screen.getByRole('combobox', { name: /^Find a number/ });
const drawn = () => within(screen.getByRole('listbox')).queryAllByRole('option');
const names = () => drawn().map((o) => o.getAttribute('aria-label') ?? '');
const activeOf = (box: HTMLElement) =>
  document.getElementById(box.getAttribute('aria-activedescendant') ?? '');

describe('CallerIdDropdown with 2,000 numbers', () => {
  it('draws only the selected option while closed, and a few rows once open', () => {
    show(LARGE);
    expect(screen.getAllByRole('option', { hidden: true })).toHaveLength(1);
    fireEvent.click(combobox());
    expect(drawn().length).toBeGreaterThan(5);
    expect(drawn().length).toBeLessThanOrEqual(20);
    expect(names()[0]).toMatch(/^Default/);
    expect(drawn()[0]!.getAttribute('aria-setsize')).toBe('2001');
    expect(screen.getByText('2001 in all: type to narrow').getAttribute('role')).toBe('status');
    expect(document.activeElement).toBe(filter());
  });

  it('narrows by state as the agent types, and Enter picks the match', async () => {
    const { onChange } = show(LARGE);
    fireEvent.click(combobox());
    fireEvent.input(filter(), { target: { value: 'alaska' } });
    // The state and place tables load after the first paint; the list follows when they arrive.
    await waitFor(() =>
      expect(names()).toEqual([`${NEEDLE.label}, ${NEEDLE.display}, United States`]),
    );
    expect(activeOf(filter())?.getAttribute('aria-label')).toMatch(NEEDLE.label);
    fireEvent.keyDown(filter(), { key: 'Enter' });
    expect(onChange).toHaveBeenCalledWith({ kind: 'number', numberId: NEEDLE.id });
    expect(combobox().getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(combobox());
  });

  it('narrows by digits written in any format', async () => {
    show(LARGE);
    fireEvent.click(combobox());
    for (const typed of ['(907) 456-1234', '+1 907 456', '9074561234']) {
      fireEvent.input(filter(), { target: { value: typed } });
      await waitFor(() => expect(names()).toHaveLength(1));
      expect(names()[0]).toMatch(NEEDLE.label);
    }
    // Many matches: the count says how many, the first is active.
    fireEvent.input(filter(), { target: { value: '415 234' } });
    const status = screen.getByText(/ of 2001$/);
    const count = Number(status.textContent!.split(' ')[0]);
    expect(count).toBeGreaterThan(50);
    expect(drawn()[0]!.getAttribute('aria-setsize')).toBe(String(count));
    expect(names().every((n) => n.includes('+1 415 234'))).toBe(true);
    expect(activeOf(filter())).toBe(drawn()[0]);
  });

  it('says when nothing matches, and Enter then picks nothing', () => {
    const { onChange } = show(LARGE);
    fireEvent.click(combobox());
    fireEvent.input(filter(), { target: { value: 'atlantis' } });
    expect(drawn()).toHaveLength(0);
    expect(screen.getByText('No number matches “atlantis”.')).toBeTruthy();
    expect(filter().getAttribute('aria-activedescendant')).toBeNull();
    fireEvent.keyDown(filter(), { key: 'Enter' });
    expect(onChange).not.toHaveBeenCalled();
  });

  it('End and Home reach the last and first of 2,001 options, each drawn when active', () => {
    const { onChange } = show(LARGE);
    fireEvent.click(combobox());
    fireEvent.keyDown(filter(), { key: 'End' });
    const last = activeOf(filter());
    expect(last?.getAttribute('aria-posinset')).toBe('2001');
    expect(last?.getAttribute('aria-label')).toMatch(/^London 1999,/);
    fireEvent.keyDown(filter(), { key: 'ArrowUp' });
    expect(activeOf(filter())?.getAttribute('aria-posinset')).toBe('2000');
    fireEvent.keyDown(filter(), { key: 'Home' });
    expect(activeOf(filter())?.getAttribute('aria-label')).toMatch(/^Default/);
    fireEvent.keyDown(filter(), { key: 'PageDown' });
    fireEvent.keyDown(filter(), { key: 'ArrowDown' });
    expect(activeOf(filter())?.getAttribute('aria-posinset')).toBe('7');
    fireEvent.keyDown(filter(), { key: 'Enter' });
    expect(onChange).toHaveBeenCalledWith({ kind: 'number', numberId: 'n5' });
  });

  it('typing on the closed control opens it with what was typed; Escape closes it unchanged', () => {
    const { onChange } = show(LARGE);
    combobox().focus();
    fireEvent.keyDown(combobox(), { key: 'a' });
    expect(combobox().getAttribute('aria-expanded')).toBe('true');
    expect((filter() as HTMLInputElement).value).toBe('a');
    fireEvent.keyDown(filter(), { key: 'Escape' });
    expect(combobox().getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(combobox());
    expect(onChange).not.toHaveBeenCalled();
  });

  it('keeps Default first when it matches, and leaves it out when it does not', () => {
    show(LARGE);
    fireEvent.click(combobox());
    fireEvent.input(filter(), { target: { value: 'default' } });
    expect(names()[0]).toMatch(/^Default/);
    fireEvent.input(filter(), { target: { value: 'boston' } });
    expect(names().some((n) => n.startsWith('Default'))).toBe(false);
    expect(names()[0]).toMatch(/^Boston 4,/);
  });

  it('opens on the saved pick, in view', () => {
    show(LARGE, true, { kind: 'number', numberId: 'n1500' });
    fireEvent.click(combobox());
    const active = activeOf(filter());
    expect(active?.getAttribute('aria-selected')).toBe('true');
    expect(active?.getAttribute('aria-label')).toMatch(/ 1500,/);
  });
});

describe('CallerIdDropdown with a short list', () => {
  it('has no filter box, and keeps type-ahead on the control', () => {
    const { onChange } = show([SF, LA, TORONTO]);
    fireEvent.click(combobox());
    expect(screen.queryByRole('combobox', { name: /^Find a number/ })).toBeNull();
    expect(names()).toHaveLength(4);
    fireEvent.keyDown(combobox(), { key: 't' });
    expect(activeOf(combobox())?.getAttribute('aria-label')).toMatch(/^Toronto/);
    fireEvent.keyDown(combobox(), { key: 'Enter' });
    expect(onChange).toHaveBeenCalledWith({ kind: 'number', numberId: 'to' });
  });
});
