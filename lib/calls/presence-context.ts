/**
 * What the call pipeline adds for the local-presence options: the call log for selection (only
 * read when an option needs it) and this confirmation (calling hours).
 */
import type { AccountConfig, SelectionContext } from '../caller-id/types';
import type { RingsideDb } from '../db/schema';
import type { Translator } from '../i18n/translator';
import type { CallConfirmation } from '../messages';
import { callingHoursConfirmation, localTimeOf } from './calling-hours';

/** The call log and the clock, when contact history or share the load need them. */
export async function selectionContext(
  db: RingsideDb,
  config: AccountConfig,
  now: number,
  translator?: Translator,
): Promise<SelectionContext | undefined> {
  const o = config.outboundCallerId;
  if (!o.contactHistoryDays && !o.shareLoad) return translator ? { translator } : undefined;
  return { history: await db.calls.toArray(), now, ...(translator ? { translator } : {}) };
}

export function presenceConfirmations(
  config: AccountConfig,
  e164: string,
  display: string,
  now: number,
  tr?: Translator,
): CallConfirmation[] {
  const c = callingHoursConfirmation(config.outboundCallerId, e164, display, now, tr);
  return c ? [c] : [];
}

export function localTimeText(e164: string, now: number, tr?: Translator): string | undefined {
  return localTimeOf(e164, now, tr)?.text;
}
