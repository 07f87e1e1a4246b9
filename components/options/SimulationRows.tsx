/**
 * Every simulated call as a table that draws only the rows on screen (useVirtualRows): 100,000
 * rows stay one scrolling box of about twenty drawn rows, each decoded from the run's columnar
 * SimTable when it is drawn. Drawn one task after the summary, so the page never does both in
 * one main-thread task once a large run ends.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SimTable } from '../../lib/presence/sim-columns';
import { t } from '../../utils/i18n';
import { useVirtualRows } from './hooks/useVirtualRows';

/** A row's usual height in pixels (one line of text), before it is measured. */
const ROW_HEIGHT = 37;
const COLUMNS = 5;

export function SimulationRows({ table }: { table: SimTable }) {
  const [shown, setShown] = useState<SimTable | null>(null);
  useEffect(() => {
    setShown(null);
    const timer = setTimeout(() => setShown(table), 0);
    return () => clearTimeout(timer);
  }, [table]);
  const scroller = useRef<HTMLDivElement>(null);
  const count = shown?.length ?? 0;
  const rows = useVirtualRows({
    count,
    scrollElement: () => scroller.current,
    estimateSize: ROW_HEIGHT,
  });
  if (!shown) return <p class="hint">{t('options.sim.listing')}</p>;
  return (
    <div ref={scroller} class="sim-rows" data-testid="sim-rows" tabIndex={0}>
      <table class="table" aria-rowcount={count + 1}>
        <caption>{t('options.sim.rows.every', { count })}</caption>
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
          {rows.before > 0 && (
            <tr class="spacer" aria-hidden="true">
              <td colSpan={COLUMNS} style={{ height: `${rows.before}px` }} />
            </tr>
          )}
          {rows.items.map(({ index }) => {
            const r = shown.row(index);
            return (
              <tr key={index} data-index={index} ref={rows.measure} aria-rowindex={index + 2}>
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
          {rows.after > 0 && (
            <tr class="spacer" aria-hidden="true">
              <td colSpan={COLUMNS} style={{ height: `${rows.after}px` }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
