/**
 * The softphone part of the side panel (provider sip): registration, the current call with its
 * controls, and the audio devices (also during a call: a headset plugged in mid-call can be
 * picked there). It shows the state the offscreen user agent reports (read by the side panel
 * with useSoftphone) and sends the agent's clicks to the background.
 */
import { browser } from 'wxt/browser';
import { t } from '../../utils/i18n';
import { sendMessage } from '../../utils/messaging';
import { AudioDevices } from './AudioDevices';
import { CallControls } from './CallControls';
import { useNow } from '../shared/hooks/useNow';
import { useMicrophonePermission } from './hooks/useMicrophonePermission';
import { SipStatus } from './SipStatus';
import type { SoftphoneState } from '../../lib/softphone/state';

export function SoftphonePanel({ state }: { state: SoftphoneState }) {
  const live = Boolean(state.call && state.call.phase !== 'ended');
  const microphone = useMicrophonePermission();
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
        // In a call with the microphone allowed there is nothing to allow: no button to wonder about.
        showMicrophone={!(live && microphone === 'granted')}
        passwordHint={import.meta.env.RINGSIDE_DEMO ? t('sidepanel.sip.demoHint') : undefined}
      />
      {state.call && (
        <CallControls
          call={state.call}
          now={now}
          onControl={(req) => sendMessage('softphoneControl', req)}
        />
      )}
      <AudioDevices
        onChange={(req) => sendMessage('softphoneDevices', req)}
        listDevices={() => navigator.mediaDevices.enumerateDevices()}
      />
    </>
  );
}
