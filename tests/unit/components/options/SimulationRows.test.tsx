// @vitest-environment happy-dom
/**
 * The simulator's rows: every call of a large run is reachable by scrolling, while only the rows
 * on screen are in the page.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SIM_ROW_HEIGHT, SimulationRows } from '../../../../components/options/SimulationRows';
import { MAX_ROWS } from '../../../../lib/presence/simulator';
import { ChunkEncoder, SimTable } from '../../../../lib/presence/sim-columns';
import { fakeBoxSizes } from './box-sizes';

const ROW = SIM_ROW_HEIGHT;

/** A run of `n` calls, received in chunks of 1,000 rows as the worker sends them. */
function table(n: number): SimTable {
  const encoder = new ChunkEncoder();
  const out = new SimTable();
  for (let i = 0; i < n; i++) {
    encoder.push({
      destination: `415 ${String(i).padStart(7, '0')}`,
      e164: `+1415${String(i).padStart(7, '0')}`,
      agentId: `agent-${i % 3}`,
      numberId: 'sf',
      number: '+14155550100',
      rule: 'area-code',
      reason: 'Same area code (415) as the number you are calling.',
    });
    if (encoder.size === 1000 || i === n - 1) out.append(encoder.flush().chunk);
  }
  return out;
}

const bodyRows = () =>
  screen.getAllByRole('row').filter((r) => r.hasAttribute('data-index') && r.closest('tbody'));

beforeEach(() => fakeBoxSizes({ box: 10 * ROW }));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('SimulationRows', () => {
  it('keeps the simulator’s largest run under the tallest box Chromium lays out', () => {
    expect(MAX_ROWS * SIM_ROW_HEIGHT + 200).toBeLessThan(33_554_431);
  });

  it('draws a few dozen of 100,000 rows, and the last ones once scrolled to the end', async () => {
    render(<SimulationRows table={table(100_000)} />);
    expect(screen.getByText('Listing the calls…')).toBeTruthy();
    await waitFor(() => expect(bodyRows().length).toBeGreaterThan(0));
    expect(screen.getByRole('table').getAttribute('aria-rowcount')).toBe('100001');
    expect(screen.getByText('All 100,000 calls (scroll to see them)')).toBeTruthy();
    const first = bodyRows();
    expect(first.length).toBeLessThan(40);
    expect(first[0]!.textContent).toBe(
      '+14150000000agent-0+14155550100area-codeSame area code (415) as the number you are calling.',
    );

    const box = screen.getByTestId('sim-rows');
    box.scrollTop = 100_000 * ROW;
    fireEvent.scroll(box);
    await waitFor(() =>
      expect(bodyRows().at(-1)!.getAttribute('aria-rowindex')).toBe(String(100_000 + 1)),
    );
    expect(bodyRows().length).toBeLessThan(40);
    expect(bodyRows().at(-1)!.textContent).toBe(
      '+14150099999agent-0+14155550100area-codeSame area code (415) as the number you are calling.',
    );
  });

  it('shows the destination as typed when it is not a valid number, and a dash for no caller ID', async () => {
    const encoder = new ChunkEncoder();
    encoder.push({
      destination: 'not a number',
      e164: '',
      agentId: 'a',
      numberId: '',
      number: '',
      rule: 'none',
      reason: 'The account has no numbers.',
    });
    const one = new SimTable();
    one.append(encoder.flush().chunk);
    render(<SimulationRows table={one} />);
    await waitFor(() => expect(bodyRows()).toHaveLength(1));
    expect(screen.getByText('The call')).toBeTruthy();
    expect(bodyRows()[0]!.textContent).toBe('not a numbera—noneThe account has no numbers.');
  });
});
