// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { AgentsTable } from '../../../../components/options/AgentsTable';
import { NumbersTable } from '../../../../components/options/NumbersTable';
import { RingGroupsTable } from '../../../../components/options/RingGroupsTable';
import { parseAccountConfig } from '../../../../lib/caller-id/index';
import type { Draft } from '../../../../lib/ui/draft';
import { PathErrors } from '../../../../lib/ui/errors';
import demo from '../../../../lib/demo/account.json';

afterEach(cleanup);

function start(): Draft {
  const parsed = parseAccountConfig(demo);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.config;
}

/** The options page's loop: every edit is validated, and the messages go back to the tables. */
function Editor({ onDraft }: { onDraft?: (d: Draft) => void }) {
  const [draft, setDraft] = useState(start);
  const [saved] = useState(() => new Set(start().numbers.map((n) => n.id)));
  const parsed = parseAccountConfig(draft);
  const errors = new PathErrors(parsed.ok ? [] : parsed.errors);
  const change = (d: Draft) => {
    setDraft(d);
    onDraft?.(d);
  };
  const props = { draft, onChange: change, errors, savedIds: saved };
  return (
    <>
      <NumbersTable {...props} />
      <RingGroupsTable {...props} />
      <AgentsTable {...props} />
    </>
  );
}

const describedText = (el: HTMLElement) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

describe('account tables validate as you edit', () => {
  it('shows the parseAccountConfig message next to a bad number, and clears it when fixed', () => {
    render(<Editor />);
    const field = screen.getByLabelText('Phone number of Los Angeles') as HTMLInputElement;
    fireEvent.input(field, { target: { value: '+1213555' } });
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const parsed = parseAccountConfig({
      ...start(),
      numbers: start().numbers.map((n) => (n.id === 'us-la' ? { ...n, number: '+1213555' } : n)),
    });
    const expected = parsed.ok ? '' : parsed.errors[0]!.replace(/^numbers\[1\]\.number: /, '');
    expect(expected).not.toBe('');
    expect(describedText(field)).toBe(expected);

    fireEvent.input(field, { target: { value: '(213) 555-0142' } });
    fireEvent.blur(field);
    expect(field.getAttribute('aria-invalid')).toBeNull();
    expect(field.value).toBe('+12135550142');
  });

  it('a typed toll-free number is marked toll-free when the field is left', () => {
    let last: Draft | undefined;
    render(<Editor onDraft={(d) => (last = d)} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add number' }));
    const field = screen.getByLabelText(`Phone number of number ${start().numbers.length + 1}`);
    fireEvent.input(field, { target: { value: '800 555 0123' } });
    fireEvent.blur(field);
    const added = last!.numbers.at(-1)!;
    expect(added).toMatchObject({ number: '+18005550123', tollFree: true });
  });

  it('new rows take their ids from their names; saved rows keep theirs', () => {
    let last: Draft | undefined;
    render(<Editor onDraft={(d) => (last = d)} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add agent' }));
    const name = screen.getByLabelText(`Name of agent ${start().agents.length + 1}`);
    fireEvent.input(name, { target: { value: 'Zoë Park' } });
    expect(last!.agents.at(-1)!.id).toBe('zoe-park');
    fireEvent.input(screen.getByLabelText('Label of number 1'), { target: { value: 'HQ' } });
    expect(last!.numbers[0]).toMatchObject({ id: 'us-sf', label: 'HQ' });
  });

  it('an agent fixed to a number that is then removed goes back to the account rules', () => {
    let last: Draft | undefined;
    render(<Editor onDraft={(d) => (last = d)} />);
    const fixed = screen.getByLabelText('Fixed number of Maria Chen') as HTMLSelectElement;
    fireEvent.change(fixed, { target: { value: 'us-la' } });
    expect(last!.agents[0]!.outboundCallerId).toEqual({ fixedNumberId: 'us-la' });
    fireEvent.click(screen.getByRole('button', { name: 'Remove number Los Angeles' }));
    expect(last!.agents[0]!.outboundCallerId).toBeUndefined();
    expect(parseAccountConfig(last).ok).toBe(true);
  });

  it('ring-group membership is a labelled checkbox per group', () => {
    let last: Draft | undefined;
    render(<Editor onDraft={(d) => (last = d)} />);
    const group = screen.getByRole('group', { name: 'Ring groups of Austin' });
    const billing = group.querySelectorAll('input')[2] as HTMLInputElement;
    expect(billing.closest('label')!.textContent).toBe('Billing');
    expect(billing.checked).toBe(false);
    fireEvent.click(billing);
    expect(last!.numbers.find((n) => n.id === 'us-austin')!.ringGroups).toEqual([
      'support',
      'billing',
    ]);
  });
});
