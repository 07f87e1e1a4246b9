/**
 * The side-panel softphone: a number field formatted as typed, a dial pad, the caller-ID dropdown,
 * which number the call goes out from and why, the Call button, the last call's state, and the
 * recent calls (live from the call log, click to call again). During a SIP call the call's own
 * keypad (DTMF) replaces the dial pad, as on a desk phone.
 */
import { useRef, useState } from 'preact/hooks';
import type { Agent } from '../../lib/caller-id/types';
import { recentCalls } from '../../lib/db/calls';
import { getDb } from '../../lib/db/connection';
import type { RingsideStatus } from '../../lib/db/status';
import type { CallLogEntry } from '../../lib/db/types';
import { formatPhone } from '../../lib/ui/format';
import { formatTyping, readTyped } from '../../lib/ui/typing';
import { t, translator } from '../../utils/i18n';
import { sendMessage } from '../../utils/messaging';
import { AgentSurface } from '../shared/AgentSurface';
import { CallConfirmations } from './CallConfirmations';
import { CallerIdDropdown } from '../shared/CallerIdDropdown';
import { CallPreview } from '../shared/CallPreview';
import { DialPad } from './DialPad';
import { useCallerIdChoice } from '../shared/hooks/useCallerIdChoice';
import { useConfirmStep } from './hooks/useConfirmStep';
import { useLiveQuery } from '../shared/hooks/useLiveQuery';
import { useNow } from '../shared/hooks/useNow';
import { usePreview } from '../shared/hooks/usePreview';
import { Icon } from '../shared/Icon';
import { LastCall } from './LastCall';
import { NumberField } from '../shared/NumberField';
import { RecentCalls } from './RecentCalls';
import { SoftphonePanel } from './SoftphonePanel';
import { describeFailure } from '../../lib/ui/errors';
import { softphoneUnavailableHere } from '../../utils/softphone-support';
import { useSoftphone } from './hooks/useSoftphone';

const RECENT = 30;
/** Why Call is disabled while the softphone has a call up (read out with the button). */

export function SidePanelApp() {
  return (
    <AgentSurface
      title={t('sidepanel.title')}
      kind="sidepanel"
      renderAgent={(status, agent) => <Softphone status={status} agent={agent} />}
    />
  );
}

function Softphone({ status, agent }: { status: RingsideStatus; agent: Agent }) {
  const config = status.active!.config;
  const country = config.account.defaultCountry;
  const now = useNow();
  const { model, save, onChange } = useCallerIdChoice(config, agent.id, status.choice);
  const [text, setText] = useState('');
  const [pending, setPending] = useState<{ to: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const preview = usePreview(text, `${status.active?.hash}|${JSON.stringify(status.choice)}`);
  const calls = useLiveQuery(() => recentCalls(getDb(), RECENT), []).value;
  const callList = calls.state === 'ready' ? calls.value : [];

  const confirmation = useConfirmStep(preview);
  const phone = useSoftphone();
  const sip = status.settings.provider.kind === 'sip';
  const liveCall = sip ? phone.call : null;
  const inCall = Boolean(liveCall && liveCall.phase !== 'ended');
  const typed = text.trim() ? readTyped(text, country) : null;
  // One call at a time: the background refuses a second one anyway (lib/calls/providers/sip.ts).
  const canCall = Boolean(typed?.valid) && !pending && !inCall;

  const dial = (to: string, ext?: string) => {
    const step = confirmation.click(to);
    if (step.kind !== 'dial') return;
    const shown = /^\+/.test(to) ? formatPhone(to) : to;
    setPending({ to: shown });
    setError(null);
    // The caller ID the preview shows for this very text: the background refuses if it changed.
    const fromNumberId =
      preview.kind === 'ok' && preview.to === to.trim() ? preview.selection.number?.id : undefined;
    sendMessage('dial', {
      to,
      ...(ext ? { ext } : {}),
      ...(step.confirmed ? { confirmed: step.confirmed } : {}),
      ...(fromNumberId ? { fromNumberId } : {}),
    })
      .then((result) => {
        // A logged call shows its state from the call log; an unlogged refusal shows here.
        if (!result.ok && result.callId === undefined) setError(result.error);
        confirmation.answered(to, result);
      })
      .catch((e: unknown) => setError(describeFailure(e, 'extension-page', translator.value)))
      .finally(() => setPending(null));
  };

  const press = (key: string) => {
    const next = formatTyping(text + key, country);
    setText(next);
    inputRef.current?.focus();
  };
  const backspace = () => {
    // Drop the last digit (not a formatting character) and format again.
    const digits = text.replace(/[^\d+*#]/g, '');
    setText(formatTyping(digits.slice(0, -1), country));
    inputRef.current?.focus();
  };
  const redial = (call: CallLogEntry) => {
    setText(formatPhone(call.to));
    dial(call.to, call.ext);
  };

  return (
    <>
      {sip &&
        (softphoneUnavailableHere() ? (
          // Firefox: no offscreen document to hold the user agent, so no SIP status or password.
          <section class="card" aria-label={t('sidepanel.title')}>
            <div class="alert alert-warning" role="alert" data-testid="softphone-unavailable">
              {softphoneUnavailableHere()}
            </div>
          </section>
        ) : (
          <SoftphonePanel state={phone} />
        ))}
      <section class="card" aria-label={t('sidepanel.callerIdRegion')}>
        <CallerIdDropdown model={model} onChange={onChange} save={save} />
      </section>
      <section class="card dialer" aria-label={t('sidepanel.dialer')}>
        <NumberField
          id="dial-number"
          label={t('sidepanel.numberToCall')}
          value={text}
          onValue={setText}
          defaultCountry={country}
          onEnter={() => canCall && dial(text)}
          inputRef={inputRef}
          size="lg"
          trailing={
            text.length > 0 && (
              <button
                type="button"
                class="btn btn-ghost btn-icon input-trailing"
                onClick={backspace}
                aria-label={t('sidepanel.deleteDigit')}
                title={t('sidepanel.deleteDigit')}
              >
                <Icon name="backspace" size={18} />
              </button>
            )
          }
        />
        {!inCall && <DialPad onKey={press} />}
        <CallPreview state={preview} />
        <CallConfirmations view={confirmation.view} />
        <button
          type="button"
          class="btn btn-call"
          disabled={!canCall}
          onClick={() => dial(text)}
          aria-describedby={inCall ? 'call-disabled-why' : undefined}
        >
          <Icon name="phone" size={18} />
          {pending
            ? t('sidepanel.calling')
            : confirmation.view.armed
              ? t('sidepanel.callAnyway')
              : t('sidepanel.call')}
        </button>
        {inCall && (
          <p class="hint" id="call-disabled-why" data-testid="call-disabled-why">
            {t('sidepanel.onCallHint')}
          </p>
        )}
        <LastCall
          pending={pending}
          error={error}
          latest={callList[0]}
          numbers={config.numbers}
          now={now}
          liveCall={liveCall}
        />
      </section>
      <section class="card" aria-labelledby="recent-heading">
        <h2 class="card-title" id="recent-heading">
          {t('sidepanel.recent.heading')}
        </h2>

        <RecentCalls
          calls={callList}
          numbers={config.numbers}
          now={now}
          onRedial={redial}
          disabled={Boolean(pending) || inCall}
          liveCall={liveCall}
        />
      </section>
    </>
  );
}
