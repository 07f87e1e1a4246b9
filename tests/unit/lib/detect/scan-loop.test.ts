// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MatchRegistry, ScanLoop, Scanner, SLICE_MS, yieldToPage } from '../../../../lib/detect';
import type { Detected, ScanUnit } from '../../../../lib/detect';

const US = { defaultCountry: 'US' } as const;

function rows(n: number): string {
  let html = '<table><tbody>';
  for (let i = 0; i < n; i++) html += `<tr><td>Row ${i}</td><td>(415) 555-${1000 + i}</td></tr>`;
  return html + '</tbody></table>';
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('ScanLoop', () => {
  it('works in slices of at most SLICE_MS and waits for the page between them', async () => {
    document.body.innerHTML = rows(300);
    const registry = new MatchRegistry<Detected>((m) => m);
    // A clock that moves 0.5 ms per read: a slice sees its deadline after ~16 reads.
    let clock = 0;
    const now = () => (clock += 0.5);
    const events: string[] = [];
    let idle!: () => void;
    const done = new Promise<void>((resolve) => (idle = resolve));
    const loop = new ScanLoop({
      createScanner: (units) => new Scanner(registry.sink, US, units),
      beforeSlice: () => (events.push('slice'), []),
      idle: () => idle(),
      now,
      yield: async () => {
        events.push('yield');
        await Promise.resolve();
      },
    });
    loop.add([{ root: document.body, deep: true }]);
    await done;
    expect(registry.size).toBe(300);
    expect(loop.slices).toBeGreaterThan(3);
    // Every slice comes after a turn of the page's, the first one included.
    expect(events[0]).toBe('yield');
    for (let i = 0; i < events.length; i++) {
      if (events[i] === 'slice') expect(events[i - 1]).toBe('yield');
    }
    // A slice stops at its deadline (plus the scanner's check interval at 0.5 ms a read).
    expect(loop.longestSliceMs).toBeLessThanOrEqual(SLICE_MS + 1);
  });

  it('takes the units a slice finds waiting (mutations) into the running scan', async () => {
    document.body.innerHTML = rows(5);
    const registry = new MatchRegistry<Detected>((m) => m);
    const extra = document.createElement('p');
    extra.textContent = 'Call (212) 555-0188';
    let pending: ScanUnit[] = [];
    let idle!: () => void;
    const done = new Promise<void>((resolve) => (idle = resolve));
    const loop = new ScanLoop({
      createScanner: (units) => new Scanner(registry.sink, US, units),
      beforeSlice: () => {
        const units = pending;
        pending = [];
        return units;
      },
      idle: () => idle(),
      yield: () => Promise.resolve(),
    });
    loop.add([{ root: document.body, deep: true }]);
    document.body.append(extra);
    pending = [{ root: extra, deep: true }];
    await done;
    expect([...registry.entries()].map((m) => m.e164)).toContain('+12125550188');
    expect(registry.size).toBe(6);
  });

  it('stops: no slice runs and idle is not called after stop()', async () => {
    document.body.innerHTML = rows(50);
    const registry = new MatchRegistry<Detected>((m) => m);
    const idle = vi.fn();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const loop = new ScanLoop({
      createScanner: (units) => new Scanner(registry.sink, US, units),
      beforeSlice: () => [],
      idle,
      yield: () => gate,
    });
    loop.add([{ root: document.body, deep: true }]);
    loop.stop();
    release();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(registry.size).toBe(0);
    expect(idle).not.toHaveBeenCalled();
  });
});

describe('yieldToPage', () => {
  it("queues behind the page's waiting work with scheduler.postTask at the page's priority", async () => {
    const postTask = vi.fn((callback: () => void) => Promise.resolve().then(callback));
    vi.stubGlobal('scheduler', { postTask, yield: vi.fn() });
    await yieldToPage();
    expect(postTask).toHaveBeenCalledWith(expect.any(Function), { priority: 'user-visible' });
  });

  it('without postTask (Firefox), resumes in a task of its own, not a microtask', async () => {
    vi.stubGlobal('scheduler', undefined);
    let resumed = false;
    const turn = yieldToPage().then(() => (resumed = true));
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(resumed).toBe(false);
    await turn;
    expect(resumed).toBe(true);
  });
});
