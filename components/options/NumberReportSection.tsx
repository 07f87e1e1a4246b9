/**
 * Calls per caller ID per day over the last two weeks, from this computer's call log, as a small
 * bar chart per number (plain SVG), with the answer rate where the provider reports outcomes.
 */
import type { AccountConfig, CallHistoryEntry } from '../../lib/caller-id/types';
import { numberReport } from '../../lib/presence/number-report';
import { Section } from './Section';

export interface NumberReportSectionProps {
  config: AccountConfig | null;
  history: readonly CallHistoryEntry[];
  now: number;
}

const BAR = 10;
const GAP = 3;
const HEIGHT = 36;

const dayName = (at: number) =>
  new Date(at).toLocaleDateString('en-GB', { day: 'numeric', month: 'short' });

export function NumberReportSection({ config, history, now }: NumberReportSectionProps) {
  const report = numberReport(history, config?.account.id ?? '', now);
  const names = new Map(config?.numbers.map((n) => [n.id, n]) ?? []);
  const width = report.days.length * (BAR + GAP);
  return (
    <Section
      id="number-report"
      title="Calls per number"
      description={`Calls placed from each caller ID on this computer, ${dayName(report.days[0]!)} to ${dayName(report.days.at(-1)!)}. The answer rate needs a provider that reports how calls end (the SIP softphone).`}
    >
      {report.rows.length === 0 ? (
        <p class="hint">No calls in the last two weeks.</p>
      ) : (
        <table class="table number-report">
          <thead>
            <tr>
              <th scope="col">Caller ID</th>
              <th scope="col">Calls per day</th>
              <th scope="col">Calls</th>
              <th scope="col">Answer rate</th>
            </tr>
          </thead>
          <tbody>
            {report.rows.map((row) => {
              const n = names.get(row.numberId);
              const label = n
                ? `${n.label || n.number}`
                : `${row.numberId} (no longer in the account)`;
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
                      aria-label={`${label}: ${row.perDay
                        .map((c, i) => `${dayName(report.days[i]!)} ${c}`)
                        .join(', ')}`}
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
                            <title>{`${dayName(report.days[i]!)}: ${count} call${count === 1 ? '' : 's'}`}</title>
                          </rect>
                        );
                      })}
                      <line x1={0} x2={width} y1={HEIGHT - 0.5} y2={HEIGHT - 0.5} class="axis" />
                    </svg>
                  </td>
                  <td>{row.total}</td>
                  <td>
                    {row.answerRate === null
                      ? '—'
                      : `${Math.round(row.answerRate * 100)}% of ${row.known}`}
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
