// @vitest-environment happy-dom
/**
 * LongLists over a fake layout: a list of rows 20 px tall starting at `listTop` in viewport
 * coordinates (the page "scrolls" by moving it), a 720 px viewport. Animation frames and timers
 * are driven by hand.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScanUnit } from '../../../../lib/detect';
import { LongLists } from '../../../../entrypoints/content/long-lists';

const ROW = 20;
const ROWS = 1_000;

let listTop = 0;
let hidden = false;
/** Row index → top offset within the list (a reversed list maps it differently). */
let place = (i: number) => i * ROW;
let list: HTMLUListElement;
let frames: Array<() => void> = [];
let scanned: ScanUnit[] = [];
let forgotten: Element[] = [];
let lists: LongLists;

const view = {
  innerHeight: 720,
  requestAnimationFrame: (callback: () => void) => frames.push(callback),
  cancelAnimationFrame: () => {},
} as unknown as Window;

const rowsOf = (units: ScanUnit[]) =>
  units.map((u) => Array.prototype.indexOf.call(list.children, u.root));

/** A frame, then its timer. */
function settle() {
  const due = frames;
  frames = [];
  for (const callback of due) callback();
  vi.runAllTimers();
}

beforeEach(() => {
  vi.useFakeTimers();
  listTop = 0;
  hidden = false;
  place = (i) => i * ROW;
  frames = [];
  scanned = [];
  forgotten = [];
  list = document.createElement('ul');
  for (let i = 0; i < ROWS; i++) list.append(document.createElement('li'));
  document.body.replaceChildren(list);
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    if (hidden) return new DOMRect(0, 0, 0, 0);
    if (this === list) return new DOMRect(0, listTop, 800, ROWS * ROW);
    const i = Array.prototype.indexOf.call(list.children, this);
    return i < 0 ? new DOMRect(0, 0, 0, 0) : new DOMRect(0, listTop + place(i), 800, ROW);
  });
  lists = new LongLists(view, {
    scan: (units) => scanned.push(...units),
    forget: (row) => forgotten.push(row),
  });
});

afterEach(() => {
  lists.clear();
  vi.useRealTimers();
});

describe('LongLists', () => {
  it('scans the rows within two screens of the viewport once a frame has been laid out', () => {
    expect(lists.take(list)).toBe(true);
    expect(scanned).toEqual([]);
    settle();
    // Rows meeting -1,440 … 2,160 px: rows 0 to 107.
    expect(rowsOf(scanned)).toEqual(Array.from({ length: 108 }, (_, i) => i));
    expect(scanned.every((u) => u.deep)).toBe(true);
  });

  it('scans rows that come near as the page scrolls, and lets go of rows five screens away', () => {
    const indexes = (rows: Element[]) =>
      rows.map((row) => Array.prototype.indexOf.call(list.children, row));
    const range = (from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, i) => from + i);
    lists.take(list);
    settle();
    scanned = [];
    // Scrolled 4,000 px down: rows 128 to 307 meet the scan band (-1,440 … 2,160 px); rows 0 to
    // 19 end above the keep band (-3,600 … 4,320 px).
    listTop = -4_000;
    lists.scrolled();
    settle();
    expect(rowsOf(scanned)).toEqual(range(128, 307));
    expect(indexes(forgotten)).toEqual(range(0, 19));
    scanned = [];
    forgotten = [];
    // A jump to 9,000 px: rows 378 to 557 are new in the scan band; the scanned rows up to 269
    // are let go (rows 108 to 127 were never scanned).
    listTop = -9_000;
    lists.scrolled();
    settle();
    expect(indexes(forgotten)).toEqual([...range(20, 107), ...range(128, 269)]);
    expect(rowsOf(scanned)).toEqual(range(378, 557));
  });

  it('looks at most every 100 ms while the page scrolls', () => {
    lists.take(list);
    settle();
    scanned = [];
    listTop = -4_000;
    lists.scrolled();
    vi.advanceTimersByTime(50);
    expect(scanned).toEqual([]);
    vi.advanceTimersByTime(50);
    expect(scanned.length).toBeGreaterThan(0);
  });

  it('claims mutations in rows it has not scanned, not in rows it has or outside its lists', () => {
    lists.take(list);
    settle();
    const near = list.children[3]!.appendChild(document.createElement('span'));
    const far = list.children[900]!.appendChild(document.createElement('span'));
    const outside = document.body.appendChild(document.createElement('p'));
    expect(lists.claims({ root: near, deep: false })).toBe(false);
    expect(lists.claims({ root: list.children[3]!, deep: true })).toBe(false);
    expect(lists.claims({ root: far, deep: false })).toBe(true);
    expect(lists.claims({ root: list.children[900]!, deep: true })).toBe(true);
    expect(lists.claims({ root: outside, deep: true })).toBe(false);
  });

  it('a new row inserted near the viewport is scanned', () => {
    lists.take(list);
    settle();
    scanned = [];
    const added = document.createElement('li');
    list.children[10]!.before(added);
    expect(lists.claims({ root: added, deep: true })).toBe(true);
    settle();
    expect(scanned.map((u) => u.root)).toContain(added);
  });

  it('hands a list whose rows go up the page back to the scan, whole, and never takes it again', () => {
    place = (i) => (ROWS - 1 - i) * ROW;
    lists.take(list);
    settle();
    expect(scanned).toEqual([{ root: list, deep: true }]);
    expect(lists.take(list)).toBe(false);
    expect(lists.size).toBe(0);
  });

  it('leaves a hidden list alone until it is looked at again', () => {
    hidden = true;
    lists.take(list);
    settle();
    expect(scanned).toEqual([]);
    expect(lists.size).toBe(1);
    hidden = false;
    lists.schedule();
    settle();
    expect(rowsOf(scanned)).toHaveLength(108);
  });

  it('stops when cleared', () => {
    lists.take(list);
    lists.clear();
    settle();
    expect(scanned).toEqual([]);
    expect(lists.size).toBe(0);
  });
});
