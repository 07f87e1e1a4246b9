/**
 * The softphone's current call, in the region named "Call state": who, connecting / ringing /
 * in call with a timer / on hold / ended with its cause, and the buttons an agent expects
 * (Answer, Decline, Hang up, Mute, Hold, Keypad). Every button sends one softphoneControl
 * message; the state shown comes back from the user agent, so it is never optimistic. The call's
 * keypad is open from the moment the call is answered (menus ask for digits at once); the side
 * panel hides its dial pad meanwhile, so there is one keypad on screen.
 */
import { useState } from 'preact/hooks';
import type { SoftphoneControlRequest, Ack } from '../../lib/messages';
import { describeCall, type CallState } from '../../lib/softphone/state';
import { formatPhone } from '../../lib/ui/format';
import { DialPad } from './DialPad';
import { describeFailure } from '../../lib/ui/errors';
import { t, translator } from '../../utils/i18n';

export interface CallControlsProps {
  call: CallState;
  now: number;
  onControl: (req: SoftphoneControlRequest) => Promise<Ack>;
}

const shown = (remote: string) => (/^\+\d+$/.test(remote) ? formatPhone(remote) : remote);

export function CallControls({ call, now, onControl }: CallControlsProps) {
  const [keypad, setKeypad] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const send = (req: SoftphoneControlRequest) => {
    setError(null);
    onControl(req)
      .then((r) => setError(r.ok ? null : r.error))
      .catch((e: unknown) => setError(describeFailure(e, 'extension-page', translator.value)));
  };
  const live = call.phase !== 'ended';
  const inCall = call.phase === 'in-call';
  const who = call.remoteName ? `${call.remoteName} · ${shown(call.remote)}` : shown(call.remote);

  return (
    <section class={`card call-controls ${call.phase}`} aria-label={t('sidepanel.callState')}>
      <p class="call-who">
        <span class="call-who-label">
          {call.direction === 'inbound' ? t('sidepanel.callFrom') : t('sidepanel.callTo')}
        </span>{' '}
        <span class="tel">{who}</span>
        {call.direction === 'outbound' && call.from && (
          <span class="muted">
            {' · '}
            {t('sidepanel.callerIdShown', { number: shown(call.from) })}
          </span>
        )}
      </p>
      <p class="call-phase" role="status" aria-live="polite" data-testid="call-state">
        {call.muted
          ? t('sidepanel.phaseMuted', { phase: describeCall(call, now, translator.value) })
          : describeCall(call, now, translator.value)}
      </p>
      <div class="actions call-actions">
        {call.phase === 'incoming' && (
          <>
            <button type="button" class="btn btn-call" onClick={() => send({ action: 'answer' })}>
              {t('sidepanel.control.answer')}
            </button>
            <button
              type="button"
              class="btn btn-danger"
              onClick={() => send({ action: 'decline' })}
            >
              {t('sidepanel.control.decline')}
            </button>
          </>
        )}
        {live && call.phase !== 'incoming' && (
          <button type="button" class="btn btn-hangup" onClick={() => send({ action: 'hangup' })}>
            {t('sidepanel.control.hangUp')}
          </button>
        )}
        {inCall && (
          <>
            <button
              type="button"
              class="btn btn-secondary"
              aria-pressed={call.muted}
              onClick={() => send({ action: call.muted ? 'unmute' : 'mute' })}
            >
              {call.muted ? t('sidepanel.control.unmute') : t('sidepanel.control.mute')}
            </button>
            <button
              type="button"
              class="btn btn-secondary"
              aria-pressed={call.held}
              onClick={() => send({ action: call.held ? 'resume' : 'hold' })}
            >
              {call.held ? t('sidepanel.control.resume') : t('sidepanel.control.hold')}
            </button>
            <button
              type="button"
              class="btn btn-secondary"
              aria-expanded={keypad}
              onClick={() => setKeypad(!keypad)}
            >
              {t('sidepanel.control.keypad')}
            </button>
          </>
        )}
        {!live && (
          <button type="button" class="btn btn-ghost" onClick={() => send({ action: 'clear' })}>
            {t('sidepanel.control.dismiss')}
          </button>
        )}
      </div>
      {inCall && keypad && (
        <div class="call-keypad">
          <DialPad
            label={t('sidepanel.callKeypad')}
            plus={false}
            onKey={(key) => send({ action: 'dtmf', tone: key })}
          />
          {call.dtmf && <p class="hint">{t('sidepanel.dtmfSent', { digits: call.dtmf })}</p>}
        </div>
      )}
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
