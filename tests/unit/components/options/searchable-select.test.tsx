// @vitest-environment happy-dom
/**
 * SearchableSelect's `lazy` mode (the agents table's fixed-number picker in every row): a long
 * list shows only "None" and the chosen entry until the select is focused or pressed or a search
 * is typed, then the matches; a short list, or a select that is not lazy, lists at once.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SearchableSelect, type Choice } from '../../../../components/options/SearchableSelect';
import { eventually } from '../../helpers/eventually';

afterEach(cleanup);

const entries: Choice[] = Array.from({ length: 500 }, (_, i) => ({
  value: `n${i}`,
  label: `Line ${i + 1}`,
}));
const search = (q: string, limit: number) =>
  entries.filter((e) => e.label.toLowerCase().includes(q.toLowerCase())).slice(0, limit);

function picker(props: { lazy?: boolean; count?: number; value?: string }) {
  const searched = vi.fn(search);
  const onPick = vi.fn();
  const value = props.value ?? '';
  render(
    <SearchableSelect
      label="Fixed number of Ana"
      value={value}
      count={props.count ?? entries.length}
      search={searched}
      chosen={value ? entries.find((e) => e.value === value)! : null}
      none="None"
      what="numbers"
      lazy={props.lazy}
      onPick={onPick}
    />,
  );
  const select = screen.getByRole('combobox', { name: 'Fixed number of Ana' }) as HTMLSelectElement;
  const options = () => [...select.options].map((o) => o.textContent);
  return { select, options, searched, onPick };
}

describe('a lazy searchable select', () => {
  it('lists only None and the chosen entry before it is opened', () => {
    const { options, searched, select } = picker({ lazy: true, value: 'n400' });
    expect(options()).toEqual(['None', 'Line 401']);
    expect(select.value).toBe('n400');
    expect(searched).not.toHaveBeenCalled();
  });

  it.each([
    ['focused', (el: HTMLElement) => fireEvent.focus(el)],
    ['pressed', (el: HTMLElement) => fireEvent.pointerDown(el)],
  ])('lists the matches once %s, the chosen entry kept selected', async (_, open) => {
    const { options, select, onPick } = picker({ lazy: true, value: 'n400' });
    open(select);
    await eventually(() => expect(options()).toHaveLength(32));
    expect(options().slice(0, 3)).toEqual(['None', 'Line 401', 'Line 1']);
    expect(select.value).toBe('n400');
    fireEvent.change(select, { target: { value: 'n5' } });
    expect(onPick).toHaveBeenCalledWith('n5');
  });

  it('lists the matches of a search typed before it was opened', async () => {
    const { options } = picker({ lazy: true });
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'Line 25' } });
    await eventually(() => expect(options()).toContain('Line 250'));
    expect(options()[0]).toBe('None');
    expect(
      options()
        .slice(1)
        .every((o) => o!.startsWith('Line 25')),
    ).toBe(true);
  });

  it('lists a short list at once, lazy or not', () => {
    const { options } = picker({ lazy: true, count: 10 });
    expect(options()).toHaveLength(11);
  });

  it('lists the matches at once when it is not lazy', () => {
    const { options } = picker({});
    expect(options()).toHaveLength(31);
  });
});
