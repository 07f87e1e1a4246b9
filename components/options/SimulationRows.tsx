/**
 * The simulator's first calls as a table. Drawn one task after the summary, so the page never
 * does both in one long main-thread task once a large run ends.
 */
import { useEffect, useState } from 'preact/hooks';
import type { SimRow } from '../../lib/presence/simulator';
import { t } from '../../utils/i18n';

export function SimulationRows({ rows, total }: { rows: SimRow[]; total: number }) {
  const [shown, setShown] = useState<SimRow[] | null>(null);
  useEffect(() => {
    setShown(null);
    const timer = setTimeout(() => setShown(rows), 0);
    return () => clearTimeout(timer);
  }, [rows]);
  if (!shown) return <p class="hint">{t('options.sim.listing')}</p>;
  return (
    <div class="table-scroll sim-rows">
      <table class="table">
        <caption>
          {shown.length < total
            ? t('options.sim.rows.first', { count: shown.length })
            : t('options.sim.rows.all')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('options.sim.col.called')}</th>
            <th scope="col">{t('options.sim.col.agent')}</th>
            <th scope="col">{t('options.sim.col.callerId')}</th>
            <th scope="col">{t('options.sim.col.rule')}</th>
            <th scope="col">{t('options.sim.col.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r, i) => (
            <tr key={i}>
              <td class="tel">{r.e164 || r.destination}</td>
              <td>{r.agentId}</td>
              <td class="tel">{r.number || '—'}</td>
              <td>
                <code>{r.rule}</code>
              </td>
              <td>{r.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
