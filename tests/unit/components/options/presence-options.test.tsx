// @vitest-environment happy-dom
/**
 * The options page's presence sections: the options form, the simulator (with a worker that runs
 * the simulation in this thread, as the real one does in its own) and the per-number chart.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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
import { fakeBoxSizes } from './box-sizes';
import { runWorkerJob } from '../../../../lib/presence/worker-job';
import type { WorkerReply, WorkerRequest } from '../../../../lib/presence/worker-protocol';

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

/**
 * A worker that runs the worker's own job in this thread, answering as the real one does (the
 * structured clone of each reply is left out: the test reads what was posted).
 */
function inThreadWorker(): Worker {
  const w = {
    onmessage: null as ((e: MessageEvent<WorkerReply>) => void) | null,
    onerror: null,
    terminate: vi.fn(),
    postMessage(req: WorkerRequest) {
      setTimeout(
        () =>
          void runWorkerJob(req, (data) => w.onmessage?.({ data } as MessageEvent<WorkerReply>)),
      );
    },
  };
  return w as unknown as Worker;
}

describe('Simulator (options)', () => {
  beforeEach(() => fakeBoxSizes({ box: 400 }));
  afterEach(() => vi.restoreAllMocks());

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

  it('simulates an uploaded CSV from its file, not the text box, and links every row as CSV', async () => {
    let csv: Blob | undefined;
    URL.createObjectURL = vi.fn((blob: Blob) => {
      csv = blob;
      return 'blob:sim';
    });
    URL.revokeObjectURL = vi.fn();
    const posted: WorkerRequest[] = [];
    const worker = () => {
      const w = inThreadWorker();
      const send = w.postMessage.bind(w);
      w.postMessage = (req: WorkerRequest) => {
        posted.push(req);
        send(req);
      };
      return w;
    };
    render(<SimulatorSection config={demoConfig()} createWorker={worker} />);
    fireEvent.input(screen.getByRole('textbox', { name: /Numbers to call/ }), {
      target: { value: '+1 212 555 0100' },
    });
    const lines = [
      'name,phone',
      ...Array.from({ length: 250 }, (_, i) => `C${i},415 555 ${1000 + i}`),
    ];
    const file = new File([lines.join('\n')], 'contacts.csv', { type: 'text/csv' });
    fireEvent.change(screen.getByLabelText('Upload a file'), { target: { files: [file] } });
    await screen.findByText(
      'contacts.csv loaded (251 lines); it is simulated instead of the text box.',
    );
    fireEvent.change(screen.getByRole('combobox', { name: 'Agent' }), {
      target: { value: 'maria-chen' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Simulate' }));
    await waitFor(() =>
      expect(screen.getByTestId('sim-status').textContent).toMatch(
        /^250 calls simulated \(CSV column “phone”\)\./,
      ),
    );
    // The page sent the file itself: the worker read it.
    expect(posted).toHaveLength(1);
    expect('file' in posted[0]! && posted[0].file).toBe(file);
    expect('text' in posted[0]!).toBe(false);
    const text = await csv!.text();
    expect(text.split('\r\n')).toHaveLength(252); // header, 250 rows, the final CRLF
    expect(text.split('\r\n')[1]).toMatch(/^415 555 1000,\+14155551000,maria-chen,\+1\d{10},/);
    // Every row is reachable in the table; only those on screen are drawn.
    await waitFor(() =>
      expect(screen.getByText('All 250 calls (scroll to see them)')).toBeTruthy(),
    );
    const drawn = screen.getByTestId('sim-rows').querySelectorAll('tbody tr[data-index]');
    expect(drawn.length).toBeGreaterThan(5);
    expect(drawn.length).toBeLessThan(40);
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
