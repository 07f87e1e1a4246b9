/**
 * The softphone part of the side panel (provider sip): registration, the current call with its
 * controls, and the audio devices. It reads the state the offscreen user agent reports and
 * sends the agent's clicks to the background.
 */
import { browser } from 'wxt/browser';
import { sendMessage } from '../../utils/messaging';
import { AudioDevices } from './AudioDevices';
import { CallControls } from './CallControls';
import { useNow } from '../shared/hooks/useNow';
import { useSoftphone } from './hooks/useSoftphone';
import { SipStatus } from './SipStatus';

export function SoftphonePanel() {
  const state = useSoftphone();
  const live = state.call && state.call.phase !== 'ended';
  // A live call's timer ticks every second; otherwise the reconnect countdown every second too.
  const now = useNow(1000);
  return (
    <>
      <SipStatus
        registration={state.registration}
        now={now}
        onPassword={(password) => sendMessage('setSipPassword', { password })}
        onReconnect={() => sendMessage('softphoneReconnect', undefined)}
        onMicrophone={() =>
          void browser.tabs.create({ url: browser.runtime.getURL('/microphone.html') })
        }
        passwordHint={
          import.meta.env.RINGSIDE_DEMO ? 'Demo: every demo SIP password is “demo”.' : undefined
        }
      />
      {state.call && (
        <CallControls
          call={state.call}
          now={now}
          onControl={(req) => sendMessage('softphoneControl', req)}
        />
      )}
      {!live && (
        <AudioDevices
          onChange={(req) => sendMessage('softphoneDevices', req)}
          listDevices={() => navigator.mediaDevices.enumerateDevices()}
        />
      )}
    </>
  );
}
