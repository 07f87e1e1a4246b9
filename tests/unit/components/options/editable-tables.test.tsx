// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { AgentsTable } from '../../../../components/options/AgentsTable';
import { DraftWarnings } from '../../../../components/options/DraftWarnings';
import { useDraftCheck } from '../../../../components/options/hooks/useDraftCheck';
import { NumbersTable } from '../../../../components/options/NumbersTable';
import { RingGroupsTable } from '../../../../components/options/RingGroupsTable';
import { parseAccountConfig } from '../../../../lib/caller-id/index';
import demo from '../../../../lib/demo/account.json';
import type { Draft } from '../../../../lib/ui/draft';
import { generateLargeAccount } from '../../../../scripts/gen-large-account.mjs';

afterEach(cleanup);

function parsed(doc: unknown): Draft {
  const result = parseAccountConfig(doc);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.config;
}

/** The options page's loop with its real check (useDraftCheck). */
function Editor({ start, onDraft }: { start: Draft; onDraft?: (d: Draft) => void }) {
  const [draft, setDraft] = useState(start);
  const { errors, warnings } = useDraftCheck(draft);
  const change = (d: Draft) => {
    setDraft(d);
    onDraft?.(d);
  };
  const props = { draft, onChange: change, errors, warnings, savedIds: new Set<string>() };
  return (
    <>
      <DraftWarnings warnings={warnings} />
      <NumbersTable {...props} />
      <RingGroupsTable {...props} />
      <AgentsTable {...props} />
    </>
  );
}

const describedText = (el: HTMLElement) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

describe('the options tables refuse what an account cannot hold', () => {
  it('a second entry with the same phone number is an error at its field', () => {
    const start = parsed(demo);
    render(<Editor start={start} />);
    const second = screen.getByLabelText(`Phone number of ${start.numbers[1]!.label}`);
    fireEvent.input(second, { target: { value: start.numbers[0]!.number } });
    fireEvent.blur(second);
    expect(second.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(second)).toContain(`already listed as ${start.numbers[0]!.label}`);
  });

  it('an agent email that is not an address is an error; an empty one is fine', () => {
    const start = parsed(demo);
    render(<Editor start={start} />);
    const name = start.agents[0]!.name;
    const email = screen.getByLabelText(`Email of ${name}`);
    fireEvent.input(email, { target: { value: 'maria' } });
    expect(describedText(email)).toContain('is not an email address');
    fireEvent.input(email, { target: { value: '' } });
    expect(email.getAttribute('aria-invalid')).toBeNull();
  });

  it('removing a ring group in use asks, saying how many use it; "Keep it" keeps it', () => {
    const start = parsed(demo);
    let last: Draft | undefined;
    render(<Editor start={start} onDraft={(d) => (last = d)} />);
    const g = start.ringGroups[0]!;
    const numbers = start.numbers.filter((n) => n.ringGroups.includes(g.id)).length;
    const agents = start.agents.filter((a) => a.ringGroups.includes(g.id)).length;
    expect(numbers + agents).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: `Remove ring group ${g.name}` }));
    const ask = screen.getByRole('alertdialog');
    expect(ask.textContent).toContain(`${g.name} is used by ${numbers} number`);
    expect(last).toBeUndefined();
    fireEvent.click(within(ask).getByRole('button', { name: 'Keep it' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(last).toBeUndefined();
    fireEvent.click(screen.getByRole('button', { name: `Remove ring group ${g.name}` }));
    fireEvent.click(screen.getByRole('button', { name: `Remove ${g.name}` }));
    expect(last!.ringGroups.some((x) => x.id === g.id)).toBe(false);
    expect(last!.numbers.some((n) => n.ringGroups.includes(g.id))).toBe(false);
  });

  it('shows the same warnings as an import of the same document', () => {
    const start = parsed(demo);
    const lonely = {
      ...start,
      agents: [...start.agents, { ...start.agents[0]!, id: 'zed', name: 'Zed', ringGroups: [] }],
    };
    const imported = parseAccountConfig(lonely);
    if (!imported.ok) throw new Error('expected valid');
    expect(imported.warnings.length).toBeGreaterThan(0);
    render(<Editor start={lonely} />);
    for (const w of imported.warnings) {
      expect(document.getElementById('warnings')!.textContent).toContain(w.replace(/^[^:]+: /, ''));
    }
  });
});

// Drawing only the rows on screen needs real layout: tests/e2e/options-scale.spec.ts checks it
// at 10,000 numbers in Chromium. Here: pickers with many ring groups and many numbers.
describe('many ring groups and numbers', () => {
  const many = parsed(generateLargeAccount({ numbers: 50, agents: 5, ringGroups: 100, seed: 3 }));

  it('offer ring groups by search instead of a chip each', () => {
    render(<Editor start={many} />);
    const row = screen.getByRole('group', { name: `Ring groups of ${many.numbers[0]!.label}` });
    expect(within(row).getAllByRole('checkbox')).toHaveLength(many.numbers[0]!.ringGroups.length);
    fireEvent.input(within(row).getByRole('searchbox'), { target: { value: 'Group 77' } });
    const offered = within(row).getAllByRole('checkbox', { checked: false });
    expect(offered.map((c) => c.parentElement!.textContent)).toContain('Group 77');
  }, 30_000);

  it('search and sort the numbers table; a row keeps its inputs when the rows reorder', () => {
    render(<Editor start={many} />);
    fireEvent.input(screen.getByLabelText('Search numbers'), { target: { value: 'Line 42 ' } });
    expect(screen.getByText('1 of 50 numbers')).toBeTruthy();
    const label = screen.getByLabelText('Label of number 42') as HTMLInputElement;
    fireEvent.input(screen.getByLabelText('Search numbers'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: /^Label/ }));
    fireEvent.click(screen.getByRole('button', { name: /^Label/ }));
    const header = screen.getAllByRole('columnheader')[0]!;
    expect(header.getAttribute('aria-sort')).toBe('descending');
    // The same element, moved, not another row's input given this row's value.
    expect(screen.getByLabelText('Label of number 42')).toBe(label);
  }, 30_000);
});
