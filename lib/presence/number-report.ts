/**
 * The per-number report: calls per caller ID per day from the local call log and, where the
 * provider reports how calls ended (the SIP softphone: answered, no answer, busy, declined), the
 * answer rate. Refused calls went out from no number and are not counted.
 */
import type { CallHistoryEntry } from '../caller-id/types';
import { startOfDay } from '../caller-id/history';

/** Outcomes that say how a call ended: the answer rate is answered / these. */
const ENDED = new Set(['answered', 'no-answer', 'busy', 'declined']);

export interface NumberReportRow {
  numberId: string;
  /** Calls on each day of `days`, oldest first. */
  perDay: number[];
  total: number;
  /** Answered share of the calls whose outcome is known; null when none is. */
  answerRate: number | null;
  /** Calls whose outcome is known. */
  known: number;
}

export interface NumberReport {
  /** Local midnight of each day, oldest first. */
  days: number[];
  rows: NumberReportRow[];
  /** The most calls of one number on one day (the chart's scale). */
  max: number;
}

export function numberReport(
  history: readonly CallHistoryEntry[],
  accountId: string,
  now: number,
  dayCount = 14,
): NumberReport {
  const today = startOfDay(now);
  const days: number[] = [];
  for (let i = dayCount - 1; i >= 0; i--) {
    // Through Date, not 86,400,000 ms steps: a daylight-saving day is 23 or 25 hours long.
    const d = new Date(today);
    d.setDate(d.getDate() - i);
    days.push(d.getTime());
  }
  const first = days[0]!;
  const rows = new Map<string, NumberReportRow & { answered: number }>();
  for (const e of history) {
    if (e.direction === 'inbound' || !e.fromNumberId || e.outcome === 'refused') continue;
    if (e.accountId && e.accountId !== accountId) continue;
    if (e.at < first || e.at > now) continue;
    let row = rows.get(e.fromNumberId);
    if (!row) {
      row = {
        numberId: e.fromNumberId,
        perDay: days.map(() => 0),
        total: 0,
        answerRate: null,
        known: 0,
        answered: 0,
      };
      rows.set(e.fromNumberId, row);
    }
    let day = days.length - 1;
    while (day > 0 && e.at < days[day]!) day--;
    row.perDay[day]!++;
    row.total++;
    if (e.outcome && ENDED.has(e.outcome)) {
      row.known++;
      if (e.outcome === 'answered') row.answered++;
    }
  }
  let max = 0;
  const out: NumberReportRow[] = [];
  for (const { answered, ...row } of rows.values()) {
    row.answerRate = row.known ? answered / row.known : null;
    max = Math.max(max, ...row.perDay);
    out.push(row);
  }
  out.sort((a, b) => b.total - a.total || a.numberId.localeCompare(b.numberId));
  return { days, rows: out, max };
}
