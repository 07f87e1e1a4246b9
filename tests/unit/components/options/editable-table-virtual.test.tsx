// @vitest-environment happy-dom
/**
 * A long table draws only the rows in view, and a scroll or an edit renders only the rows that
 * changed: rows entering the view are added, the rows that stay are the same elements and are not
 * rendered again, and an edit renders the edited row alone. happy-dom has no layout, so the
 * scrolling box is given the height it has in Chromium (720 px) and every row the table's row
 * height (the rows' least height, EditableTable's `rowHeight`); the real layout is covered by
 * tests/e2e/options-scale.spec.ts and bench/browser/options-scale.spec.ts.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { options, type VNode } from 'preact';
import { useState } from 'preact/hooks';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NumbersTable } from '../../../../components/options/NumbersTable';
import { JUMP_OVERSCAN, overscanFor } from '../../../../components/options/hooks/useVirtualRows';
import { parseAccountConfig } from '../../../../lib/caller-id/index';
import type { Draft } from '../../../../lib/ui/draft';
import { PathErrors } from '../../../../lib/ui/errors';
import { generateLargeAccount } from '../../../../scripts/gen-large-account.mjs';

const VIEW = 720;
const ROW = 76; // NumbersTable's rowHeight

const restore: (() => void)[] = [];
function fake(name: 'clientHeight' | 'clientWidth' | 'offsetHeight', get: (el: Element) => number) {
  const before = Object.getOwnPropertyDescriptor(HTMLElement.prototype, name);
  Object.defineProperty(HTMLElement.prototype, name, {
    configurable: true,
    get(this: HTMLElement) {
      return get(this);
    },
  });
  restore.push(() => before && Object.defineProperty(HTMLElement.prototype, name, before));
}

beforeAll(() => {
  fake('clientHeight', (el) => (el.classList.contains('table-virtual') ? VIEW : 0));
  fake('clientWidth', (el) => (el.classList.contains('table-virtual') ? 1000 : 0));
  fake('offsetHeight', (el) => (el.tagName === 'TR' ? ROW : 0));
});
afterAll(() => restore.forEach((r) => r()));
afterEach(cleanup);

/** Counts renders of the row components by name (Preact's `diffed` hook, after each render). */
const renders = new Map<string, number>();
let previous: typeof options.diffed;
beforeAll(() => {
  previous = options.diffed;
  options.diffed = (vnode: VNode) => {
    const type = vnode.type as { name?: string } | string;
    if (typeof type === 'function' && (type as { name: string }).name === 'NumberRow')
      renders.set('NumberRow', (renders.get('NumberRow') ?? 0) + 1);
    previous?.(vnode);
  };
});
afterAll(() => {
  options.diffed = previous;
});
const rowRenders = () => renders.get('NumberRow') ?? 0;

const doc = generateLargeAccount({ numbers: 1_000, agents: 5, ringGroups: 500, seed: 7 });
function draft(): Draft {
  const parsed = parseAccountConfig(doc);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.config;
}

function Editor({ start, onDraft }: { start: Draft; onDraft?: (d: Draft) => void }) {
  const [d, setDraft] = useState(start);
  const [errors] = useState(() => new PathErrors([]));
  const [saved] = useState(() => new Set(start.numbers.map((n) => n.id)));
  const change = (next: Draft) => {
    setDraft(next);
    onDraft?.(next);
  };
  return <NumbersTable draft={d} onChange={change} errors={errors} savedIds={saved} />;
}

const drawnRows = (table: HTMLElement) =>
  [...table.querySelectorAll<HTMLTableRowElement>('tbody tr:not(.spacer)')].map((tr) => ({
    tr,
    index: Number(tr.getAttribute('aria-rowindex')),
  }));

async function scrollTo(box: HTMLElement, top: number) {
  box.scrollTop = top;
  fireEvent.scroll(box);
  // Preact renders in a microtask after the virtualizer's change.
  await new Promise((r) => setTimeout(r, 0));
}

describe('a long table', () => {
  const start = draft();

  it('draws the rows in view and a quarter of a view around them', () => {
    render(<Editor start={start} />);
    const table = screen.getByRole('table', { name: 'Numbers' });
    expect(table.getAttribute('aria-rowcount')).toBe('1001');
    const inView = Math.ceil(VIEW / ROW);
    const rows = drawnRows(table);
    expect(rows.map((r) => r.index)).toEqual(Array.from({ length: rows.length }, (_, i) => i + 2));
    expect(rows.length).toBeGreaterThanOrEqual(inView);
    expect(rows.length).toBeLessThanOrEqual(inView + overscanFor(VIEW, ROW));
  }, 30_000);

  it('a scroll adds only the rows entering the view; the others stay and are not rendered again', async () => {
    render(<Editor start={start} />);
    const table = screen.getByRole('table', { name: 'Numbers' });
    const box = table.closest<HTMLElement>('.table-virtual')!;
    await scrollTo(box, 100 * ROW);
    const before = drawnRows(table);
    expect(before[0]!.index).toBeGreaterThan(90);

    const added: Node[] = [];
    const watch = new MutationObserver((records) =>
      records.forEach((r) => added.push(...[...r.addedNodes].filter((n) => n.nodeName === 'TR'))),
    );
    watch.observe(table.querySelector('tbody')!, { childList: true });
    renders.clear();
    await scrollTo(box, 102 * ROW); // two rows further down
    watch.disconnect();

    const after = drawnRows(table);
    const entering = after.filter((r) => !before.some((b) => b.index === r.index));
    expect(entering.map((r) => r.index)).toEqual(
      [...before, ...entering].slice(-2).map((r) => r.index),
    );
    expect(entering).toHaveLength(2);
    // Rows still in view are the same elements, and only the entering rows rendered.
    for (const row of after.filter((r) => before.some((b) => b.index === r.index)))
      expect(before.find((b) => b.index === row.index)!.tr).toBe(row.tr);
    expect(added.filter((n) => !(n as Element).classList.contains('spacer'))).toHaveLength(2);
    expect(rowRenders()).toBe(2);
  }, 30_000);

  it('a far jump draws a new window of the same size', async () => {
    render(<Editor start={start} />);
    const table = screen.getByRole('table', { name: 'Numbers' });
    const count = drawnRows(table).length;
    await scrollTo(table.closest<HTMLElement>('.table-virtual')!, 700 * ROW);
    const rows = drawnRows(table);
    expect(rows.length).toBeLessThanOrEqual(count + 2 * overscanFor(VIEW, ROW));
    expect(rows.some((r) => r.index === 702)).toBe(true);
    expect(
      within(table).getByRole('textbox', { name: 'Label of number 701', exact: true }),
    ).toBeTruthy();
  }, 30_000);

  it('a far jump draws the rows in view and one more each side first, the margins just after', async () => {
    render(<Editor start={start} />);
    const table = screen.getByRole('table', { name: 'Numbers' });
    const box = table.closest<HTMLElement>('.table-virtual')!;
    box.scrollTop = 300 * ROW;
    fireEvent.scroll(box);
    // Preact renders in a microtask after the virtualizer's change; the margins wait for a task.
    for (let i = 0; i < 5; i++) await Promise.resolve();
    // Row 301 is at the top of the view (aria-rowindex 302); the view holds 720 / 76 rows.
    const inView = Math.ceil(VIEW / ROW);
    const first = drawnRows(table).map((r) => r.index);
    expect(first[0]).toBe(302 - JUMP_OVERSCAN);
    expect(first.at(-1)).toBe(302 + inView - 1 + JUMP_OVERSCAN);

    await new Promise((r) => setTimeout(r, 0));
    await new Promise((r) => setTimeout(r, 0));
    const then = drawnRows(table).map((r) => r.index);
    const margin = overscanFor(VIEW, ROW);
    expect(margin).toBeGreaterThan(JUMP_OVERSCAN);
    expect(then[0]).toBe(302 - margin);
    expect(then.at(-1)).toBe(302 + inView - 1 + margin);
    expect(then).toEqual(Array.from({ length: then.length }, (_, i) => then[0]! + i));

    // A short scroll from there is no jump: its rows come with their margins at once.
    box.scrollTop = 302 * ROW;
    fireEvent.scroll(box);
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(drawnRows(table)[0]!.index).toBe(304 - margin);
  }, 30_000);

  it('an edit renders the edited row alone', async () => {
    let last: Draft | undefined;
    render(<Editor start={start} onDraft={(d) => (last = d)} />);
    const label = screen.getByRole('textbox', { name: 'Label of number 3', exact: true });
    renders.clear();
    fireEvent.input(label, { target: { value: 'Front desk' } });
    await new Promise((r) => setTimeout(r, 0));
    expect(last!.numbers[2]!.label).toBe('Front desk');
    expect(rowRenders()).toBe(1);
  }, 30_000);
});

describe('overscan', () => {
  it.each([
    [720, 76, 3],
    [720, 150, 2],
    [720, 52, 4],
    [0, 76, 1],
    [100, 500, 1],
  ])('a %i px view of %i px rows draws %i rows beyond each edge', (view, row, rows) => {
    expect(overscanFor(view, row)).toBe(rows);
  });
});
