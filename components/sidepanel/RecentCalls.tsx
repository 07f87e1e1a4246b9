/**
 * The call log, newest first, live from IndexedDB: who was called, from which number and why, and
 * how it went. Each row's number is a button that calls it again.
 */
import type { AccountNumber } from '../../lib/caller-id/types';
import type { CallLogEntry } from '../../lib/db/types';
import { formatDuration } from '../../lib/softphone/state';
import { callTime, countryName, countryOf, formatPhone } from '../../lib/ui/format';
import { Icon } from '../shared/Icon';

export interface RecentCallsProps {
  calls: CallLogEntry[];
  /** The active account's numbers, to name the caller ID of each call. */
  numbers: AccountNumber[];
  now: number;
  onRedial: (call: CallLogEntry) => void;
  disabled?: boolean;
}

const OUTCOME: Record<CallLogEntry['outcome'], { text: string; cls: string }> = {
  placed: { text: 'Placed', cls: 'badge badge-ok' },
  failed: { text: 'Failed', cls: 'badge badge-error' },
  refused: { text: 'Not placed', cls: 'badge badge-warn' },
  answered: { text: 'Answered', cls: 'badge badge-ok' },
  'no-answer': { text: 'No answer', cls: 'badge badge-warn' },
  busy: { text: 'Busy', cls: 'badge badge-warn' },
  declined: { text: 'Declined', cls: 'badge badge-warn' },
  missed: { text: 'Missed', cls: 'badge badge-error' },
};

/** A tel: hand-off is not a placed call: the phone app may never have taken it. */
const HANDED = { text: 'Handed to phone app', cls: 'badge badge-warn' };

export function RecentCalls({ calls, numbers, now, onRedial, disabled = false }: RecentCallsProps) {
  if (calls.length === 0) {
    return <p class="empty-state">No calls yet. Calls you place appear here.</p>;
  }
  return (
    <ol class="recent-calls" aria-label="Recent calls">
      {calls.map((call) => {
        const from = call.fromNumberId
          ? numbers.find((n) => n.id === call.fromNumberId)
          : undefined;
        const inbound = call.direction === 'inbound';
        // An inbound call is called back on the caller's number.
        const other = inbound ? (call.from ?? call.to) : call.to;
        const to = formatPhone(other) + (call.ext ? ` ext. ${call.ext}` : '');
        const outcome =
          call.outcome === 'placed' && call.provider === 'tel' ? HANDED : OUTCOME[call.outcome];
        return (
          <li key={call.id ?? call.at} class="recent-call" data-testid="recent-call">
            <div class="recent-main">
              <button
                type="button"
                class="recent-redial"
                onClick={() => onRedial(inbound ? { ...call, to: other, ext: undefined } : call)}
                disabled={disabled}
                aria-label={`Call ${to} again`}
                title="Call again"
              >
                <Icon name="phone-outgoing" size={14} />
                <span class="tel recent-to">{to}</span>
              </button>
              <span class={outcome.cls}>{outcome.text}</span>
              <time class="recent-time" dateTime={new Date(call.at).toISOString()}>
                {callTime(call.at, now)}
              </time>
            </div>
            <p class="recent-country">{countryName(countryOf(other))}</p>
            <p class="recent-from">
              {inbound ? (
                <>Incoming call{call.durationMs ? ` · ${formatDuration(call.durationMs)}` : ''}</>
              ) : call.from ? (
                <>
                  From {/* A number without a label is named by the number alone. */}
                  {(!from || from.label) && (
                    <>
                      <span class="recent-from-label">{from?.label || 'a former number'}</span>
                      <span class="sep" aria-hidden="true">
                        ·
                      </span>
                    </>
                  )}
                  <span class="tel">{formatPhone(call.from)}</span>
                  {call.durationMs ? ` · ${formatDuration(call.durationMs)}` : ''}
                </>
              ) : (
                'No caller ID'
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
