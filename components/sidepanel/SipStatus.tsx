/**
 * The softphone's registration, in the region named "SIP status": registered, connecting,
 * reconnecting (with the next attempt), failed with the server's reason ("401: wrong password"),
 * or off with what is missing. The password field appears when the agent has to type it.
 */
import { useState } from 'preact/hooks';
import type { RegistrationState } from '../../lib/softphone/state';
import type { Ack } from '../../lib/messages';
import { describeFailure } from '../../lib/ui/errors';

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
      return { text: `Registered as ${reg.user}`, dot: 'status-dot' };
    case 'connecting':
      return { text: `Connecting to the SIP server as ${reg.user}…`, dot: 'status-dot busy' };
    case 'reconnecting': {
      const s = Math.max(0, Math.ceil((reg.retryAt - now) / 1000));
      return {
        text: `Reconnecting: ${reg.detail}. Next attempt ${s > 0 ? `in ${s} s` : 'now'}.`,
        dot: 'status-dot busy',
      };
    }
    case 'failed':
      return { text: `Not registered: ${reg.detail}`, dot: 'status-dot bad' };
    case 'off':
      return { text: `Softphone off: ${reg.detail}`, dot: 'status-dot bad' };
  }
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
  const wantsPassword =
    (registration.state === 'off' && /password/i.test(registration.detail)) ||
    (registration.state === 'failed' && /password/i.test(registration.detail));

  const save = async (event: Event) => {
    event.preventDefault();
    if (!password) {
      setNote('Type your SIP password first.');
      return;
    }
    setBusy(true);
    const result = await onPassword(password).catch((e: unknown) => ({
      ok: false as const,
      error: describeFailure(e),
    }));
    setBusy(false);
    setPassword('');
    setNote(result.ok ? null : result.error);
  };

  return (
    <section class="card sip-status" aria-label="SIP status">
      <div class="sync-line" role="status" aria-live="polite">
        <span class={dot} aria-hidden="true" />
        <span class="sync-text" data-testid="sip-status-text">
          {text}
        </span>
      </div>
      {wantsPassword && (
        <form class="sip-password" onSubmit={save}>
          <label class="field-label" for="sip-password">
            SIP password
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
            Connect
          </button>
          <p class="hint">
            Kept only in this browser’s Ringside storage; never sent to web pages.
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
              Reconnect now
            </button>
          )}
          {showMicrophone && (
            <button type="button" class="btn btn-ghost btn-sm" onClick={onMicrophone}>
              Allow microphone
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
