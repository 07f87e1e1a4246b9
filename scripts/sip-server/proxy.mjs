// The embedded demo SIP server's behaviour, without its transport: a registrar and a stateless
// proxy (RFC 3261 §10, §16.11) for clients on WebSocket connections. It authenticates REGISTER
// and new INVITEs by digest, routes a new INVITE to the registered contact of its target user,
// else to the catch-all user (the demo's "customer phone"), else answers 404, record-routes it,
// and relays everything else of the dialog (ACK, BYE, re-INVITE, INFO, UPDATE, CANCEL) and
// every response between the connections.
import { createHash, randomBytes } from 'node:crypto';
import JsSIP from 'jssip';
import { createDigest } from './digest.mjs';
import {
  getHeader,
  getList,
  parseMessage,
  responseTo,
  serializeMessage,
  setHeader,
  setList,
  SipParseError,
} from './message.mjs';

const { Grammar } = JsSIP;
const RELAY_USER = 'ringside-relay';
const MAX_EXPIRES = 3600;
const DEFAULT_EXPIRES = 600;

/**
 * @param {{ domain: string, users: Record<string, string>, host: string, port: number,
 *   catchAll?: string, log?: (line: string) => void }} options
 */
export function createSipProxy({
  domain,
  users,
  host,
  port,
  catchAll = 'customer',
  log = () => {},
}) {
  const digest = createDigest(domain, users);
  /** connection id → { id, send(text) } */
  const connections = new Map();
  /** user → { connId, contact, expiresAt } */
  const registrations = new Map();
  /** "user@host" of a client's Contact URI → connection id (JsSIP's contacts are unique). */
  const contacts = new Map();
  const tag = () => randomBytes(6).toString('hex');
  const recordRoute = `<sip:${RELAY_USER}@${host}:${port};transport=ws;lr>`;

  const uriKey = (uri) => `${uri.user ?? ''}@${String(uri.host).toLowerCase()}`;

  function learnContacts(connId, message) {
    for (const value of getList(message, 'contact')) {
      const parsed = Grammar.parse(value, 'Contact');
      if (parsed === -1) continue;
      for (const { parsed: contact } of parsed) contacts.set(uriKey(contact.uri), connId);
    }
  }

  function send(connId, message) {
    const conn = connections.get(connId);
    if (!conn) return false;
    conn.send(serializeMessage(message));
    return true;
  }

  function reply(connId, request, status, reason, extra = []) {
    if (request.method === 'ACK') return;
    send(connId, responseTo(request, status, reason, extra, tag()));
  }

  function liveRegistration(user) {
    const reg = registrations.get(user);
    if (!reg) return undefined;
    if (reg.expiresAt <= Date.now() || !connections.has(reg.connId)) {
      registrations.delete(user);
      return undefined;
    }
    return reg;
  }

  /** Adds this server's Via (its branch derived from the incoming one, §16.11) and forwards. */
  function forward(fromConnId, request, toConnId) {
    const mf = getHeader(request, 'max-forwards');
    setHeader(request, 'Max-Forwards', String((mf === undefined ? 70 : Number(mf)) - 1));
    const incoming = request.vias[0]?.branch ?? '';
    const branch = `z9hG4bK${createHash('sha1').update(`${fromConnId}:${incoming}`).digest('hex').slice(0, 20)}`;
    setList(request, 'via', [
      `SIP/2.0/WS ${host}:${port};branch=${branch};rs-conn=${fromConnId}`,
      ...getList(request, 'via'),
    ]);
    if (!send(toConnId, request)) reply(fromConnId, request, 480, 'Temporarily Unavailable');
  }

  function onResponse(response) {
    const vias = getList(response, 'via');
    // JsSIP's grammar keeps Via parameters other than branch, received, etc. in `params`.
    const connId = response.vias[0]?.params?.['rs-conn'];
    if (!connId) {
      log(`dropped a response not sent through this server (${response.status})`);
      return;
    }
    setList(response, 'via', vias.slice(1));
    send(connId, response);
  }

  function register(connId, request) {
    const user = request.to.uri.user;
    const authUser = digest.verify(getHeader(request, 'authorization'), 'REGISTER');
    if (!authUser || authUser !== user) {
      reply(connId, request, 401, 'Unauthorized', [['WWW-Authenticate', digest.challenge()]]);
      return;
    }
    const values = getList(request, 'contact');
    const expiresHeader = getHeader(request, 'expires');
    if (values.length === 1 && values[0] === '*') {
      registrations.delete(user);
      reply(connId, request, 200, 'OK');
      return;
    }
    const replyContacts = [];
    for (const value of values) {
      const parsed = Grammar.parse(value, 'Contact');
      if (parsed === -1) {
        reply(connId, request, 400, 'Bad Contact');
        return;
      }
      for (const { parsed: contact } of parsed) {
        const asked = Number(contact.getParam('expires') ?? expiresHeader ?? DEFAULT_EXPIRES);
        const expires = Math.min(Number.isFinite(asked) ? asked : DEFAULT_EXPIRES, MAX_EXPIRES);
        const uri = contact.uri.toString();
        if (expires <= 0) {
          if (registrations.get(user)?.contact === uri) registrations.delete(user);
          continue;
        }
        // One phone per user in the demo: the newest registration wins.
        registrations.set(user, { connId, contact: uri, expiresAt: Date.now() + expires * 1000 });
        contacts.set(uriKey(contact.uri), connId);
        contact.setParam('expires', expires);
        replyContacts.push(contact.toString());
      }
    }
    log(`REGISTER ${user}: ${replyContacts.length ? 'bound' : 'removed'}`);
    reply(
      connId,
      request,
      200,
      'OK',
      replyContacts.map((c) => ['Contact', c]),
    );
  }

  /** The registration an out-of-dialog INVITE or CANCEL for this Request-URI goes to. */
  function locate(request, caller) {
    const uri = Grammar.parse(request.uri, 'SIP_URI');
    if (uri === -1) return undefined;
    const target = liveRegistration(uri.user ?? '');
    if (target) return target;
    if (uri.user === catchAll || caller === catchAll) return undefined;
    return liveRegistration(catchAll);
  }

  function newInvite(connId, request) {
    const caller = digest.verify(getHeader(request, 'proxy-authorization'), 'INVITE');
    if (!caller) {
      reply(connId, request, 407, 'Proxy Authentication Required', [
        ['Proxy-Authenticate', digest.challenge()],
      ]);
      return;
    }
    // The caller ID (From) is not the account: production must check the agent may use it
    // (docs/sip-server.md); the demo only checks the credentials.
    const target = locate(request, caller);
    if (!target) {
      reply(connId, request, 404, 'Not Found');
      return;
    }
    request.headers = request.headers.filter((h) => h.name.toLowerCase() !== 'proxy-authorization');
    request.uri = target.contact;
    setList(request, 'record-route', [recordRoute, ...getList(request, 'record-route')]);
    forward(connId, request, target.connId);
  }

  function inDialog(connId, request) {
    const routes = getList(request, 'route');
    if (routes[0]?.includes(`${RELAY_USER}@`)) setList(request, 'route', routes.slice(1));
    const uri = Grammar.parse(request.uri, 'SIP_URI');
    const target = uri === -1 ? undefined : contacts.get(uriKey(uri));
    if (target === undefined || !connections.has(target)) {
      // The other side is gone (its WebSocket closed); ACKs are never answered.
      reply(connId, request, 480, 'Temporarily Unavailable');
      return;
    }
    forward(connId, request, target);
  }

  function onRequest(connId, request) {
    const maxForwards = getHeader(request, 'max-forwards');
    if (request.method !== 'ACK' && maxForwards !== undefined && Number(maxForwards) === 0) {
      reply(connId, request, 483, 'Too Many Hops');
      return;
    }
    const toTag = request.to.hasParam('tag');
    const routed = getList(request, 'route')[0]?.includes(`${RELAY_USER}@`);
    if (toTag || routed) {
      // An ACK for a response this server made itself (401, 407, 404) ends here.
      if (request.method === 'ACK' && !routed) return;
      inDialog(connId, request);
      return;
    }
    switch (request.method) {
      case 'REGISTER':
        return register(connId, request);
      case 'INVITE':
        return newInvite(connId, request);
      case 'CANCEL': {
        const target = locate(request, undefined);
        if (target) forward(connId, request, target.connId);
        else reply(connId, request, 481, 'Call/Transaction Does Not Exist');
        return;
      }
      case 'ACK':
        return;
      case 'OPTIONS':
        return reply(connId, request, 200, 'OK', [['Allow', ALLOW]]);
      default:
        return reply(connId, request, 405, 'Method Not Allowed', [['Allow', ALLOW]]);
    }
  }

  return {
    connect(conn) {
      connections.set(conn.id, conn);
    },
    disconnect(connId) {
      connections.delete(connId);
      for (const [user, reg] of registrations)
        if (reg.connId === connId) registrations.delete(user);
      for (const [key, id] of contacts) if (id === connId) contacts.delete(key);
    },
    /** Handles one message from a connection. */
    receive(connId, text) {
      // RFC 5626 keep-alives (CRLF) over the WebSocket.
      if (text.trim() === '') return;
      let message;
      try {
        message = parseMessage(text);
      } catch (error) {
        if (!(error instanceof SipParseError)) throw error;
        log(`dropped an unparsable message: ${error.message}`);
        return;
      }
      learnContacts(connId, message);
      if (message.kind === 'response') onResponse(message);
      else onRequest(connId, message);
    },
    registered(user) {
      return liveRegistration(user) !== undefined;
    },
  };
}

const ALLOW = 'INVITE, ACK, CANCEL, BYE, OPTIONS, INFO, UPDATE, REGISTER';
