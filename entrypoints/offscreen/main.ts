/**
 * The offscreen document: the only place the softphone's JsSIP user agent runs (the service
 * worker has no WebRTC, a side panel dies when closed). Thin wiring of lib/softphone/agent.ts to
 * JsSIP, the microphone and the <audio> element. It takes requests only from Ringside's service
 * worker (checkOffscreenRequest) and reports events back to it.
 */
import { UA, WebSocketInterface } from 'jssip';
import { getDb } from '../../lib/db/connection';
import { getSipPassword } from '../../lib/db/secrets';
import { errorMessage } from '../../lib/ui/errors';
import { createAgent, type RTCPeerConnectionLike, type UaLike } from '../../lib/softphone/agent';
import {
  checkOffscreenRequest,
  FROM_OFFSCREEN,
  type OffscreenEvent,
} from '../../lib/softphone/protocol';

const audio = document.getElementById('remote') as HTMLAudioElement & {
  setSinkId?: (id: string) => Promise<void>;
};

function emit(event: OffscreenEvent): void {
  chrome.runtime.sendMessage({ [FROM_OFFSCREEN]: event }).catch((e: unknown) => {
    console.warn('Ringside softphone: the background did not take an event', e);
  });
}

function playRemote(pc: RTCPeerConnectionLike): void {
  const real = pc as unknown as RTCPeerConnection;
  const show = () => {
    const tracks = real
      .getReceivers()
      .map((r) => r.track)
      .filter((t) => t && t.kind === 'audio');
    if (!tracks.length) return;
    audio.srcObject = new MediaStream(tracks);
    audio.play().catch(() => undefined);
  };
  real.addEventListener('track', show);
  show();
}

const agent = createAgent({
  createUa: ({ wsUrl, uri, password }) =>
    new UA({
      sockets: [new WebSocketInterface(wsUrl)],
      uri,
      password,
      register: true,
      session_timers: false,
      user_agent: 'Ringside',
      // Ringside reconnects itself with its own backoff (lib/softphone/backoff.ts).
      connection_recovery_min_interval: 30,
      connection_recovery_max_interval: 30,
    }) as unknown as UaLike,
  getPassword: (username) => getSipPassword(getDb(), username),
  emit,
  now: () => Date.now(),
  random: () => Math.random(),
  newId: () => crypto.randomUUID(),
  setTimer: (fn, ms) => setTimeout(fn, ms),
  clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  playRemote,
  async setOutputDevice(deviceId) {
    if (!audio.setSinkId) return false; // the agent says so in the agent's language
    await audio.setSinkId(deviceId);
  },
  openMicrophone: (deviceId) =>
    navigator.mediaDevices.getUserMedia({
      audio: deviceId ? { deviceId: { exact: deviceId } } : true,
    }),
  async microphoneTrack(deviceId) {
    const stream = await navigator.mediaDevices.getUserMedia({
      audio: deviceId ? { deviceId: { exact: deviceId } } : true,
    });
    return stream.getAudioTracks()[0];
  },
});

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  const checked = checkOffscreenRequest(
    message,
    sender,
    chrome.runtime.id,
    chrome.runtime.getURL('/background.js'),
  );
  if (!checked) return undefined;
  if (!checked.ok) {
    sendResponse({ ok: false, error: checked.error });
    return undefined;
  }
  agent
    .handle(checked.value)
    .then(sendResponse, (e: unknown) => sendResponse({ ok: false, error: errorMessage(e) }));
  return true;
});

emit({ kind: 'ready' });
