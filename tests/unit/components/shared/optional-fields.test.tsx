// @vitest-environment happy-dom
/** A number without a label shows its number (once); an agent without an email is listed cleanly. */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { AgentPicker } from '../../../../components/shared/AgentPicker';
import { NumberLine } from '../../../../components/shared/NumberLine';
import { describeNumber, numberSummary } from '../../../../lib/ui/format';
import { num, SF } from '../fixtures';

afterEach(cleanup);

const BARE = num('n-bare', '+14155550111', '');

describe('a number without a label', () => {
  it('is named by its number, written once, never by its id', () => {
    render(<NumberLine number={BARE} />);
    const line = document.querySelector('.number-line')!;
    expect(line.textContent).toBe('+1 415 555 0111United States');
    expect(line.textContent).not.toContain('n-bare');
    expect(line.textContent!.split('+1 415 555 0111')).toHaveLength(2);
  });

  it.each([
    [BARE, { label: '+1 415 555 0111', labelled: false }, '+1 415 555 0111, United States'],
    [
      SF,
      { label: 'San Francisco', labelled: true },
      'San Francisco, +1 415 555 0100, United States',
    ],
  ])('describeNumber and numberSummary: %j', (n, described, summary) => {
    expect(describeNumber(n)).toMatchObject(described);
    expect(numberSummary(n)).toBe(summary);
  });
});

describe('an agent without an email', () => {
  it('is listed with their ring groups and no stray separator', () => {
    render(
      <AgentPicker
        accountName="Acme"
        agents={[
          { id: 'ana', name: 'Ana Silva', email: '', ringGroups: ['sales'] },
          { id: 'bo', name: 'Bo Li', email: 'bo@acme.example', ringGroups: ['sales'] },
        ]}
        ringGroups={[{ id: 'sales', name: 'Sales' }]}
        onPick={() => undefined}
        busy={false}
      />,
    );
    const meta = [...document.querySelectorAll('.agent-meta')].map((m) => m.textContent);
    expect(meta).toEqual(['Sales', 'bo@acme.example · Sales']);
    expect(screen.getByRole('radio', { name: /Ana Silva/ })).toBeTruthy();
  });
});
