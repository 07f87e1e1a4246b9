/**
 * The state of the last call: calling, in progress (and from which number), how it ended, or why
 * it was not placed. It follows the call log, so a click-to-call on a CRM page shows here too;
 * a SIP call in progress follows the softphone's state (lib/softphone/log-status.ts), so it is
 * never called "placed" before anyone answered.
 */
import type { AccountNumber } from '../../lib/caller-id/types';
import type { CallLogEntry } from '../../lib/db/types';
import { outcomeLabel } from '../../lib/softphone/causes';
import { callStatus } from '../../lib/softphone/log-status';
import type { CallState } from '../../lib/softphone/state';
import { formatPhone, timeAgo } from '../../lib/ui/format';
import { Icon } from '../shared/Icon';

export interface LastCallProps {
  /** A dial sent from this panel and not answered yet. */
  pending: { to: string } | null;
  /** A dial from this panel that the background refused before logging it. */
  error: string | null;
  latest: CallLogEntry | undefined;
  numbers: AccountNumber[];
  now: number;
  /** The softphone's call, if any (provider sip). */
  liveCall?: CallState | null;
}

export function LastCall({ pending, error, latest, numbers, now, liveCall = null }: LastCallProps) {
  const ago = latest ? <span class="muted">· {timeAgo(latest.at, now)}</span> : null;
  let body = null;
  if (pending) {
    body = (
      <div class="last-call calling">
        <span class="status-dot busy" aria-hidden="true" />
        <span>
          Calling <span class="tel">{pending.to}</span>…
        </span>
      </div>
    );
  } else if (error) {
    body = (
      <div class="last-call failed">
        <Icon name="error" />
        <span>Call not placed: {error}</span>
      </div>
    );
  } else if (latest) {
    const from = numbers.find((n) => n.id === latest.fromNumberId);
    const to = <span class="tel">{formatPhone(latest.to)}</span>;
    const fromText = latest.from
      ? `${from?.label || 'caller ID'} ${formatPhone(latest.from)}`
      : 'no caller ID';
    const handed = latest.provider === 'tel' && latest.outcome === 'placed';
    const ended = latest.cause !== undefined && latest.outcome !== 'placed';
    const status = callStatus(latest, liveCall, true);
    body = handed ? (
      <div class="last-call placed">
        <Icon name="info" />
        <span>
          Call to {to} handed to your phone app, which decides the number shown to the callee {ago}
        </span>
      </div>
    ) : ended ? (
      <div class={`last-call ${latest.outcome === 'answered' ? 'placed' : 'failed'}`}>
        <Icon name={latest.outcome === 'answered' ? 'ok' : 'error'} />
        <span>
          {latest.direction === 'inbound' ? 'Call from ' : 'Call to '}
          {latest.direction === 'inbound' ? (
            <span class="tel">{formatPhone(latest.from ?? latest.to)}</span>
          ) : (
            to
          )}
          : {outcomeLabel(latest.outcome).toLowerCase()}. {latest.cause} {ago}
        </span>
      </div>
    ) : latest.direction === 'inbound' ? (
      <div class={`last-call ${status.live ? 'calling' : 'failed'}`}>
        {status.live ? <span class="status-dot busy" aria-hidden="true" /> : <Icon name="error" />}
        <span>
          {status.live ? 'Call from ' : 'Missed call from '}
          <span class="tel">{formatPhone(latest.from ?? latest.to)}</span>
          {status.live ? ` · ${status.text.toLowerCase()}` : ''} {ago}
        </span>
      </div>
    ) : latest.outcome === 'placed' && latest.provider === 'sip' ? (
      <div class={`last-call ${status.live ? 'calling' : 'unknown'}`}>
        {status.live ? <span class="status-dot busy" aria-hidden="true" /> : <Icon name="info" />}
        <span>
          Call to {to} from {fromText}
          {status.live
            ? ` · ${status.text.toLowerCase()}`
            : ': the softphone stopped before the call ended, so how it went is unknown.'}{' '}
          {ago}
        </span>
      </div>
    ) : latest.outcome === 'placed' ? (
      <div class="last-call placed">
        <Icon name="ok" />
        <span>
          Call to {to} placed from {fromText} <span class="muted">· {timeAgo(latest.at, now)}</span>
        </span>
      </div>
    ) : (
      <div class="last-call failed">
        <Icon name="error" />
        <span>
          Call to {to} {latest.outcome === 'refused' ? 'not placed' : 'failed'}
          {latest.error ? `: ${latest.error}` : ''}{' '}
          <span class="muted">· {timeAgo(latest.at, now)}</span>
        </span>
      </div>
    );
  }
  // The live region is always there, so the first call's state is announced too.
  return (
    <div role="status" aria-live="polite" data-testid="last-call">
      {body}
    </div>
  );
}
