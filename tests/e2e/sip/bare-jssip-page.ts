/**
 * A page with JsSIP and nothing of Ringside: the tests' second party and the benchmark's
 * baseline. It drives JsSIP directly, so what it sees is what the SIP server delivered.
 * `window.bare` is its whole interface; every call is kept in `calls` with what was received.
 */
export const BARE_JSSIP_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Bare JsSIP</title>
<script src="/vendor/jssip.js"></script></head>
<body><h1>Bare JsSIP</h1><audio id="remote" autoplay></audio>
<script>
(() => {
  const AUDIO = { mediaConstraints: { audio: true, video: false }, pcConfig: { iceServers: [] } };
  const bare = {
    registered: false,
    transport: 'disconnected',
    calls: [],
    ua: null,
    start({ ws, user, password, domain }) {
      return new Promise((resolve) => {
        const ua = new JsSIP.UA({
          sockets: [new JsSIP.WebSocketInterface(ws)],
          uri: 'sip:' + user + '@' + domain,
          password,
          register: true,
          session_timers: false,
          connection_recovery_min_interval: 1,
          connection_recovery_max_interval: 3,
        });
        ua.on('connected', () => { bare.transport = 'connected'; });
        ua.on('disconnected', () => { bare.transport = 'disconnected'; bare.registered = false; });
        ua.on('registered', () => { bare.registered = true; resolve({ ok: true }); });
        ua.on('unregistered', () => { bare.registered = false; });
        ua.on('registrationFailed', (e) =>
          resolve({ ok: false, cause: e.cause, status: e.response ? e.response.status_code : null }),
        );
        ua.on('newRTCSession', (e) => {
          if (e.originator !== 'remote') return;
          const call = track(e.session, 'in');
          call.fromUser = e.request.from.uri.user;
          call.fromDisplay = e.request.from.display_name || '';
          call.pai = e.request.getHeader('P-Asserted-Identity') || '';
          call.state = 'ringing';
        });
        bare.ua = ua;
        ua.start();
      });
    },
    call(target, options = {}) {
      const session = bare.ua.call(target, { ...AUDIO, ...options });
      const call = track(session, 'out');
      call.inviteSentAt = performance.now();
      return bare.calls.length - 1;
    },
    answer(index = bare.calls.length - 1) { bare.calls[index].session.answer(AUDIO); },
    hangup(index = bare.calls.length - 1) { bare.calls[index].session.terminate(); },
    dtmf(tones, index = bare.calls.length - 1) {
      bare.calls[index].session.sendDTMF(tones, { transportType: 'INFO' });
    },
    // false while a previous re-INVITE is still under way (JsSIP then sends nothing).
    hold(index = bare.calls.length - 1) { return bare.calls[index].session.hold(); },
    unhold(index = bare.calls.length - 1) { return bare.calls[index].session.unhold(); },
    async stats(index = bare.calls.length - 1) {
      const pc = bare.calls[index].session.connection;
      const out = { inboundPackets: 0, outboundPackets: 0, inboundAudioEnergy: 0 };
      if (!pc) return out;
      (await pc.getStats()).forEach((r) => {
        if (r.type === 'inbound-rtp' && r.kind === 'audio') {
          out.inboundPackets += r.packetsReceived || 0;
          out.inboundAudioEnergy += r.totalAudioEnergy || 0;
        }
        if (r.type === 'outbound-rtp' && r.kind === 'audio') out.outboundPackets += r.packetsSent || 0;
      });
      return out;
    },
    view() {
      return bare.calls.map(({ session, ...rest }) => rest);
    },
  };
  function track(session, direction) {
    const call = { direction, state: 'connecting', fromUser: '', fromDisplay: '', pai: '', cause: '' };
    call.session = session;
    bare.calls.push(call);
    session.on('progress', () => { if (call.state === 'connecting') call.state = 'ringing'; });
    session.on('confirmed', () => { call.state = 'in call'; });
    session.on('ended', (e) => { call.state = 'ended'; call.cause = e.cause; });
    session.on('failed', (e) => { call.state = 'failed'; call.cause = e.cause; });
    // The remote audio is played once the call is up: on the calling side JsSIP creates the
    // peer connection inside ua.call(), before any listener could be attached.
    session.on('confirmed', () => {
      const tracks = session.connection.getReceivers().map((r) => r.track);
      const el = document.getElementById('remote');
      el.srcObject = new MediaStream(tracks);
      el.play().catch(() => {});
    });
    return call;
  }
  window.bare = bare;
})();
</script></body></html>`;
