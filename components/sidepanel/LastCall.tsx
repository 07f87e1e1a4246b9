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
import { t, translator } from '../../utils/i18n';
import { Icon } from '../shared/Icon';
import { Slotted } from '../shared/Slotted';

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
  const tr = translator.value;
  const ago = latest ? <span class="muted">· {timeAgo(latest.at, now, tr)}</span> : null;
  let body = null;
  if (pending) {
    body = (
      <div class="last-call calling">
        <span class="status-dot busy" aria-hidden="true" />
        <span>
          <Slotted
            k="sidepanel.last.calling"
            slots={{ to: <span class="tel">{pending.to}</span> }}
          />
        </span>
      </div>
    );
  } else if (error) {
    body = (
      <div class="last-call failed">
        <Icon name="error" />
        <span>{t('sidepanel.last.notPlaced', { error })}</span>
      </div>
    );
  } else if (latest) {
    const from = numbers.find((n) => n.id === latest.fromNumberId);
    const to = <span class="tel">{formatPhone(latest.to)}</span>;
    const other = <span class="tel">{formatPhone(latest.from ?? latest.to)}</span>;
    // Which caller ID the call went out from, for the sentences' `fromKind` select.
    const fromValues = {
      fromKind: latest.from ? (from?.label ? 'labelled' : 'number') : 'none',
      label: from?.label ?? '',
      fromNumber: latest.from ? formatPhone(latest.from) : '',
    };
    const handed = latest.provider === 'tel' && latest.outcome === 'placed';
    const ended = latest.cause !== undefined && latest.outcome !== 'placed';
    const status = callStatus(latest, liveCall, true, translator.value);
    const liveText = status.text.toLowerCase();
    body = handed ? (
      <div class="last-call placed">
        <Icon name="info" />
        <span>
          <Slotted k="sidepanel.last.handed" slots={{ to }} /> {ago}
        </span>
      </div>
    ) : ended ? (
      <div class={`last-call ${latest.outcome === 'answered' ? 'placed' : 'failed'}`}>
        <Icon name={latest.outcome === 'answered' ? 'ok' : 'error'} />
        <span>
          <Slotted
            k={
              latest.direction === 'inbound' ? 'sidepanel.last.endedFrom' : 'sidepanel.last.endedTo'
            }
            values={{ outcome: outcomeLabel(latest.outcome, translator.value).toLowerCase() }}
            slots={{ number: latest.direction === 'inbound' ? other : to }}
          />{' '}
          {latest.cause} {ago}
        </span>
      </div>
    ) : latest.direction === 'inbound' ? (
      <div class={`last-call ${status.live ? 'calling' : 'failed'}`}>
        {status.live ? <span class="status-dot busy" aria-hidden="true" /> : <Icon name="error" />}
        <span>
          {status.live ? (
            <Slotted
              k="sidepanel.last.inboundLive"
              values={{ state: liveText }}
              slots={{ number: other }}
            />
          ) : (
            <Slotted k="sidepanel.last.missed" slots={{ number: other }} />
          )}{' '}
          {ago}
        </span>
      </div>
    ) : latest.outcome === 'placed' && latest.provider === 'sip' ? (
      <div class={`last-call ${status.live ? 'calling' : 'unknown'}`}>
        {status.live ? <span class="status-dot busy" aria-hidden="true" /> : <Icon name="info" />}
        <span>
          <Slotted
            k={status.live ? 'sidepanel.last.sipLive' : 'sidepanel.last.sipUnknown'}
            values={{ ...fromValues, state: liveText }}
            slots={{ to }}
          />{' '}
          {ago}
        </span>
      </div>
    ) : latest.outcome === 'placed' ? (
      <div class="last-call placed">
        <Icon name="ok" />
        <span>
          <Slotted k="sidepanel.last.placed" values={fromValues} slots={{ to }} /> {ago}
        </span>
      </div>
    ) : (
      <div class="last-call failed">
        <Icon name="error" />
        <span>
          <Slotted
            k={
              latest.outcome === 'refused'
                ? latest.error
                  ? 'sidepanel.last.refusedWhy'
                  : 'sidepanel.last.refused'
                : latest.error
                  ? 'sidepanel.last.failedWhy'
                  : 'sidepanel.last.failed'
            }
            values={{ error: latest.error ?? '' }}
            slots={{ to }}
          />{' '}
          {ago}
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
