// SIP message framing for the embedded demo server (RFC 3261 §7): the start line, headers
// (folded lines, compact names, comma-separated values) and the body by Content-Length.
// Header values with a grammar (Via, name-addr, URIs) are parsed by JsSIP's RFC 3261 grammar,
// the same pinned library the extension uses; this file only frames and checks the message.
import JsSIP from 'jssip';

const { Grammar } = JsSIP;

export class SipParseError extends Error {}

// RFC 3261 §7.3.3 and later RFCs' compact forms.
const COMPACT = {
  i: 'call-id',
  m: 'contact',
  e: 'content-encoding',
  l: 'content-length',
  c: 'content-type',
  f: 'from',
  s: 'subject',
  k: 'supported',
  t: 'to',
  v: 'via',
  r: 'refer-to',
  o: 'event',
  u: 'allow-events',
  x: 'session-expires',
  b: 'referred-by',
  a: 'accept-contact',
  j: 'reject-contact',
  d: 'request-disposition',
  y: 'identity',
};

const TOKEN = /^[A-Za-z0-9\-.!%*_+`'~]+$/;
// Headers whose values are comma-separated lists that a proxy reads one by one.
const LISTS = new Set(['via', 'route', 'record-route', 'contact']);

/** The canonical (lower-case, long-form) name of a header. */
export function canonicalName(name) {
  const lower = name.toLowerCase();
  return COMPACT[lower] ?? lower;
}

/**
 * Parses one SIP message (a whole WebSocket frame, or a datagram). Throws SipParseError with
 * the reason a proxy would put in its 400 reply.
 */
export function parseMessage(text) {
  const split = text.indexOf('\r\n\r\n');
  if (split < 0) throw new SipParseError('No empty line after the headers');
  const head = text.slice(0, split);
  let body = text.slice(split + 4);

  const lines = [];
  for (const line of head.split('\r\n')) {
    if (/^[ \t]/.test(line)) {
      // Folding (LWS): the line break and leading white space are one space (§7.3.1).
      if (lines.length === 0) throw new SipParseError('The message starts with white space');
      lines[lines.length - 1] = `${lines[lines.length - 1].trimEnd()} ${line.trim()}`;
    } else {
      lines.push(line);
    }
  }
  const startLine = lines.shift() ?? '';
  const message = parseStartLine(startLine);

  message.headers = lines.map((line) => {
    const colon = line.indexOf(':');
    if (colon <= 0) throw new SipParseError(`Header line without a name: ${line.slice(0, 40)}`);
    const name = line.slice(0, colon).trimEnd();
    if (!TOKEN.test(name)) throw new SipParseError(`Bad header name: ${name.slice(0, 40)}`);
    return { name, value: line.slice(colon + 1).trim() };
  });

  for (const required of ['to', 'from', 'call-id', 'cseq', 'via']) {
    if (!getHeader(message, required)) throw new SipParseError(`Missing ${required} header`);
  }
  const cseq = /^(\d{1,10})\s+(\S+)$/.exec(getHeader(message, 'cseq'));
  if (!cseq || Number(cseq[1]) >= 2 ** 31) throw new SipParseError('Bad CSeq');
  message.cseq = { seq: Number(cseq[1]), method: cseq[2] };
  if (message.kind === 'request' && message.cseq.method !== message.method) {
    throw new SipParseError('CSeq method does not match the request method');
  }

  const maxForwards = getHeader(message, 'max-forwards');
  if (maxForwards !== undefined) {
    // Leading zeros are allowed (RFC 4475 wsinv: "0068").
    if (!/^\d{1,10}$/.test(maxForwards) || Number(maxForwards) > 255) {
      throw new SipParseError('Bad Max-Forwards');
    }
  }

  message.vias = getList(message, 'via').map((value) => {
    const via = Grammar.parse(value, 'Via');
    if (via === -1) throw new SipParseError(`Bad Via: ${value.slice(0, 60)}`);
    return via;
  });

  for (const name of ['from', 'to']) {
    const parsed = Grammar.parse(getHeader(message, name), name === 'from' ? 'From' : 'To');
    if (parsed === -1) throw new SipParseError(`Bad ${name} header`);
    message[name] = parsed;
  }

  const length = getHeader(message, 'content-length');
  if (length !== undefined) {
    if (!/^\d+$/.test(length)) throw new SipParseError('Bad Content-Length');
    const bytes = Buffer.from(body, 'utf8');
    if (Number(length) > bytes.length) throw new SipParseError('Content-Length exceeds the body');
    body = bytes.subarray(0, Number(length)).toString('utf8');
  }
  message.body = body;
  return message;
}

function parseStartLine(line) {
  if (line.startsWith('SIP/')) {
    const m = /^SIP\/2\.0 ([1-6]\d\d) (.*)$/.exec(line);
    if (!m) throw new SipParseError(`Bad status line: ${line.slice(0, 60)}`);
    return { kind: 'response', status: Number(m[1]), reason: m[2] };
  }
  const parts = line.split(' ');
  if (parts.length !== 3) throw new SipParseError(`Bad request line: ${line.slice(0, 60)}`);
  const [method, uri, version] = parts;
  if (!TOKEN.test(method)) throw new SipParseError(`Bad method: ${method.slice(0, 40)}`);
  if (version !== 'SIP/2.0') throw new SipParseError(`Unsupported SIP version: ${version}`);
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:\S+$/.test(uri) || uri.includes('<')) {
    throw new SipParseError(`Bad Request-URI: ${uri.slice(0, 60)}`);
  }
  return { kind: 'request', method, uri };
}

/** The first value of a header (by any of its names), or undefined. */
export function getHeader(message, name) {
  const wanted = canonicalName(name);
  return message.headers.find((h) => canonicalName(h.name) === wanted)?.value;
}

/** Every value of a list header, in order, commas inside quotes and <> respected. */
export function getList(message, name) {
  const wanted = canonicalName(name);
  return message.headers
    .filter((h) => canonicalName(h.name) === wanted)
    .flatMap((h) => (LISTS.has(wanted) ? splitList(h.value) : [h.value]));
}

export function splitList(value) {
  const out = [];
  let current = '';
  let quoted = false;
  let angle = false;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (quoted && ch === '\\') {
      current += ch + (value[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '<') angle = true;
    else if (!quoted && ch === '>') angle = false;
    if (ch === ',' && !quoted && !angle) {
      if (current.trim()) out.push(current.trim());
      current = '';
      continue;
    }
    current += ch;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

/** Replaces every header of that name by one per value given (none: removes them). */
export function setList(message, name, values) {
  const wanted = canonicalName(name);
  const at = message.headers.findIndex((h) => canonicalName(h.name) === wanted);
  const rest = message.headers.filter((h) => canonicalName(h.name) !== wanted);
  const fresh = values.map((value) => ({ name: displayName(wanted), value }));
  rest.splice(at < 0 ? rest.length : at, 0, ...fresh);
  message.headers = rest;
}

export function setHeader(message, name, value) {
  setList(message, name, [value]);
}

function displayName(canonical) {
  const special = { 'call-id': 'Call-ID', cseq: 'CSeq', 'www-authenticate': 'WWW-Authenticate' };
  return special[canonical] ?? canonical.replace(/(^|-)([a-z])/g, (_, d, c) => d + c.toUpperCase());
}

/** The message as text, with a Content-Length that matches its body. */
export function serializeMessage(message) {
  const start =
    message.kind === 'request'
      ? `${message.method} ${message.uri} SIP/2.0`
      : `SIP/2.0 ${message.status} ${message.reason}`;
  const body = message.body ?? '';
  const headers = message.headers.filter((h) => canonicalName(h.name) !== 'content-length');
  headers.push({ name: 'Content-Length', value: String(Buffer.byteLength(body, 'utf8')) });
  return `${[start, ...headers.map((h) => `${h.name}: ${h.value}`)].join('\r\n')}\r\n\r\n${body}`;
}

/**
 * A response to a request (RFC 3261 §8.2.6): its Via, From, To (with a tag added when it has
 * none and the status is above 100), Call-ID and CSeq, plus any extra headers.
 */
export function responseTo(request, status, reason, extra = [], toTag) {
  const copy = (name) =>
    request.headers.filter((h) => canonicalName(h.name) === name).map((h) => ({ ...h }));
  const to = copy('to');
  if (status > 100 && toTag && !request.to.hasParam('tag')) {
    to[0].value = `${to[0].value};tag=${toTag}`;
  }
  return {
    kind: 'response',
    status,
    reason,
    headers: [
      ...copy('via'),
      ...copy('from'),
      ...to,
      ...copy('call-id'),
      ...copy('cseq'),
      ...extra.map(([name, value]) => ({ name, value })),
    ],
    body: '',
  };
}
