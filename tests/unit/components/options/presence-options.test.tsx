// @vitest-environment happy-dom
/**
 * The options page's presence sections: the options form, the simulator (with a worker that runs
 * the simulation in this thread, as the real one does in its own) and the per-number chart.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NumberReportSection } from '../../../../components/options/NumberReportSection';
import { PresenceSection } from '../../../../components/options/PresenceSection';
import { SimulatorSection } from '../../../../components/options/SimulatorSection';
import { parseAccountConfig } from '../../../../lib/caller-id/index';
import type {
  AccountConfig,
  CallerIdSettings,
  CallHistoryEntry,
} from '../../../../lib/caller-id/types';
import demo from '../../../../lib/demo/account.json';
import { runSimulation, toCsv, type SimRequest } from '../../../../lib/presence/simulator';
import type { WorkerReply } from '../../../../lib/presence/worker-protocol';

afterEach(cleanup);

function demoConfig(): AccountConfig {
  const parsed = parseAccountConfig(demo);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.config;
}

function Harness({ onValue }: { onValue: (v: CallerIdSettings) => void }) {
  const [value, setValue] = useState<CallerIdSettings>({ mode: 'automated', allowDefault: true });
  return (
    <PresenceSection
      value={value}
      onChange={(patch) => {
        const next = { ...value, ...patch };
        setValue(next);
        onValue(next);
      }}
    />
  );
}

describe('Local presence (options)', () => {
  it('turns each option on with its default and off again', () => {
    const onValue = vi.fn();
    render(<Harness onValue={onValue} />);
    fireEvent.click(screen.getByRole('checkbox', { name: /^Same place/ }));
    expect(onValue).toHaveBeenLastCalledWith(expect.objectContaining({ samePlace: true }));
    fireEvent.click(screen.getByRole('checkbox', { name: /^Contact continuity/ }));
    expect(onValue).toHaveBeenLastCalledWith(expect.objectContaining({ contactHistoryDays: 30 }));
    fireEvent.input(screen.getByRole('spinbutton', { name: 'Contact continuity: days' }), {
      target: { value: '45' },
    });
    expect(onValue).toHaveBeenLastCalledWith(expect.objectContaining({ contactHistoryDays: 45 }));
    fireEvent.click(screen.getByRole('checkbox', { name: /^Share the load/ }));
    fireEvent.input(screen.getByRole('spinbutton', { name: 'Daily cap per number' }), {
      target: { value: '150' },
    });
    expect(onValue).toHaveBeenLastCalledWith(
      expect.objectContaining({ shareLoad: { dailyCapPerNumber: 150 } }),
    );
    fireEvent.click(screen.getByRole('checkbox', { name: /^Calling hours/ }));
    expect(onValue).toHaveBeenLastCalledWith(
      expect.objectContaining({ callingHours: { start: '08:00', end: '21:00' } }),
    );
    fireEvent.click(screen.getByRole('checkbox', { name: /^Same place/ }));
    expect(onValue.mock.lastCall![0].samePlace).toBeUndefined();
  });

  it('shows each field’s problem next to it', () => {
    render(
      <PresenceSection
        value={{ mode: 'automated', allowDefault: true, contactHistoryDays: 0 }}
        onChange={vi.fn()}
        errors={(f) =>
          f === 'contactHistoryDays' ? ['0 is not a number of days from 1 to 365'] : []
        }
      />,
    );
    expect(screen.getByText('0 is not a number of days from 1 to 365')).toBeTruthy();
  });
});

/** A worker that runs the simulation in this thread and answers as the real one does. */
function inThreadWorker(): Worker {
  const w = {
    onmessage: null as ((e: MessageEvent<WorkerReply>) => void) | null,
    onerror: null,
    terminate: vi.fn(),
    postMessage(req: SimRequest) {
      setTimeout(() => {
        const reply = (data: WorkerReply) => w.onmessage?.({ data } as MessageEvent<WorkerReply>);
        const out = runSimulation(req, (p) => reply({ kind: 'progress', ...p }), 1);
        if (!out.ok) return reply({ kind: 'error', error: out.error });
        reply({
          kind: 'done',
          coverage: out.coverage,
          preview: out.preview,
          csv: new Blob([toCsv(out.rows, req.config)]),
          column: out.column,
          ms: 1,
        });
      });
    },
  };
  return w as unknown as Worker;
}

describe('Simulator (options)', () => {
  it('simulates pasted numbers for one agent: rows, coverage and a CSV link', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:sim');
    URL.revokeObjectURL = vi.fn();
    render(<SimulatorSection config={demoConfig()} createWorker={inThreadWorker} />);
    fireEvent.input(screen.getByRole('textbox', { name: /Numbers to call/ }), {
      target: { value: '+1 415 555 0199\n+1 808 555 0100\nnot a number' },
    });
    fireEvent.change(screen.getByRole('combobox', { name: 'Agent' }), {
      target: { value: 'maria-chen' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Simulate' }));
    await waitFor(() =>
      expect(screen.getByTestId('sim-status').textContent).toMatch(/^3 calls simulated/),
    );
    // The rows are drawn one task after the summary.
    await waitFor(() => {
      const rows = screen.getAllByRole('row').map((r) => r.textContent);
      expect(rows.some((r) => r?.includes('+14155550199') && r.includes('area-code'))).toBe(true);
    });
    const summary = within(screen.getByTestId('sim-summary'));
    expect(summary.getByRole('heading', { name: 'States and provinces' })).toBeTruthy();
    expect(summary.getByText('Hawaii')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Download CSV' }).getAttribute('href')).toBe(
      'blob:sim',
    );
  });

  it('says what is wrong with the input', async () => {
    render(<SimulatorSection config={demoConfig()} createWorker={inThreadWorker} />);
    fireEvent.input(screen.getByRole('textbox', { name: /Numbers to call/ }), {
      target: { value: 'name,phone\nJo,+14155550199' },
    });
    fireEvent.input(screen.getByRole('textbox', { name: /CSV column/ }), {
      target: { value: 'mobile' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Simulate' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'The CSV has no column "mobile" (its columns: name, phone).',
      ),
    );
  });

  it('cannot run while the edited account has problems', () => {
    render(<SimulatorSection config={null} createWorker={inThreadWorker} />);
    expect(screen.getByRole('button', { name: 'Simulate' }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByText(/Fix the problems listed above/)).toBeTruthy();
  });
});

describe('Calls per number (options)', () => {
  it('charts calls per day and the answer rate where outcomes are known', () => {
    const config = demoConfig();
    const n = config.numbers[0]!;
    const now = new Date(2026, 10, 28, 15).getTime();
    const call = (daysAgo: number, outcome: string): CallHistoryEntry => ({
      at: now - daysAgo * 86_400_000,
      accountId: config.account.id,
      agentId: 'maria-chen',
      to: '+14155550199',
      from: n.number,
      fromNumberId: n.id,
      outcome,
    });
    const history = [
      call(0, 'answered'),
      call(0, 'no-answer'),
      call(1, 'placed'),
      call(0, 'refused'),
    ];
    render(<NumberReportSection config={config} history={history} now={now} />);
    const row = screen.getByRole('row', { name: new RegExp(n.label) });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent)
        .slice(1),
    ).toEqual(['3', '50% of 2']);
    const chart = within(row).getByRole('img');
    expect(chart.getAttribute('aria-label')).toMatch(/Nov 27: 1, Nov 28: 2$/);
  });
});
