/**
 * Every simulated call as a table that draws only the rows on screen: 100,000 rows (up to the
 * simulator's 1,000,000) stay one scrolling box of about twenty drawn rows, each decoded from
 * the run's columnar SimTable when it is drawn. Rows have one fixed height (one line, never
 * wrapped: the agent and reason columns are as wide as their longest value in the run, and the
 * box scrolls sideways), so which rows to draw is arithmetic (lib/ui/window-range.ts): a virtual list that measures rows would recompute the
 * positions of every row, a long task at 100,000. The box (fixed size, contain: strict) comes
 * with the summary and its rows one task later, so the page never lays out both in one task and
 * the rows' layout stays inside the box.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { SimTable } from '../../lib/presence/sim-columns';
import { visibleRange } from '../../lib/ui/window-range';
import { t } from '../../utils/i18n';

/** A row's height in pixels, as options.css fixes it (.sim-rows tbody tr). */
export const SIM_ROW_HEIGHT = 30;
const OVERSCAN = 6;
const COLUMNS = 5;

/**
 * A column as wide as `chars` characters of text (at least `min`), with room for wider letters
 * than the "0" a `ch` measures and for the cell's padding: rows never wrap, and never cut.
 */
const width = (chars: number, min: number) => `calc(${Math.max(chars, min) * 1.25}ch + 24px)`;

export function SimulationRows({ table }: { table: SimTable }) {
  const [shown, setShown] = useState<SimTable | null>(null);
  useEffect(() => {
    setShown(null);
    const timer = setTimeout(() => setShown(table), 0);
    return () => clearTimeout(timer);
  }, [table]);
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 0 });
  const frame = useRef(0);
  const look = () => {
    const el = scroller.current;
    if (el) setView({ top: el.scrollTop, height: el.clientHeight });
  };
  useLayoutEffect(look, [shown]);
  useEffect(() => () => cancelAnimationFrame(frame.current), []);
  // One update per frame, however many scroll events the frame had.
  const onScroll = () => {
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      look();
    });
  };

  const count = shown?.length ?? 0;
  const { start, end } = visibleRange(view.top, view.height, SIM_ROW_HEIGHT, count, OVERSCAN);
  const drawn: number[] = [];
  for (let i = start; i < end; i++) drawn.push(i);
  return (
    <div ref={scroller} class="sim-rows" data-testid="sim-rows" tabIndex={0} onScroll={onScroll}>
      <table class="table" aria-rowcount={count + 1}>
        <caption>
          {shown ? t('options.sim.rows.every', { count }) : t('options.sim.listing')}
        </caption>
        <colgroup>
          <col class="sim-col-called" />
          <col style={{ width: width(shown?.longest('agentId') ?? 0, 8) }} />
          <col class="sim-col-caller" />
          <col class="sim-col-rule" />
          <col style={{ width: width(shown?.longest('reason') ?? 0, 30) }} />
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{t('options.sim.col.called')}</th>
            <th scope="col">{t('options.sim.col.agent')}</th>
            <th scope="col">{t('options.sim.col.callerId')}</th>
            <th scope="col">{t('options.sim.col.rule')}</th>
            <th scope="col">{t('options.sim.col.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {start > 0 && (
            <tr class="spacer" aria-hidden="true">
              <td colSpan={COLUMNS} style={{ height: `${start * SIM_ROW_HEIGHT}px` }} />
            </tr>
          )}
          {shown &&
            drawn.map((index) => {
              const r = shown.row(index);
              return (
                <tr key={index} data-index={index} aria-rowindex={index + 2}>
                  <td class="tel">{r.e164 || r.destination}</td>
                  <td>{r.agentId}</td>
                  <td class="tel">{r.number || '—'}</td>
                  <td>
                    <code>{r.rule}</code>
                  </td>
                  <td>{r.reason}</td>
                </tr>
              );
            })}
          {end < count && (
            <tr class="spacer" aria-hidden="true">
              <td colSpan={COLUMNS} style={{ height: `${(count - end) * SIM_ROW_HEIGHT}px` }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
