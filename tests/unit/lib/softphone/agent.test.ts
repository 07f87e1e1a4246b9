/**
 * The user agent logic with a fake JsSIP: registration and Ringside's reconnect, one call at a
 * time, the controls, the watchdog, and what is reported to the background.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  createAgent,
  WATCHDOG_INTERVAL_MS,
  type AgentDeps,
  type SessionLike,
  type UaLike,
} from '../../../../lib/softphone/agent';
import { MIC_KEEP_MS } from '../../../../lib/softphone/microphone-keeper';
import type { OffscreenEvent, SipAccount } from '../../../../lib/softphone/protocol';
import { DISCONNECTED_GRACE_MS } from '../../../../lib/softphone/watchdog';

type Listener = (...args: unknown[]) => void;

class Emitter {
  listeners = new Map<string, Listener[]>();
  on(event: string, fn: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), fn]);
    return this;
  }
  emit(event: string, ...args: unknown[]) {
    for (const fn of this.listeners.get(event) ?? []) fn(...args);
  }
  removeAllListeners() {
    this.listeners.clear();
    return this;
  }
}

class FakeSession extends Emitter implements SessionLike {
  connection: { connectionState: string; addEventListener(): void; getSenders(): never[] } | null =
    {
      connectionState: 'connected',
      addEventListener() {},
      getSenders: () => [],
    };
  remote_identity = {
    uri: { user: '+14155551234' as string | null },
    display_name: 'Jane' as string | null,
  };
  calls: string[] = [];
  answer(options: object) {
    this.calls.push(`answer ${JSON.stringify(options)}`);
  }
  terminate(options?: object) {
    this.calls.push(`terminate ${JSON.stringify(options ?? {})}`);
  }
  sendDTMF(tones: string) {
    this.calls.push(`dtmf ${tones}`);
  }
  hold() {
    this.calls.push('hold');
    return true;
  }
  unhold() {
    this.calls.push('unhold');
    return true;
  }
  mute() {
    this.calls.push('mute');
  }
  unmute() {
    this.calls.push('unmute');
  }
  isEstablished() {
    return true;
  }
}

class FakeUa extends Emitter implements UaLike {
  started = 0;
  stopped = 0;
  placed: { target: string; options: Record<string, unknown>; session: FakeSession }[] = [];
  start() {
    this.started++;
  }
  stop() {
    this.stopped++;
  }
  call(target: string, options: object) {
    const session = new FakeSession();
    this.placed.push({ target, options: options as Record<string, unknown>, session });
    return session;
  }
}

const ACCOUNT: SipAccount = {
  wsUrl: 'wss://pbx.example.com/ws',
  domain: 'pbx.example.com',
  username: '1001',
  iceServers: [{ urls: 'stun:stun.example.com' }],
};

function setup(password: string | null = 'pw', extra: Partial<AgentDeps> = {}) {
  let now = 1_000;
  const timers: { fn: () => void; at: number; id: number }[] = [];
  let nextId = 0;
  const uas: FakeUa[] = [];
  const configs: unknown[] = [];
  const events: OffscreenEvent[] = [];
  const agent = createAgent({
    createUa(config) {
      configs.push(config);
      const ua = new FakeUa();
      uas.push(ua);
      return ua;
    },
    getPassword: async () => password,
    emit: (e) => events.push(e),
    now: () => now,
    random: () => 0,
    newId: () => `in-${++nextId}`,
    setTimer(fn, ms) {
      const t = { fn, at: now + ms, id: ++nextId };
      timers.push(t);
      return t.id;
    },
    clearTimer(id) {
      const i = timers.findIndex((t) => t.id === id);
      if (i >= 0) timers.splice(i, 1);
    },
    playRemote() {},
    setOutputDevice: async () => undefined,
    microphoneTrack: async () => ({}),
    ...extra,
  });
  /** Moves the clock, firing due timers in order. */
  const advance = async (ms: number) => {
    const end = now + ms;
    for (;;) {
      timers.sort((a, b) => a.at - b.at);
      const t = timers[0];
      if (!t || t.at > end) break;
      timers.shift();
      now = t.at;
      t.fn();
      await Promise.resolve();
    }
    now = end;
  };
  const ua = () => uas.at(-1)!;
  return { agent, advance, ua, uas, configs, events, timers };
}

const call = {
  kind: 'call' as const,
  id: 'c-1',
  target: '+14155551234',
  fromUserName: '+14155550100',
  fromDisplayName: 'SF',
  extraHeaders: ['P-Asserted-Identity: <sip:+14155550100@pbx.example.com;user=phone>'],
};

describe('softphone agent', () => {
  let t: ReturnType<typeof setup>;
  beforeEach(() => {
    t = setup();
  });

  async function registered() {
    await t.agent.handle({ kind: 'configure', account: ACCOUNT });
    t.ua().emit('registered');
    expect(t.agent.state.registration.state).toBe('registered');
  }

  it('registers with the account and the saved password', async () => {
    await registered();
    expect(t.configs).toEqual([
      { wsUrl: 'wss://pbx.example.com/ws', uri: 'sip:1001@pbx.example.com', password: 'pw' },
    ]);
    expect(t.ua().started).toBe(1);
    expect(t.events.at(-1)).toMatchObject({
      kind: 'state',
      state: { registration: { state: 'registered' } },
    });
  });

  it('stays off, without a UA, when no password is saved', async () => {
    t = setup(null);
    await t.agent.handle({ kind: 'configure', account: ACCOUNT });
    expect(t.uas).toHaveLength(0);
    expect(t.agent.state.registration).toMatchObject({
      state: 'off',
      detail: expect.stringMatching(/password/),
    });
  });

  it('an unchanged configure keeps the UA; reconnect: true makes a new one', async () => {
    await registered();
    await t.agent.handle({ kind: 'configure', account: ACCOUNT });
    expect(t.uas).toHaveLength(1);
    await t.agent.handle({ kind: 'configure', account: ACCOUNT, reconnect: true });
    expect(t.uas).toHaveLength(2);
    expect(t.uas[0]!.stopped).toBe(1);
  });

  it('a wrong password fails for good, with the status code, and is not retried', async () => {
    await t.agent.handle({ kind: 'configure', account: ACCOUNT });
    t.ua().emit('registrationFailed', {
      cause: 'Authentication Error',
      response: { status_code: 401, reason_phrase: 'Unauthorized' },
    });
    expect(t.agent.state.registration).toMatchObject({
      state: 'failed',
      detail: '401: wrong password (or SIP user name)',
    });
    await t.advance(120_000);
    expect(t.uas).toHaveLength(1);
  });

  it('reconnects after a drop with growing delays, and resets them once registered', async () => {
    await registered();
    t.ua().emit('disconnected');
    expect(t.agent.state.registration).toMatchObject({
      state: 'reconnecting',
      attempt: 1,
      retryAt: expect.any(Number),
    });
    expect(t.uas[0]!.stopped).toBe(1);
    await t.advance(999);
    expect(t.uas).toHaveLength(1);
    await t.advance(1);
    expect(t.uas).toHaveLength(2);
    t.ua().emit('disconnected');
    expect(t.agent.state.registration).toMatchObject({ state: 'reconnecting', attempt: 2 });
    await t.advance(2000);
    expect(t.uas).toHaveLength(3);
    t.ua().emit('registered');
    t.ua().emit('disconnected');
    expect(t.agent.state.registration).toMatchObject({ attempt: 1 });
  });

  it('refuses a call while not registered, and a second call while one is live', async () => {
    await t.agent.handle({ kind: 'configure', account: ACCOUNT });
    expect(await t.agent.handle(call)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not registered/),
    });
    t.ua().emit('registered');
    expect(await t.agent.handle(call)).toEqual({ ok: true });
    expect(await t.agent.handle({ ...call, id: 'c-2' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/already on a call/),
    });
    expect(t.ua().placed).toHaveLength(1);
  });

  it('copies the caller ID it was given into the INVITE, and nothing else', async () => {
    await registered();
    await t.agent.handle(call);
    const [placed] = t.ua().placed;
    expect(placed!.target).toBe('sip:+14155551234@pbx.example.com;user=phone');
    expect(placed!.options).toMatchObject({
      fromUserName: '+14155550100',
      fromDisplayName: 'SF',
      extraHeaders: call.extraHeaders,
      mediaConstraints: { audio: true, video: false },
      pcConfig: { iceServers: ACCOUNT.iceServers },
    });
  });

  it('follows the call: ringing, answered, mute, hold, keys, hang-up; reports the end with its duration', async () => {
    await registered();
    await t.agent.handle(call);
    const s = t.ua().placed[0]!.session;
    s.emit('progress');
    expect(t.agent.state.call?.phase).toBe('ringing');
    expect(await t.agent.handle({ kind: 'control', action: 'mute' })).toMatchObject({ ok: false });
    s.emit('confirmed');
    expect(t.agent.state.call?.phase).toBe('in-call');
    await t.agent.handle({ kind: 'control', action: 'mute' });
    s.emit('muted');
    await t.agent.handle({ kind: 'control', action: 'hold' });
    s.emit('hold');
    await t.agent.handle({ kind: 'control', action: 'dtmf', tone: '7' });
    expect(t.agent.state.call).toMatchObject({ muted: true, held: true, dtmf: '7' });
    await t.advance(61_000);
    await t.agent.handle({ kind: 'control', action: 'hangup' });
    s.emit('ended', { originator: 'local', cause: 'Terminated' });
    expect(s.calls).toEqual(['mute', 'hold', 'dtmf 7', 'terminate {}']);
    expect(t.events.at(-1)).toEqual({
      kind: 'ended',
      id: 'c-1',
      direction: 'outbound',
      outcome: 'answered',
      cause: 'You hung up.',
      durationMs: 61_000,
    });
  });

  it('a failed INVITE reports the SIP cause in words', async () => {
    await registered();
    await t.agent.handle(call);
    t.ua().placed[0]!.session.emit('failed', {
      originator: 'remote',
      cause: 'Busy',
      message: { status_code: 486, reason_phrase: 'Busy Here' },
    });
    expect(t.events.at(-1)).toMatchObject({
      kind: 'ended',
      outcome: 'busy',
      cause: 'The line is busy (486 Busy Here).',
      durationMs: 0,
    });
    expect(t.agent.state.call).toMatchObject({ phase: 'ended', outcome: 'busy' });
  });

  it('the watchdog ends a call whose peer connection failed (JsSIP alone keeps it)', async () => {
    await registered();
    await t.agent.handle(call);
    const s = t.ua().placed[0]!.session;
    s.emit('confirmed');
    await t.advance(WATCHDOG_INTERVAL_MS * 3);
    expect(t.agent.state.call?.phase).toBe('in-call');
    s.connection!.connectionState = 'disconnected';
    await t.advance(DISCONNECTED_GRACE_MS - WATCHDOG_INTERVAL_MS);
    expect(t.agent.state.call?.phase).toBe('in-call');
    s.connection!.connectionState = 'failed';
    await t.advance(WATCHDOG_INTERVAL_MS);
    expect(t.agent.state.call).toMatchObject({
      phase: 'ended',
      outcome: 'answered',
      cause: expect.stringMatching(/audio connection failed/),
    });
    expect(s.calls).toContain('terminate {}');
    // JsSIP's own 'ended' after our terminate changes nothing.
    s.emit('ended', { originator: 'local', cause: 'Terminated' });
    expect(t.events.filter((e) => e.kind === 'ended')).toHaveLength(1);
  });

  it('losing the server mid-call ends the call with a message, then reconnects', async () => {
    await registered();
    await t.agent.handle(call);
    t.ua().placed[0]!.session.emit('confirmed');
    t.ua().emit('disconnected');
    expect(t.agent.state.call).toMatchObject({
      phase: 'ended',
      cause: 'The connection to the SIP server was lost, so the call ended.',
    });
    expect(t.agent.state.registration.state).toBe('reconnecting');
  });

  it('rings for an incoming call, answers on request, and sends busy to a second caller', async () => {
    await registered();
    const incoming = new FakeSession();
    const request = { getHeader: () => undefined, ruri: { user: '1001' } };
    t.ua().emit('newRTCSession', { originator: 'remote', session: incoming, request });
    expect(t.agent.state.call).toMatchObject({
      phase: 'incoming',
      remote: '+14155551234',
      remoteName: 'Jane',
    });
    expect(t.events).toContainEqual({
      kind: 'incoming',
      id: 'in-1',
      remote: '+14155551234',
      remoteName: 'Jane',
      to: '1001',
    });
    const second = new FakeSession();
    t.ua().emit('newRTCSession', { originator: 'remote', session: second, request });
    expect(second.calls).toEqual(['terminate {"status_code":486,"reason_phrase":"Busy Here"}']);
    await t.agent.handle({ kind: 'control', action: 'answer' });
    expect(incoming.calls[0]).toMatch(/^answer /);
    incoming.emit('confirmed');
    expect(t.agent.state.call?.phase).toBe('in-call');
  });

  it('declining an incoming call sends 603 and logs it as declined', async () => {
    await registered();
    const incoming = new FakeSession();
    t.ua().emit('newRTCSession', {
      originator: 'remote',
      session: incoming,
      request: { getHeader: () => undefined },
    });
    await t.agent.handle({ kind: 'control', action: 'decline' });
    expect(incoming.calls).toEqual(['terminate {"status_code":603,"reason_phrase":"Decline"}']);
    incoming.emit('failed', { originator: 'local', cause: 'Rejected' });
    expect(t.events.at(-1)).toMatchObject({
      kind: 'ended',
      direction: 'inbound',
      outcome: 'declined',
    });
  });

  it('sends an extension’s digits after the callee answers', async () => {
    await registered();
    await t.agent.handle({ ...call, ext: '204' });
    const s = t.ua().placed[0]!.session;
    s.emit('confirmed');
    expect(s.calls).toEqual([]);
    await t.advance(2_000);
    expect(s.calls).toEqual(['dtmf 204']);
  });
});

/** A fake microphone: each opened stream has one track that records stop() and enabled. */
function fakeMicrophone() {
  const opened: {
    deviceId: string;
    track: { enabled: boolean; stopped: boolean; readyState: string; stop(): void };
  }[] = [];
  let fail = false;
  return {
    opened,
    failNext() {
      fail = true;
    },
    async open(deviceId: string) {
      if (fail) {
        fail = false;
        throw new DOMException('Permission denied', 'NotAllowedError');
      }
      const track = {
        enabled: true,
        stopped: false,
        readyState: 'live',
        stop() {
          this.stopped = true;
          this.readyState = 'ended';
        },
      };
      opened.push({ deviceId, track });
      return { getTracks: () => [track] };
    },
  };
}

describe('softphone agent: the microphone kept between calls', () => {
  let t: ReturnType<typeof setup>;
  let mic: ReturnType<typeof fakeMicrophone>;
  beforeEach(async () => {
    mic = fakeMicrophone();
    t = setup('pw', { openMicrophone: (id) => mic.open(id) });
    await t.agent.handle({ kind: 'configure', account: ACCOUNT });
    t.ua().emit('registered');
  });

  const placed = () => t.ua().placed.at(-1)!;
  async function callAndEnd(id: string) {
    expect(await t.agent.handle({ ...call, id })).toEqual({ ok: true });
    placed().session.emit('failed', {
      originator: 'remote',
      cause: 'Busy',
      message: { status_code: 486 },
    });
  }

  it('opens the microphone for the first call and hands JsSIP the stream', async () => {
    await callAndEnd('c-1');
    expect(mic.opened).toHaveLength(1);
    expect(placed().options.mediaStream).toBeDefined();
    expect((placed().options.mediaStream as { getTracks(): unknown[] }).getTracks()[0]).toBe(
      mic.opened[0]!.track,
    );
  });

  it('the next call within the keep time reuses it, unmuted; after it, the stream is closed', async () => {
    await callAndEnd('c-1');
    mic.opened[0]!.track.enabled = false; // the call ended muted
    await t.advance(MIC_KEEP_MS - 1);
    await callAndEnd('c-2');
    expect(mic.opened).toHaveLength(1);
    expect(mic.opened[0]!.track).toMatchObject({ enabled: true, stopped: false });
    await t.advance(MIC_KEEP_MS - 1);
    expect(mic.opened[0]!.track.stopped).toBe(false);
    await t.advance(1);
    expect(mic.opened[0]!.track.stopped).toBe(true);
    await callAndEnd('c-3');
    expect(mic.opened).toHaveLength(2);
  });

  it('is never closed during a call, however long', async () => {
    expect(await t.agent.handle(call)).toEqual({ ok: true });
    placed().session.emit('confirmed');
    await t.advance(MIC_KEEP_MS * 5);
    expect(mic.opened[0]!.track.stopped).toBe(false);
  });

  it('a stream that ended on its own (device unplugged) is opened again', async () => {
    await callAndEnd('c-1');
    mic.opened[0]!.track.readyState = 'ended';
    await callAndEnd('c-2');
    expect(mic.opened).toHaveLength(2);
  });

  it('another microphone chosen between calls closes the kept one; the next call opens the new one', async () => {
    await callAndEnd('c-1');
    expect(await t.agent.handle({ kind: 'devices', input: 'headset' })).toEqual({ ok: true });
    expect(mic.opened[0]!.track.stopped).toBe(true);
    await callAndEnd('c-2');
    expect(mic.opened.map((o) => o.deviceId)).toEqual(['', 'headset']);
  });

  it('the softphone stopping closes the microphone at once', async () => {
    await callAndEnd('c-1');
    await t.agent.handle({ kind: 'configure', account: null, offReason: 'signed out' });
    expect(mic.opened[0]!.track.stopped).toBe(true);
  });

  it('answering an incoming call uses the kept stream too', async () => {
    await callAndEnd('c-1');
    const incoming = new FakeSession();
    const options: Record<string, unknown>[] = [];
    incoming.answer = (o: object) => void options.push(o as Record<string, unknown>);
    const request = { getHeader: () => undefined, ruri: { user: '1001' } };
    t.ua().emit('newRTCSession', { originator: 'remote', session: incoming, request });
    expect(await t.agent.handle({ kind: 'control', action: 'answer' })).toEqual({ ok: true });
    const stream = options[0]!.mediaStream as { getTracks(): unknown[] };
    expect(stream.getTracks()[0]).toBe(mic.opened[0]!.track);
    expect(mic.opened).toHaveLength(1);
  });

  it('when the microphone cannot be opened, JsSIP asks itself (and reports the refusal as the end)', async () => {
    mic.failNext();
    expect(await t.agent.handle(call)).toEqual({ ok: true });
    expect(placed().options.mediaStream).toBeUndefined();
    expect(placed().options.mediaConstraints).toEqual({ audio: true, video: false });
  });

  it('a UA that stopped while the microphone opened refuses the call without placing it', async () => {
    const reply = t.agent.handle(call);
    t.ua().emit('disconnected');
    expect(await reply).toEqual({ ok: false, error: expect.stringMatching(/not registered/) });
    expect(t.uas[0]!.placed).toEqual([]);
  });
});

describe('softphone agent in the language the background names', () => {
  it('writes states and call ends in pt-BR, and follows a change of language', async () => {
    const t = setup(null);
    await t.agent.handle({ kind: 'configure', account: ACCOUNT, language: 'pt-BR' });
    expect(t.agent.state.registration).toEqual({
      state: 'off',
      detail: 'Digite sua senha SIP no softphone para conectar.',
    });
    expect(await t.agent.handle({ kind: 'control', action: 'hangup' })).toEqual({
      ok: false,
      error: 'Não há nenhuma chamada em andamento.',
    });
    await t.agent.handle({ kind: 'configure', account: null, language: 'es' });
    await t.agent.handle({ kind: 'configure', account: null, language: 'es' });
    expect(t.agent.state.registration).toEqual({
      state: 'off',
      detail: 'El softphone no está en uso.',
    });
  });

  it('an answered call the agent hangs up ends "Usted colgó." in Spanish', async () => {
    const t = setup();
    await t.agent.handle({ kind: 'configure', account: ACCOUNT, language: 'es' });
    t.ua().emit('registered');
    await t.agent.handle(call);
    const s = t.ua().placed[0]!.session;
    s.emit('confirmed');
    s.emit('ended', { originator: 'local', cause: 'Terminated' });
    expect(t.events.at(-1)).toMatchObject({
      kind: 'ended',
      outcome: 'answered',
      cause: 'Usted colgó.',
    });
  });

  it.each([
    [undefined, 'This browser cannot choose the speaker: calls play on its default output.'],
    [
      'pt-BR',
      'Este navegador não permite escolher o alto-falante: as chamadas tocam na saída padrão dele.',
    ],
    [
      'es',
      'Este navegador no permite elegir el altavoz: las llamadas suenan en su salida predeterminada.',
    ],
  ] as const)('a browser that cannot choose the speaker says so (%s)', async (language, error) => {
    const t = setup('pw', { setOutputDevice: async () => false });
    await t.agent.handle({
      kind: 'configure',
      account: ACCOUNT,
      ...(language ? { language } : {}),
    });
    expect(await t.agent.handle({ kind: 'devices', output: 'speakers' })).toEqual({
      ok: false,
      error,
    });
  });
});
