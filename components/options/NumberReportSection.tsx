/**
 * Calls per caller ID per day over the last two weeks, from this computer's call log, as a small
 * bar chart per number (plain SVG), with the answer rate where the provider reports outcomes.
 */
import type { AccountConfig, CallHistoryEntry } from '../../lib/caller-id/types';
import { numberReport } from '../../lib/presence/number-report';
import { t, translator } from '../../utils/i18n';
import { Section } from './Section';

export interface NumberReportSectionProps {
  config: AccountConfig | null;
  history: readonly CallHistoryEntry[];
  now: number;
}

const BAR = 10;
const GAP = 3;
const HEIGHT = 36;

export function NumberReportSection({ config, history, now }: NumberReportSectionProps) {
  // Days as the page's language writes them: "3 Dec", "3 de dez.", "3 dic".
  const { date, number } = translator.value;
  const dayName = (at: number) => date(at, { day: 'numeric', month: 'short' });
  const report = numberReport(history, config?.account.id ?? '', now);
  const names = new Map(config?.numbers.map((n) => [n.id, n]) ?? []);
  const width = report.days.length * (BAR + GAP);
  return (
    <Section
      id="number-report"
      title={t('options.report.title')}
      description={t('options.report.description', {
        from: dayName(report.days[0]!),
        to: dayName(report.days.at(-1)!),
      })}
    >
      {report.rows.length === 0 ? (
        <p class="hint">{t('options.report.empty')}</p>
      ) : (
        <table class="table number-report">
          <thead>
            <tr>
              <th scope="col">{t('options.report.col.callerId')}</th>
              <th scope="col">{t('options.report.col.perDay')}</th>
              <th scope="col">{t('options.report.col.calls')}</th>
              <th scope="col">{t('options.report.col.answerRate')}</th>
            </tr>
          </thead>
          <tbody>
            {report.rows.map((row) => {
              const n = names.get(row.numberId);
              const label = n
                ? `${n.label || n.number}`
                : t('options.report.gone', { id: row.numberId });
              return (
                <tr key={row.numberId}>
                  <th scope="row">
                    {label}
                    {n?.label && <div class="hint tel">{n.number}</div>}
                  </th>
                  <td>
                    <svg
                      class="report-chart"
                      width={width}
                      height={HEIGHT}
                      viewBox={`0 0 ${width} ${HEIGHT}`}
                      role="img"
                      aria-label={t('options.report.chartLabel', {
                        label,
                        days: row.perDay
                          .map((c, i) =>
                            t('options.report.day', { day: dayName(report.days[i]!), count: c }),
                          )
                          .join(', '),
                      })}
                    >
                      {row.perDay.map((count, i) => {
                        const h = report.max
                          ? Math.max(count ? 2 : 0, (count / report.max) * HEIGHT)
                          : 0;
                        return (
                          <rect
                            key={i}
                            x={i * (BAR + GAP)}
                            y={HEIGHT - h}
                            width={BAR}
                            height={h}
                            rx={2}
                          >
                            <title>
                              {t('options.report.bar', { day: dayName(report.days[i]!), count })}
                            </title>
                          </rect>
                        );
                      })}
                      <line x1={0} x2={width} y1={HEIGHT - 0.5} y2={HEIGHT - 0.5} class="axis" />
                    </svg>
                  </td>
                  <td>{number(row.total)}</td>
                  <td>
                    {row.answerRate === null
                      ? '—'
                      : t('options.report.rate', { rate: row.answerRate, known: row.known })}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </Section>
  );
}
