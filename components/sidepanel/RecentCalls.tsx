/**
 * The call log, newest first, live from IndexedDB: who was called, from which number and why, and
 * how it went (the newest row follows the softphone's call while it is in progress). Each row's
 * number is a button that calls it again.
 */
import type { AccountNumber } from '../../lib/caller-id/types';
import type { CallLogEntry } from '../../lib/db/types';
import { callStatus, type CallStatusTone } from '../../lib/softphone/log-status';
import { formatDuration, type CallState } from '../../lib/softphone/state';
import { callTime, countryName, countryOf, formatPhone } from '../../lib/ui/format';
import { t, translator } from '../../utils/i18n';
import { Icon } from '../shared/Icon';

export interface RecentCallsProps {
  calls: CallLogEntry[];
  /** The active account's numbers, to name the caller ID of each call. */
  numbers: AccountNumber[];
  now: number;
  onRedial: (call: CallLogEntry) => void;
  disabled?: boolean;
  /** The softphone's call, so the newest row says "Ringing" or "In call" rather than "Placed". */
  liveCall?: CallState | null;
}

export const BADGE: Record<CallStatusTone, string> = {
  ok: 'badge badge-ok',
  warn: 'badge badge-warn',
  error: 'badge badge-error',
  live: 'badge badge-live',
};

export function RecentCalls({
  calls,
  numbers,
  now,
  onRedial,
  disabled = false,
  liveCall = null,
}: RecentCallsProps) {
  const tr = translator.value;
  if (calls.length === 0) {
    return <p class="empty-state">{t('sidepanel.recent.empty')}</p>;
  }
  return (
    <ol class="recent-calls" aria-label={t('sidepanel.recent.heading')}>
      {calls.map((call, index) => {
        const from = call.fromNumberId
          ? numbers.find((n) => n.id === call.fromNumberId)
          : undefined;
        const inbound = call.direction === 'inbound';
        // An inbound call is called back on the caller's number.
        const other = inbound ? (call.from ?? call.to) : call.to;
        const to = call.ext
          ? t('sidepanel.recent.withExtension', { number: formatPhone(other), ext: call.ext })
          : formatPhone(other);
        const outcome = callStatus(call, liveCall, index === 0, translator.value);
        return (
          <li key={call.id ?? call.at} class="recent-call" data-testid="recent-call">
            <div class="recent-main">
              <button
                type="button"
                class="recent-redial"
                onClick={() => onRedial(inbound ? { ...call, to: other, ext: undefined } : call)}
                disabled={disabled}
                aria-label={t('sidepanel.recent.redialLabel', { number: to })}
                title={t('sidepanel.recent.redial')}
              >
                <Icon name="phone-outgoing" size={14} />
                <span class="tel recent-to">{to}</span>
              </button>
              <span class={BADGE[outcome.tone]} data-testid="call-outcome">
                {outcome.text}
              </span>
              <time class="recent-time" dateTime={new Date(call.at).toISOString()}>
                {callTime(call.at, now, tr)}
              </time>
            </div>
            <p class="recent-country">{countryName(countryOf(other), tr)}</p>
            <p class="recent-from">
              {inbound ? (
                <>
                  {t('sidepanel.recent.incoming')}
                  {call.durationMs ? ` · ${formatDuration(call.durationMs)}` : ''}
                </>
              ) : call.from ? (
                <>
                  {t('sidepanel.recent.from')}{' '}
                  {/* A number without a label is named by the number alone. */}
                  {(!from || from.label) && (
                    <>
                      <span class="recent-from-label">
                        {from?.label || t('sidepanel.recent.formerNumber')}
                      </span>
                      <span class="sep" aria-hidden="true">
                        ·
                      </span>
                    </>
                  )}
                  <span class="tel">{formatPhone(call.from)}</span>
                  {call.durationMs ? ` · ${formatDuration(call.durationMs)}` : ''}
                </>
              ) : (
                t('sidepanel.recent.noCallerId')
              )}
            </p>
            {call.reason && <p class="recent-reason">{call.reason}</p>}
            {call.error && <p class="recent-error">{call.error}</p>}
            {call.cause && <p class="recent-cause">{call.cause}</p>}
            {call.pageTitle && (
              <p class="recent-page" title={call.pageUrl}>
                {call.pageTitle}
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
