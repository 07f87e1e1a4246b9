/**
 * The softphone's user agent logic: registration with Ringside's own reconnect backoff, one call
 * at a time (outbound on the background's order, inbound when the agent answers), mute, hold,
 * DTMF, the media watchdog, and every end summarised for the agent and the call log.
 *
 * It drives JsSIP through the small `UaLike`/`SessionLike` shapes below, and the browser through
 * `AgentDeps`, so it is tested in Node with fakes. entrypoints/offscreen wires it to JsSIP, the
 * microphone and an <audio> element.
 */
import { errorMessage } from '../ui/errors';
import { reconnectDelayMs } from './backoff';
import { createMicKeeper, MIC_KEEP_MS, type MicStream } from './microphone-keeper';
import { CAUSES, registrationFailure, summarizeEnd } from './causes';
import { callTarget, inboundCaller } from './caller-id';
import type { OffscreenEvent, OffscreenRequest, SipAccount } from './protocol';
import { INITIAL_STATE, reduce, type SoftphoneEvent, type SoftphoneState } from './state';
import { mediaFailed } from './watchdog';
import { english } from '../i18n/english';
import { libTranslator } from '../i18n/lib-translators';
import type { Translator } from '../i18n/translator';

type Listener = (...args: any[]) => void; // eslint-disable-line @typescript-eslint/no-explicit-any

/** What Ringside uses of a JsSIP RTCSession. */
export interface SessionLike {
  on(event: string, listener: Listener): unknown;
  readonly connection?: RTCPeerConnectionLike | null;
  readonly remote_identity: { uri: { user: string | null }; display_name?: string | null };
  answer(options: object): void;
  terminate(options?: object): void;
  sendDTMF(tones: string, options?: object): void;
  hold(): boolean;
  unhold(): boolean;
  mute(options?: object): void;
  unmute(options?: object): void;
  isEstablished(): boolean;
}

export interface RTCPeerConnectionLike {
  readonly connectionState: string;
  addEventListener(type: string, listener: (event: any) => void): void; // eslint-disable-line @typescript-eslint/no-explicit-any
  getSenders(): { track: { kind: string } | null; replaceTrack(track: unknown): Promise<void> }[];
}

/** What Ringside uses of a JsSIP UA. */
export interface UaLike {
  on(event: string, listener: Listener): unknown;
  removeAllListeners(): unknown;
  start(): void;
  stop(): void;
  call(target: string, options: object): SessionLike;
}

export interface UaConfig {
  wsUrl: string;
  uri: string;
  password: string;
}

export interface AgentDeps {
  createUa(config: UaConfig): UaLike;
  /** The agent's SIP password from the extension's own storage, or null when none is saved. */
  getPassword(username: string): Promise<string | null>;
  emit(event: OffscreenEvent): void;
  now(): number;
  random(): number;
  newId(): string;
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
  /** Plays the remote audio of a call (the offscreen document's <audio> element). */
  playRemote(pc: RTCPeerConnectionLike): void;
  /** Resolves to false where the browser cannot choose the speaker (no setSinkId). */
  setOutputDevice(deviceId: string): Promise<void | false>;
  /** A new microphone track for `deviceId`, to swap into a call in progress. */
  microphoneTrack(deviceId: string): Promise<unknown>;
  /**
   * Opens the microphone (getUserMedia) for a call. Given, the agent opens it itself and keeps it
   * for the next call (microphone-keeper.ts); absent, JsSIP opens it for each call.
   */
  openMicrophone?(deviceId: string): Promise<MicStream>;
}

export type Reply = { ok: true; state?: SoftphoneState } | { ok: false; error: string };

/** How often the media watchdog looks at the call's peer connection. */
export const WATCHDOG_INTERVAL_MS = 2_000;
/** Pause before an extension's digits are sent after the callee answers. */
export const EXT_DELAY_MS = 1_500;

function same(a: SipAccount | null, b: SipAccount | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function createAgent(deps: AgentDeps) {
  let state: SoftphoneState = INITIAL_STATE;
  /** The agent's language, as the background last said (English until it does). */
  let tr: Translator = english;
  let account: SipAccount | null = null;
  let ua: UaLike | null = null;
  let attempt = 0;
  let retryTimer: unknown = null;
  let inputDevice = '';
  let session: SessionLike | null = null;
  let callId = '';
  let endCause: string | null = null;
  let watchdog: unknown = null;
  let disconnectedSince: number | undefined;
  const open = deps.openMicrophone;
  const microphone = open
    ? createMicKeeper({
        open: (deviceId) => open(deviceId),
        setTimer: deps.setTimer,
        clearTimer: deps.clearTimer,
        keepMs: MIC_KEEP_MS,
      })
    : null;

  /** The call's microphone stream when the agent opens it, else nothing (JsSIP opens one). */
  async function callStream(): Promise<{ mediaStream?: MicStream }> {
    if (!microphone) return {};
    try {
      return { mediaStream: await microphone.acquire(inputDevice) };
    } catch {
      // JsSIP asks again and reports the refusal as the call's end ("User Denied Media Access").
      return {};
    }
  }

  function apply(event: SoftphoneEvent) {
    const next = reduce(state, event, deps.now());
    if (next === state) return;
    state = next;
    deps.emit({ kind: 'state', state });
  }

  function stopUa() {
    microphone?.close();
    if (retryTimer !== null) deps.clearTimer(retryTimer);
    retryTimer = null;
    if (!ua) return;
    const old = ua;
    ua = null;
    old.removeAllListeners();
    try {
      old.stop();
    } catch {
      // A UA whose socket is already gone may throw while stopping; it is dropped either way.
    }
  }

  function scheduleReconnect(detail: string) {
    stopUa();
    attempt += 1;
    const delay = reconnectDelayMs(attempt, deps.random());
    apply({ type: 'reconnecting', attempt, retryAt: deps.now() + delay, detail });
    retryTimer = deps.setTimer(() => {
      retryTimer = null;
      void connect();
    }, delay);
  }

  async function connect() {
    const acc = account;
    if (!acc) return;
    const password = await deps.getPassword(acc.username);
    if (acc !== account) return; // reconfigured while reading
    if (!password) {
      apply({ type: 'off', detail: tr.t('softphone.state.needPassword') });
      return;
    }
    stopUa();
    apply({ type: 'connecting', user: `${acc.username}@${acc.domain}`, server: acc.wsUrl });
    let created: UaLike;
    try {
      created = deps.createUa({
        wsUrl: acc.wsUrl,
        uri: `sip:${acc.username}@${acc.domain}`,
        password,
      });
    } catch (e) {
      apply({
        type: 'registration-failed',
        detail: tr.t('softphone.register.unusable', {
          error: errorMessage(e),
        }),
      });
      return;
    }
    ua = created;
    created.on('registered', () => {
      attempt = 0;
      apply({ type: 'registered', at: deps.now() });
    });
    created.on(
      'registrationFailed',
      (e: { cause: string; response?: { status_code: number; reason_phrase: string } }) => {
        const failure = registrationFailure(
          e.cause,
          e.response?.status_code,
          e.response?.reason_phrase,
          tr,
        );
        if (failure.permanent) {
          stopUa();
          apply({ type: 'registration-failed', detail: failure.detail });
        } else scheduleReconnect(failure.detail);
      },
    );
    created.on('disconnected', () => {
      if (ua !== created) return;
      // Without its signalling path a call cannot be held, transferred or hung up properly.
      if (session) endCall(CAUSES.SERVER_LOST);
      scheduleReconnect('the connection to the SIP server was lost or refused');
    });
    created.on(
      'newRTCSession',
      (e: {
        originator: string;
        session: SessionLike;
        request: { getHeader(name: string): string | undefined; ruri?: { user: string | null } };
      }) => {
        if (e.originator !== 'remote') return;
        onIncoming(e.session, e.request);
      },
    );
    created.start();
  }

  function clearWatch() {
    if (watchdog !== null) deps.clearTimer(watchdog);
    watchdog = null;
    disconnectedSince = undefined;
  }

  function watch(s: SessionLike) {
    clearWatch();
    const tick = () => {
      watchdog = null;
      if (session !== s) return;
      const pc = s.connection;
      if (pc) {
        const cs = pc.connectionState;
        if (cs === 'disconnected') disconnectedSince ??= deps.now();
        else disconnectedSince = undefined;
        if (mediaFailed(cs, disconnectedSince, deps.now())) {
          endCall(CAUSES.MEDIA_FAILED);
          return;
        }
      }
      watchdog = deps.setTimer(tick, WATCHDOG_INTERVAL_MS);
    };
    watchdog = deps.setTimer(tick, WATCHDOG_INTERVAL_MS);
  }

  /** Ends the current call for a reason Ringside decided, whatever JsSIP reports next. */
  function endCall(cause: string) {
    const s = session;
    if (!s) return;
    endCause = cause;
    try {
      s.terminate();
    } catch {
      // Already terminated, or the transport is gone: the summary below is what counts.
    }
    finish(s, { originator: 'system', cause });
  }

  function finish(
    s: SessionLike,
    e: {
      originator: 'local' | 'remote' | 'system';
      cause: string;
      message?: { status_code?: number; reason_phrase?: string };
    },
  ) {
    if (session !== s) return;
    const call = state.call;
    session = null;
    clearWatch();
    microphone?.release();
    if (!call || call.id !== callId) return;
    const cause = endCause ?? e.cause;
    endCause = null;
    const summary = summarizeEnd(
      {
        direction: call.direction,
        answered: call.answeredAt !== undefined,
        originator: cause === e.cause ? e.originator : 'system',
        cause,
        statusCode: cause === e.cause ? e.message?.status_code : undefined,
        reasonPhrase: cause === e.cause ? e.message?.reason_phrase : undefined,
      },
      tr,
    );
    const at = deps.now();
    apply({ type: 'ended', id: call.id, at, outcome: summary.outcome, cause: summary.cause });
    deps.emit({
      kind: 'ended',
      id: call.id,
      direction: call.direction,
      outcome: summary.outcome,
      cause: summary.cause,
      durationMs: call.answeredAt !== undefined ? Math.max(0, at - call.answeredAt) : 0,
    });
  }

  function track(s: SessionLike, id: string, ext?: string) {
    session = s;
    callId = id;
    s.on('peerconnection', (e: { peerconnection: RTCPeerConnectionLike }) =>
      deps.playRemote(e.peerconnection),
    );
    s.on('progress', () => apply({ type: 'ringing', id }));
    s.on('confirmed', () => {
      apply({ type: 'answered', id, at: deps.now() });
      if (s.connection) deps.playRemote(s.connection);
      watch(s);
      if (ext)
        deps.setTimer(() => {
          if (session === s) s.sendDTMF(ext, { interToneGap: 200 });
        }, EXT_DELAY_MS);
    });
    s.on('hold', () => apply({ type: 'held', id, held: true }));
    s.on('unhold', () => apply({ type: 'held', id, held: false }));
    s.on('muted', () => apply({ type: 'muted', id, muted: true }));
    s.on('unmuted', () => apply({ type: 'muted', id, muted: false }));
    s.on('ended', (e) => finish(s, e));
    s.on('failed', (e) => finish(s, e));
  }

  function onIncoming(
    s: SessionLike,
    request: { getHeader(name: string): string | undefined; ruri?: { user: string | null } },
  ) {
    if (session || (state.call && state.call.phase !== 'ended')) {
      // One call at a time, like a desk phone without call waiting: the caller hears busy.
      s.terminate({ status_code: 486, reason_phrase: 'Busy Here' });
      return;
    }
    const pai = /<?(?:sip|sips|tel):([^@;>]+)/.exec(
      request.getHeader('P-Asserted-Identity') ?? '',
    )?.[1];
    const remote = inboundCaller(s.remote_identity.uri.user ?? 'unknown', pai);
    const id = deps.newId();
    const remoteName = s.remote_identity.display_name || undefined;
    apply({ type: 'incoming', id, remote, ...(remoteName ? { remoteName } : {}), at: deps.now() });
    track(s, id);
    deps.emit({
      kind: 'incoming',
      id,
      remote,
      ...(remoteName ? { remoteName } : {}),
      to: request.ruri?.user ?? account?.username ?? '',
    });
  }

  function media() {
    return {
      mediaConstraints: {
        audio: inputDevice ? { deviceId: { exact: inputDevice } } : true,
        video: false,
      },
      pcConfig: { iceServers: account?.iceServers ?? [] },
    };
  }

  async function placeCall(req: Extract<OffscreenRequest, { kind: 'call' }>): Promise<Reply> {
    if (!ua || !account || state.registration.state !== 'registered')
      return { ok: false, error: tr.t('softphone.refusal.notRegistered') };
    if (session || (state.call && state.call.phase !== 'ended'))
      return { ok: false, error: tr.t('softphone.refusal.onCall') };
    if (state.call) apply({ type: 'clear', id: state.call.id });
    apply({
      type: 'outgoing',
      id: req.id,
      remote: req.target,
      from: req.fromUserName,
      at: deps.now(),
    });
    const stream = await callStream();
    // The UA may have stopped while the microphone opened: the call is refused like any other.
    if (!ua || !account || state.registration.state !== 'registered' || state.call?.id !== req.id) {
      const cause = tr.t('softphone.refusal.notRegistered');
      microphone?.release();
      if (state.call?.id === req.id)
        apply({ type: 'ended', id: req.id, at: deps.now(), outcome: 'failed', cause });
      // Refused, not started: the background logs the refusal from this reply.
      return { ok: false, error: cause };
    }
    try {
      const s = ua.call(callTarget(req.target, account.domain), {
        ...media(),
        ...stream,
        fromUserName: req.fromUserName,
        ...(req.fromDisplayName ? { fromDisplayName: req.fromDisplayName } : {}),
        extraHeaders: req.extraHeaders,
      });
      track(s, req.id, req.ext);
    } catch (e) {
      const cause = tr.t('softphone.control.couldNotStart', {
        error: errorMessage(e),
      });
      apply({ type: 'ended', id: req.id, at: deps.now(), outcome: 'failed', cause });
      deps.emit({
        kind: 'ended',
        id: req.id,
        direction: 'outbound',
        outcome: 'failed',
        cause,
        durationMs: 0,
      });
      return { ok: false, error: cause };
    }
    return { ok: true };
  }

  async function control(action: Extract<OffscreenRequest, { kind: 'control' }>): Promise<Reply> {
    const s = session;
    const call = state.call;
    if (action.action === 'clear') {
      if (call && call.phase === 'ended') apply({ type: 'clear', id: call.id });
      return { ok: true };
    }
    if (!s || !call || call.phase === 'ended')
      return { ok: false, error: tr.t('softphone.control.noCall') };
    switch (action.action) {
      case 'hangup':
        s.terminate();
        return { ok: true };
      case 'answer':
        if (call.phase !== 'incoming')
          return { ok: false, error: tr.t('softphone.control.noRingingAnswer') };
        s.answer({ ...media(), ...(await callStream()) });
        return { ok: true };
      case 'decline':
        if (call.phase !== 'incoming')
          return { ok: false, error: tr.t('softphone.control.noRingingDecline') };
        s.terminate({ status_code: 603, reason_phrase: 'Decline' });
        return { ok: true };
      case 'mute':
      case 'unmute':
        if (call.phase !== 'in-call')
          return { ok: false, error: tr.t('softphone.control.muteLater') };
        if (action.action === 'mute') s.mute({ audio: true });
        else s.unmute({ audio: true });
        return { ok: true };
      case 'hold':
      case 'resume':
        if (call.phase !== 'in-call')
          return { ok: false, error: tr.t('softphone.control.holdLater') };
        if (!(action.action === 'hold' ? s.hold() : s.unhold()))
          return {
            ok: false,
            error:
              action.action === 'hold'
                ? tr.t('softphone.control.holdFailed')
                : tr.t('softphone.control.resumeFailed'),
          };
        return { ok: true };
      case 'dtmf':
        if (call.phase !== 'in-call' || !action.tone)
          return { ok: false, error: tr.t('softphone.control.keypadLater') };
        s.sendDTMF(action.tone);
        apply({ type: 'dtmf', id: call.id, tone: action.tone });
        return { ok: true };
    }
  }

  async function setDevices(req: Extract<OffscreenRequest, { kind: 'devices' }>): Promise<Reply> {
    try {
      if (req.output !== undefined && (await deps.setOutputDevice(req.output)) === false)
        return { ok: false, error: tr.t('softphone.control.noSpeakerChoice') };
      if (req.input !== undefined && req.input !== inputDevice) {
        inputDevice = req.input;
        const pc = session?.connection;
        const sender = pc?.getSenders().find((x) => x.track?.kind === 'audio');
        if (microphone) {
          // The kept stream is of the old microphone: a call in progress gets the new one now,
          // the next call opens it.
          if (sender)
            await sender.replaceTrack((await microphone.acquire(inputDevice)).getTracks()[0]);
          else microphone.close();
        } else if (sender) await sender.replaceTrack(await deps.microphoneTrack(inputDevice));
      }
      return { ok: true };
    } catch (e) {
      return {
        ok: false,
        error: tr.t('softphone.control.device', {
          error: errorMessage(e),
        }),
      };
    }
  }

  return {
    get state() {
      return state;
    },
    async handle(req: OffscreenRequest): Promise<Reply> {
      switch (req.kind) {
        case 'configure': {
          // The language first: an unchanged account keeps its UA, but what it says next follows.
          const relabel = req.language !== undefined && req.language !== tr.language;
          if (req.language) tr = libTranslator(req.language);
          // The background configures on every start and settings change: an unchanged account
          // keeps its UA (registered, reconnecting or failed) unless a reconnect is asked for
          // (a new password) or it is off for want of a password.
          if (
            same(req.account, account) &&
            !req.reconnect &&
            (account === null || state.registration.state !== 'off')
          ) {
            // Off and still off: say why again in the new language.
            if (account === null && relabel)
              apply({ type: 'off', detail: req.offReason ?? tr.t('softphone.state.notInUse') });
            return { ok: true };
          }
          account = req.account;
          attempt = 0;
          if (!account) {
            if (session) endCall(CAUSES.SERVER_LOST);
            stopUa();
            apply({ type: 'off', detail: req.offReason ?? tr.t('softphone.state.notInUse') });
            return { ok: true };
          }
          await connect();
          return { ok: true };
        }
        case 'call':
          return placeCall(req);
        case 'control':
          return control(req);
        case 'devices':
          return setDevices(req);
        case 'query':
          return { ok: true, state };
      }
    },
  };
}
