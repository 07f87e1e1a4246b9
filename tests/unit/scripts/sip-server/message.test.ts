import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  getHeader,
  getList,
  parseMessage,
  responseTo,
  serializeMessage,
  setList,
  splitList,
} from '../../../../scripts/sip-server/message.mjs';
import * as M from './sip-messages';

describe('SIP framing: RFC 3261 examples', () => {
  it('reads a REGISTER', () => {
    const m = parseMessage(M.RFC3261_REGISTER);
    expect(m).toMatchObject({
      kind: 'request',
      method: 'REGISTER',
      uri: 'sip:registrar.biloxi.com',
    });
    expect(m.cseq).toEqual({ seq: 1826, method: 'REGISTER' });
    expect(getHeader(m, 'expires')).toBe('7200');
    expect(m.to.uri.user).toBe('bob');
    expect(m.from.getParam('tag')).toBe('456248');
    expect(m.body).toBe('');
  });

  it('reads a 200 OK whose Via is folded', () => {
    const m = parseMessage(M.RFC3261_REGISTER_OK);
    expect(m).toMatchObject({ kind: 'response', status: 200, reason: 'OK' });
    expect(getList(m, 'via')).toEqual([
      'SIP/2.0/UDP bobspc.biloxi.com:5060;branch=z9hG4bKnashds7 ;received=192.0.2.4',
    ]);
    expect(m.vias[0]).toMatchObject({
      host: 'bobspc.biloxi.com',
      port: 5060,
      branch: 'z9hG4bKnashds7',
    });
  });

  it('reads an INVITE and keeps its body by Content-Length', () => {
    const m = parseMessage(M.RFC3261_INVITE);
    expect(m.body).toHaveLength(142);
    expect(m.body.startsWith('v=0\r\n')).toBe(true);
    expect(m.from.display_name).toBe('Alice');
  });

  it('reads three Vias and a two-value Record-Route', () => {
    const m = parseMessage(M.RFC3261_RINGING);
    expect(m.vias.map((v) => v.branch)).toEqual([
      'z9hG4bK4b43c2ff8.1',
      'z9hG4bK77ef4c2312983.1',
      'z9hG4bKnashds8',
    ]);
    expect(getList(m, 'record-route')).toEqual([
      '<sip:server10.biloxi.com;lr>',
      '<sip:bigbox3.site3.atlanta.com;lr>',
    ]);
  });
});

describe('SIP framing: RFC 4475 valid torture messages', () => {
  it('wsinv: folding, odd case, compact forms, LWS everywhere, leading zeros', () => {
    const m = parseMessage(M.RFC4475_WSINV);
    expect(m).toMatchObject({
      method: 'INVITE',
      uri: 'sip:vivekg@chair-dnrc.example.com;unknownparam',
    });
    expect(m.to.getParam('tag')).toBe('1918181833n');
    expect(m.from.getParam('tag')).toBe('98asjd8');
    expect(m.from.uri.user).toBe('jdrosen');
    expect(getHeader(m, 'max-forwards')).toBe('0068');
    expect(m.cseq).toEqual({ seq: 9, method: 'INVITE' });
    expect(getHeader(m, 'call-id')).toBe('wsinv.ndaksdj@192.0.2.1');
    // "Via" and "v" are one header; the second line holds two values.
    expect(m.vias.map((v) => [v.transport, v.host, v.branch])).toEqual([
      ['UDP', '192.0.2.2', '390skdjuw'],
      ['TCP', 'spindle.example.com', 'z9hG4bK9ikj8'],
      ['UDP', '192.168.255.111', 'z9hG4bK30239'],
    ]);
    expect(getHeader(m, 'subject')).toBe('');
    expect(getHeader(m, 'NewFangledHeader')).toBe('newfangled value continued newfangled value');
    // An unknown header is one opaque value, never split at its commas.
    expect(getList(m, 'UnknownHeaderWithUnusualValue')).toEqual([';;,,;;,;']);
    expect(getList(m, 'contact')).toHaveLength(1);
    expect(m.body).toHaveLength(150);
  });

  it.each([
    ['lwsdisp', M.RFC4475_LWSDISP, 'OPTIONS'],
    ['semiuri', M.RFC4475_SEMIURI, 'OPTIONS'],
    ['transports', M.RFC4475_TRANSPORTS, 'OPTIONS'],
  ])('%s parses', (_name, text, method) => {
    expect(parseMessage(text).method).toBe(method);
  });

  it('semiuri: the user part keeps its parameters', () => {
    const m = parseMessage(M.RFC4475_SEMIURI);
    expect(m.uri).toBe('sip:user;par=u%40example.net@example.com');
    expect(getHeader(m, 'accept')).toBe(
      'application/sdp, application/pkcs7-mime, multipart/mixed, multipart/signed, message/sip, message/sipfrag',
    );
  });

  it('transports: an unknown transport is still a Via', () => {
    expect(parseMessage(M.RFC4475_TRANSPORTS).vias.map((v) => v.transport)).toEqual([
      'UDP',
      'SCTP',
      'TLS',
      'UNKNOWN',
      'TCP',
    ]);
  });

  it('noreason: an empty reason phrase', () => {
    expect(parseMessage(M.RFC4475_NOREASON)).toMatchObject({ status: 100, reason: '' });
  });
});

describe('SIP framing: RFC 4475 invalid messages are refused with the reason', () => {
  it.each(M.RFC4475_INVALID)('%s', (_name, text, reason) => {
    expect(() => parseMessage(text)).toThrow(reason);
  });

  it('a message without the empty line after its headers', () => {
    expect(() => parseMessage('OPTIONS sip:a@b SIP/2.0\r\nVia: x')).toThrow(/No empty line/);
  });
});

describe('SIP framing: writing messages', () => {
  it('round-trips: serialized then parsed, the same headers and body', () => {
    for (const text of [M.RFC3261_INVITE, M.RFC3261_RINGING, M.RFC4475_WSINV]) {
      const once = parseMessage(text);
      const twice = parseMessage(serializeMessage(once));
      const withoutLength = (m: typeof once) =>
        m.headers.filter((h) => !['content-length', 'l'].includes(h.name.trim().toLowerCase()));
      expect(withoutLength(twice)).toEqual(withoutLength(once));
      expect(twice.body).toBe(once.body);
    }
  });

  it('writes Content-Length from the body in bytes', () => {
    const m = parseMessage(M.RFC3261_INVITE);
    m.body = 'héllo';
    expect(serializeMessage(m)).toContain('Content-Length: 6\r\n\r\nhéllo');
  });

  it('a pushed Via goes on top and a popped one leaves the rest in order', () => {
    const m = parseMessage(M.RFC3261_RINGING);
    setList(m, 'via', getList(m, 'via').slice(1));
    expect(parseMessage(serializeMessage(m)).vias.map((v) => v.branch)).toEqual([
      'z9hG4bK77ef4c2312983.1',
      'z9hG4bKnashds8',
    ]);
  });

  it('a response copies Via, From, To, Call-ID and CSeq and tags To', () => {
    const req = parseMessage(M.RFC3261_INVITE);
    const res = parseMessage(serializeMessage(responseTo(req, 404, 'Not Found', [], 'abc')));
    expect(res).toMatchObject({
      status: 404,
      reason: 'Not Found',
      cseq: { seq: 314159, method: 'INVITE' },
    });
    expect(res.to.getParam('tag')).toBe('abc');
    expect(res.vias[0]!.branch).toBe('z9hG4bKnashds8');
  });

  it('splits lists at commas outside quotes and <>', () => {
    expect(splitList('"a, b" <sip:x@y;p=1,2>;q=1, <sip:z@w>')).toEqual([
      '"a, b" <sip:x@y;p=1,2>;q=1',
      '<sip:z@w>',
    ]);
  });

  it('never throws anything but SipParseError on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (noise) => {
        for (const text of [
          noise,
          `${M.RFC3261_REGISTER.slice(0, 120)}${noise}`,
          `${noise}\r\n\r\n`,
        ]) {
          try {
            parseMessage(text);
          } catch (error) {
            expect((error as Error).constructor.name).toBe('SipParseError');
          }
        }
      }),
      { numRuns: 300, interruptAfterTimeLimit: 4000 },
    );
  });
});
