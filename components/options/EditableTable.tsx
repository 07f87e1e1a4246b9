/**
 * The one editable table of the options page (numbers, ring groups, agents): a real <table> with
 * sortable column headers, rows keyed by a stable row key (never the index), and, for long lists,
 * only the rows on screen rendered (@tanstack/virtual-core through useVirtualRows). A virtualized
 * table scrolls inside its own box; the rows above and below what is drawn are empty space, and
 * aria-rowcount / aria-rowindex tell a screen reader where in the whole list each drawn row is.
 *
 * Each table passes `renderRow`, which should return a memoized row component: an edit replaces
 * one row object of the draft, so only that row renders again.
 */
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import type { Sort } from '../../lib/ui/table-query';
import { useVirtualRows } from './hooks/useVirtualRows';
import { Deferred } from './Deferred';

/** Up to this many rows are all drawn; above it, only those on screen. */
export const VIRTUAL_FROM = 60;

export interface Column<K extends string> {
  header: ComponentChildren;
  /** Set when the column sorts; the header becomes a button. */
  sortKey?: K;
  class?: string;
}

export interface EditableTableProps<K extends string> {
  /** The table's accessible name ("Numbers"). */
  label: string;
  columns: Column<K>[];
  /** Positions in the draft's list of the rows to show, in the order shown. */
  positions: readonly number[];
  keyOf: (position: number) => string;
  renderRow: (position: number) => ComponentChildren;
  sort?: Sort<K>;
  onSort?: (sort: Sort<K>) => void;
  /**
   * A row's usual height in pixels: a long table's rows are at least this tall, so the rows that
   * hold nothing unusual (no error, no extra line of ring groups) all measure exactly this and a
   * scroll lays them out once (a row measured at another height than its estimate makes the
   * table render, lay out and shift the scroll position a second time). Taller rows grow and are
   * measured.
   */
  rowHeight: number;
  /** Shown instead of rows when there are none to show. */
  empty: ComponentChildren;
}

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

export function EditableTable<K extends string>({
  label,
  columns,
  positions,
  keyOf,
  renderRow,
  sort,
  onSort,
  rowHeight,
  empty,
}: EditableTableProps<K>) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = positions.length > VIRTUAL_FROM;
  const rows = useVirtualRows({
    count: virtual ? positions.length : 0,
    scrollElement: () => scroller.current,
    estimateSize: rowHeight,
  });
  const drawn = virtual ? rows.items.map((item) => item.index) : positions.map((_, i) => i);
  const span = columns.length;
  return (
    <>
      <div
        ref={scroller}
        class={virtual ? 'table-scroll table-virtual' : 'table-scroll'}
        style={virtual ? { '--row-height': `${rowHeight}px` } : undefined}
      >
        <table
          class="table"
          aria-label={label}
          aria-rowcount={virtual ? positions.length + 1 : undefined}
        >
          <thead>
            <tr aria-rowindex={virtual ? 1 : undefined}>
              {columns.map((c, i) => (
                <th
                  key={i}
                  scope="col"
                  class={c.class}
                  aria-sort={
                    c.sortKey && sort && sort.key === c.sortKey ? ARIA_SORT[sort.dir] : undefined
                  }
                >
                  {c.sortKey && onSort ? (
                    <button
                      type="button"
                      class="sort-button"
                      onClick={() =>
                        onSort({
                          key: c.sortKey!,
                          dir:
                            sort && sort.key === c.sortKey && sort.dir === 'asc' ? 'desc' : 'asc',
                        })
                      }
                    >
                      {c.header}
                      <span class="sort-mark" aria-hidden="true">
                        {sort && sort.key === c.sortKey ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}
                      </span>
                    </button>
                  ) : (
                    c.header
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {virtual && rows.before > 0 && (
              <tr class="spacer" aria-hidden="true">
                <td colSpan={span} style={{ height: `${rows.before}px` }} />
              </tr>
            )}
            {/* The rows come a frame after the toolbar and header (Deferred: staged loading). */}
            <Deferred>
              {drawn.map((i) => {
                const position = positions[i]!;
                return (
                  <tr
                    key={keyOf(position)}
                    data-index={i}
                    ref={virtual ? rows.measure : undefined}
                    aria-rowindex={virtual ? i + 2 : undefined}
                  >
                    {renderRow(position)}
                  </tr>
                );
              })}
            </Deferred>
            {virtual && rows.after > 0 && (
              <tr class="spacer" aria-hidden="true">
                <td colSpan={span} style={{ height: `${rows.after}px` }} />
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {positions.length === 0 && <p class="empty-state">{empty}</p>}
    </>
  );
}
