/**
 * The softphone's registration, in the region named "SIP status": registered, connecting,
 * reconnecting (with the next attempt), failed with the server's reason ("401: wrong password"),
 * or off with what is missing. The password field appears when the agent has to type it.
 */
import { useState } from 'preact/hooks';
import type { RegistrationState } from '../../lib/softphone/state';
import type { Ack } from '../../lib/messages';
import { describeFailure } from '../../lib/ui/errors';
import { t, translator } from '../../utils/i18n';

export interface SipStatusProps {
  registration: RegistrationState;
  now: number;
  /** Saves the SIP password (the background keeps it in the extension's own storage). */
  onPassword: (password: string) => Promise<Ack>;
  onReconnect: () => Promise<Ack>;
  /** Opens the page that asks for the microphone once. */
  onMicrophone: () => void;
  /** Whether to offer "Allow microphone" (not during a call that already has it). */
  showMicrophone?: boolean;
  /** A line under the password field (the demo build says its password). */
  passwordHint?: string;
}

function line(reg: RegistrationState, now: number): { text: string; dot: string } {
  switch (reg.state) {
    case 'registered':
      return { text: t('sidepanel.sip.registered', { user: reg.user }), dot: 'status-dot' };
    case 'connecting':
      return { text: t('sidepanel.sip.connecting', { user: reg.user }), dot: 'status-dot busy' };
    case 'reconnecting': {
      const s = Math.max(0, Math.ceil((reg.retryAt - now) / 1000));
      return {
        text:
          s > 0
            ? t('sidepanel.sip.reconnectingIn', { detail: reg.detail, seconds: s })
            : t('sidepanel.sip.reconnectingNow', { detail: reg.detail }),
        dot: 'status-dot busy',
      };
    }
    case 'failed':
      return { text: t('sidepanel.sip.failed', { detail: reg.detail }), dot: 'status-dot bad' };
    case 'off':
      return { text: t('sidepanel.sip.off', { detail: reg.detail }), dot: 'status-dot bad' };
  }
}

/**
 * Whether the background's state says the password is missing or wrong. It writes that detail
 * from the softphone catalog in the agent's language, which this page shares; an English text
 * (written before a change of language) still counts.
 */
function asksForPassword(registration: RegistrationState): boolean {
  if (registration.state !== 'off' && registration.state !== 'failed') return false;
  const { detail } = registration;
  if (/password/i.test(detail)) return true;
  return registration.state === 'off'
    ? detail === t('softphone.state.needPassword')
    : ['401', '407'].some((code) => detail === t('softphone.register.wrongPassword', { code }));
}

export function SipStatus({
  registration,
  now,
  onPassword,
  onReconnect,
  onMicrophone,
  showMicrophone = true,
  passwordHint,
}: SipStatusProps) {
  const [password, setPassword] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { text, dot } = line(registration, now);
  const reconnectable = registration.state === 'failed' || registration.state === 'reconnecting';
  const wantsPassword = asksForPassword(registration);

  const save = async (event: Event) => {
    event.preventDefault();
    if (!password) {
      setNote(t('sidepanel.sip.passwordFirst'));
      return;
    }
    setBusy(true);
    const result = await onPassword(password).catch((e: unknown) => ({
      ok: false as const,
      error: describeFailure(e, 'extension-page', translator.value),
    }));
    setBusy(false);
    setPassword('');
    setNote(result.ok ? null : result.error);
  };

  return (
    <section class="card sip-status" aria-label={t('sidepanel.sip.region')}>
      <div class="sync-line" role="status" aria-live="polite">
        <span class={dot} aria-hidden="true" />
        <span class="sync-text" data-testid="sip-status-text">
          {text}
        </span>
      </div>
      {wantsPassword && (
        <form class="sip-password" onSubmit={save}>
          <label class="field-label" for="sip-password">
            {t('sidepanel.sip.password')}
          </label>
          <input
            id="sip-password"
            class="input"
            type="password"
            autocomplete="current-password"
            value={password}
            onInput={(e) => setPassword((e.target as HTMLInputElement).value)}
          />
          <button type="submit" class="btn btn-primary btn-sm" disabled={busy}>
            {t('sidepanel.sip.connect')}
          </button>
          <p class="hint">
            {t('sidepanel.sip.passwordKept')}
            {passwordHint ? ` ${passwordHint}` : ''}
          </p>
        </form>
      )}
      {(reconnectable || showMicrophone) && (
        <div class="sip-actions">
          {reconnectable && (
            <button
              type="button"
              class="btn btn-secondary btn-sm"
              onClick={() => void onReconnect()}
            >
              {t('sidepanel.sip.reconnect')}
            </button>
          )}
          {showMicrophone && (
            <button type="button" class="btn btn-ghost btn-sm" onClick={onMicrophone}>
              {t('sidepanel.sip.allowMicrophone')}
            </button>
          )}
        </div>
      )}
      {note && (
        <p class="field-error" role="alert">
          {note}
        </p>
      )}
    </section>
  );
}
