// The demo's customer phone: a plain web page with JsSIP (loaded by phone.html as window.JsSIP)
// that registers as the catch-all user, so every call the softphone makes to a number rings here.
// It shows the caller ID exactly as the INVITE carried it, answers with real audio, shows keys
// pressed (SIP INFO) and can call an agent. Tests drive it through window.customerPhone.
//
// Query parameters: ?ws=<WebSocket URL>&user=<user>&password=<password>&domain=<SIP domain>

const params = new URLSearchParams(location.search);
const config = {
  ws: params.get('ws') || 'ws://127.0.0.1:5066',
  user: params.get('user') || 'customer',
  password: params.get('password') || 'demo',
  domain: params.get('domain') || 'ringside.test',
};
const AUDIO = { mediaConstraints: { audio: true, video: false }, pcConfig: { iceServers: [] } };

const $ = (id) => document.getElementById(id);

/** What tests read and drive. Each entry of `calls` is plain data; sessions are kept apart. */
const phone = {
  state: 'idle',
  registered: false,
  registrationError: '',
  calls: [],
  answer,
  decline,
  hangup,
  call,
  stats,
};
window.customerPhone = phone;

const sessions = [];
let current = -1;
let timer;

function currentSession() {
  return current >= 0 ? sessions[current] : undefined;
}

function setState(state) {
  phone.state = state;
  render();
}

function track(session, entry) {
  const index = phone.calls.push(entry) - 1;
  sessions[index] = session;
  current = index;
  const end = (state) => (e) => {
    entry.state = state;
    entry.cause = e.cause;
    entry.endedAt = Date.now();
    stopRinging();
    if (current === index) setState('idle');
    else render();
  };
  session.on('progress', () => {
    if (entry.direction === 'out') entry.state = 'ringing';
    render();
  });
  session.on('confirmed', () => {
    entry.state = 'in call';
    entry.answeredAt = Date.now();
    stopRinging();
    playRemote(session);
    setState('in call');
  });
  session.on('ended', end('ended'));
  session.on('failed', end('failed'));
  session.on('hold', (e) => {
    if (e.originator !== 'remote') return;
    entry.holdReinvites += 1;
    entry.state = 'on hold';
    setState('on hold');
  });
  session.on('unhold', (e) => {
    if (e.originator !== 'remote') return;
    entry.state = 'in call';
    setState('in call');
  });
  session.on('newDTMF', (e) => {
    if (e.originator !== 'remote') return;
    entry.dtmf += e.dtmf.tone;
    render();
  });
  return index;
}

function newEntry(direction) {
  return {
    direction,
    fromUser: '',
    fromDisplay: '',
    pai: '',
    to: '',
    state: direction === 'in' ? 'ringing' : 'calling',
    dtmf: '',
    holdReinvites: 0,
    cause: undefined,
    startedAt: Date.now(),
  };
}

function answer() {
  const session = currentSession();
  if (!session || phone.state !== 'ringing') throw new Error('No call is ringing.');
  session.answer(AUDIO);
}

function decline() {
  const session = currentSession();
  if (!session || phone.state !== 'ringing') throw new Error('No call is ringing.');
  // 486 Busy Here: what a person rejecting a call on a desk phone sends.
  session.terminate({ status_code: 486, reason_phrase: 'Busy Here' });
}

function hangup() {
  const session = currentSession();
  if (!session || session.isEnded()) throw new Error('No call to hang up.');
  session.terminate();
}

function call(target) {
  if (!ua || !phone.registered) throw new Error('The customer phone is not registered.');
  if (phone.state !== 'idle') throw new Error('Hang up the current call first.');
  const uri = target.includes('@') ? target : `sip:${target}@${config.domain}`;
  const entry = newEntry('out');
  entry.to = target;
  const session = ua.call(uri, AUDIO);
  track(session, entry);
  setState('calling');
}

async function stats() {
  const out = {
    inboundPackets: 0,
    outboundPackets: 0,
    inboundAudioEnergy: 0,
    inboundAudioLevel: 0,
  };
  const pc = currentSession()?.connection;
  if (!pc) return out;
  (await pc.getStats()).forEach((r) => {
    if (r.kind !== 'audio') return;
    if (r.type === 'inbound-rtp') {
      out.inboundPackets += r.packetsReceived || 0;
      out.inboundAudioEnergy += r.totalAudioEnergy || 0;
      out.inboundAudioLevel = Math.max(out.inboundAudioLevel, r.audioLevel || 0);
    }
    if (r.type === 'outbound-rtp') out.outboundPackets += r.packetsSent || 0;
  });
  return out;
}

// The caller's peer connection exists before any listener can be attached, so the remote
// audio is taken from its receivers once the call is up.
function playRemote(session) {
  const audio = $('remote-audio');
  audio.srcObject = new MediaStream(session.connection.getReceivers().map((r) => r.track));
  audio.play().catch(() => {});
}

// A ring, so a person hears the call arrive (browsers allow it once the page was clicked).
let ringer;
function startRinging() {
  try {
    const ctx = new AudioContext();
    const gain = ctx.createGain();
    gain.gain.value = 0;
    gain.connect(ctx.destination);
    for (const f of [440, 480]) {
      const osc = ctx.createOscillator();
      osc.frequency.value = f;
      osc.connect(gain);
      osc.start();
    }
    // North American ring cadence: 2 s on, 4 s off.
    const t0 = ctx.currentTime;
    for (let i = 0; i < 20; i++) {
      gain.gain.setValueAtTime(0.08, t0 + i * 6);
      gain.gain.setValueAtTime(0, t0 + i * 6 + 2);
    }
    ringer = ctx;
  } catch {
    ringer = undefined;
  }
}
function stopRinging() {
  ringer?.close().catch(() => {});
  ringer = undefined;
}

function formatDuration(ms) {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

const STATE_TEXT = {
  idle: 'No call',
  ringing: 'Incoming call',
  calling: 'Calling…',
  'in call': 'In call',
  'on hold': 'On hold (by the agent)',
};

function render() {
  const entry = current >= 0 ? phone.calls[current] : undefined;
  const live = phone.state !== 'idle';
  const section = document.querySelector('.call');
  section.dataset.state = phone.state;
  let stateText = STATE_TEXT[phone.state];
  if (!live && entry) stateText = `Call ${entry.state}${entry.cause ? `: ${entry.cause}` : ''}`;
  $('call-state').textContent = stateText;
  const incoming = entry?.direction === 'in';
  $('caller-name').textContent = incoming ? entry.fromDisplay : '';
  $('caller').textContent = entry ? (incoming ? entry.fromUser : `To ${entry.to}`) : '';
  $('ids').hidden = !entry || entry.direction !== 'in';
  if (entry && entry.direction === 'in') {
    $('from-user').textContent = entry.fromUser || '—';
    $('from-display').textContent = entry.fromDisplay || '(none)';
    $('pai').textContent = entry.pai || '(not sent)';
    $('dtmf').textContent = entry.dtmf || '—';
  }
  $('answer').hidden = phone.state !== 'ringing';
  $('decline').hidden = phone.state !== 'ringing';
  $('hangup').hidden = !['calling', 'in call', 'on hold'].includes(phone.state);
  $('call').disabled = !phone.registered || live;

  clearInterval(timer);
  $('timer').hidden = !(entry?.answeredAt && live);
  if (entry?.answeredAt && live) {
    const tick = () => ($('timer').textContent = formatDuration(Date.now() - entry.answeredAt));
    tick();
    timer = setInterval(tick, 1000);
  }

  const list = $('history');
  list.replaceChildren(
    ...phone.calls
      .map((c) => {
        const li = document.createElement('li');
        const who = document.createElement('span');
        who.textContent = c.direction === 'in' ? `From ${c.fromUser}` : `To ${c.to}`;
        const meta = document.createElement('span');
        meta.className = 'meta';
        const duration = c.answeredAt
          ? ` · ${formatDuration((c.endedAt ?? Date.now()) - c.answeredAt)}`
          : '';
        meta.textContent = `${c.state}${c.cause ? ` (${c.cause})` : ''}${duration}`;
        li.append(who, meta);
        return li;
      })
      .reverse(),
  );
  $('history-empty').hidden = phone.calls.length > 0;
}

function setRegistration(kind, text) {
  const reg = document.querySelector('.reg');
  reg.dataset.reg = kind;
  $('reg-text').textContent = text;
}

let ua;
function start() {
  const { JsSIP } = window;
  if (!JsSIP) {
    setRegistration('failed', 'JsSIP did not load');
    return;
  }
  ua = new JsSIP.UA({
    sockets: [new JsSIP.WebSocketInterface(config.ws)],
    uri: `sip:${config.user}@${config.domain}`,
    password: config.password,
    register: true,
    session_timers: false,
    connection_recovery_min_interval: 1,
    connection_recovery_max_interval: 5,
  });
  ua.on('connecting', () => setRegistration('connecting', `Connecting to ${config.ws}…`));
  ua.on('disconnected', () => {
    phone.registered = false;
    setRegistration('connecting', `No SIP server at ${config.ws}; retrying…`);
    render();
  });
  ua.on('registered', () => {
    phone.registered = true;
    phone.registrationError = '';
    setRegistration('registered', `Registered as ${config.user}@${config.domain}`);
    render();
  });
  ua.on('unregistered', () => {
    phone.registered = false;
    render();
  });
  ua.on('registrationFailed', (e) => {
    phone.registered = false;
    const status = e.response ? `${e.response.status_code}: ` : '';
    phone.registrationError = `${status}${e.cause}`;
    setRegistration('failed', `Not registered (${phone.registrationError})`);
    render();
  });
  ua.on('newRTCSession', (e) => {
    if (e.originator !== 'remote') return;
    // One call at a time, like a person's phone: a second caller hears busy.
    if (phone.state !== 'idle') {
      e.session.terminate({ status_code: 486, reason_phrase: 'Busy Here' });
      return;
    }
    const entry = newEntry('in');
    entry.fromUser = e.request.from.uri.user;
    entry.fromDisplay = e.request.from.display_name || '';
    entry.pai = e.request.getHeader('P-Asserted-Identity') || '';
    track(e.session, entry);
    setState('ringing');
    startRinging();
  });
  ua.start();
}

$('answer').addEventListener('click', () => answer());
$('decline').addEventListener('click', () => decline());
$('hangup').addEventListener('click', () => hangup());
$('dial').addEventListener('submit', (event) => {
  event.preventDefault();
  const target = $('target').value.trim();
  if (target) call(target);
});

render();
start();
