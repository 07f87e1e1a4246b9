import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDigest, parseCredentials } from '../../../../scripts/sip-server/digest.mjs';
import { getHeader, getList, parseMessage } from '../../../../scripts/sip-server/message.mjs';
import { createSipProxy } from '../../../../scripts/sip-server/proxy.mjs';
import { crlf } from './sip-messages';

const md5 = (s: string) => createHash('md5').update(s).digest('hex');
const REALM = 'ringside.test';
const USERS = { '1001': 'pw1', '1002': 'pw2', customer: 'demo' };

/** Digest credentials as a SIP client computes them (RFC 2617, qop=auth). */
function credentials(
  challenge: string,
  user: string,
  password: string,
  method: string,
  uri: string,
) {
  const { nonce, realm } = parseCredentials(challenge)!;
  const cnonce = 'abc123';
  const nc = '00000001';
  const ha1 = md5(`${user}:${realm}:${password}`);
  const response = md5(`${ha1}:${nonce}:${nc}:${cnonce}:auth:${md5(`${method}:${uri}`)}`);
  return `Digest username="${user}", realm="${realm}", nonce="${nonce}", uri="${uri}", response="${response}", algorithm=MD5, qop=auth, nc=${nc}, cnonce="${cnonce}"`;
}

describe('digest', () => {
  const digest = createDigest(REALM, USERS);
  const challenge = () => digest.challenge().replace(/^Digest /, 'Digest ');

  it('accepts the right password and names the user', () => {
    const c = challenge();
    expect(
      digest.verify(credentials(c, '1001', 'pw1', 'REGISTER', 'sip:ringside.test'), 'REGISTER'),
    ).toBe('1001');
  });

  it.each([
    [
      'a wrong password',
      () => credentials(challenge(), '1001', 'nope', 'REGISTER', 'sip:ringside.test'),
      'REGISTER',
    ],
    [
      'an unknown user',
      () => credentials(challenge(), 'mallory', 'pw1', 'REGISTER', 'sip:ringside.test'),
      'REGISTER',
    ],
    [
      'another method than signed',
      () => credentials(challenge(), '1001', 'pw1', 'REGISTER', 'sip:ringside.test'),
      'INVITE',
    ],
    [
      'a forged nonce',
      () =>
        credentials(
          'Digest realm="ringside.test", nonce="18c0000000000000000000000000000000000000000"',
          '1001',
          'pw1',
          'REGISTER',
          'sip:x',
        ),
      'REGISTER',
    ],
    ['another scheme', () => 'Basic MTAwMTpwdzE=', 'REGISTER'],
    ['nothing', () => undefined, 'REGISTER'],
  ])('refuses %s', (_name, make, method) => {
    expect(digest.verify(make(), method)).toBeUndefined();
  });

  it('refuses a nonce older than five minutes', () => {
    let now = 1_000_000;
    const d = createDigest(REALM, USERS, { now: () => now });
    const c = d.challenge();
    now += 5 * 60_000 + 1;
    expect(
      d.verify(credentials(c, '1001', 'pw1', 'REGISTER', 'sip:x'), 'REGISTER'),
    ).toBeUndefined();
  });
});

interface Client {
  id: string;
  sent: string[];
  last(): ReturnType<typeof parseMessage>;
}

describe('embedded SIP proxy', () => {
  let proxy: ReturnType<typeof createSipProxy>;
  const clients = new Map<string, Client>();
  let cseq = 1;

  function client(id: string): Client {
    const c: Client = {
      id,
      sent: [],
      last: () => parseMessage(c.sent[c.sent.length - 1]!),
    };
    clients.set(id, c);
    proxy.connect({ id, send: (text: string) => c.sent.push(text) });
    return c;
  }

  beforeEach(() => {
    clients.clear();
    proxy = createSipProxy({ domain: REALM, users: USERS, host: '127.0.0.1', port: 5066 });
  });

  function request(
    method: string,
    uri: string,
    opts: {
      from: string;
      to?: string;
      toTag?: string;
      branch?: string;
      contact?: string;
      extra?: string[];
      callId?: string;
      maxForwards?: number;
    },
  ) {
    return crlf(
      `${method} ${uri} SIP/2.0`,
      `Via: SIP/2.0/WSS ${opts.from}.invalid;branch=${opts.branch ?? `z9hG4bK${cseq}`}`,
      `Max-Forwards: ${opts.maxForwards ?? 69}`,
      `To: <${opts.to ?? uri}>${opts.toTag ? `;tag=${opts.toTag}` : ''}`,
      `From: <sip:${opts.from}@ringside.test>;tag=f${opts.from}`,
      `Call-ID: ${opts.callId ?? `call-${cseq}`}`,
      `CSeq: ${cseq++} ${method}`,
      ...(opts.contact ? [`Contact: ${opts.contact}`] : []),
      ...(opts.extra ?? []),
      'Content-Length: 0',
      '',
      '',
    );
  }

  function register(user: string, password = USERS[user as keyof typeof USERS]) {
    const c = clients.get(user) ?? client(user);
    const contact = `<sip:c${user}@${user}.invalid;transport=ws>;expires=600`;
    proxy.receive(
      c.id,
      request('REGISTER', 'sip:ringside.test', {
        from: user,
        to: `sip:${user}@ringside.test`,
        contact,
      }),
    );
    const challenge = getHeader(c.last(), 'www-authenticate')!;
    proxy.receive(
      c.id,
      request('REGISTER', 'sip:ringside.test', {
        from: user,
        to: `sip:${user}@ringside.test`,
        contact,
        extra: [
          `Authorization: ${credentials(challenge, user, password, 'REGISTER', 'sip:ringside.test')}`,
        ],
      }),
    );
    return c;
  }

  function invite(from: Client, target: string, extra: string[] = []) {
    const uri = `sip:${target}@ringside.test`;
    const base = {
      from: from.id,
      contact: `<sip:c${from.id}@${from.id}.invalid;transport=ws>`,
      branch: 'z9hG4bKinv1',
      callId: 'dialog-1',
    };
    proxy.receive(from.id, request('INVITE', uri, base));
    const challenge = getHeader(from.last(), 'proxy-authenticate')!;
    expect(from.last().status).toBe(407);
    const auth = credentials(
      challenge,
      from.id,
      USERS[from.id as keyof typeof USERS],
      'INVITE',
      uri,
    );
    proxy.receive(
      from.id,
      request('INVITE', uri, {
        ...base,
        branch: 'z9hG4bKinv2',
        extra: [`Proxy-Authorization: ${auth}`, ...extra],
      }),
    );
  }

  it('REGISTER: challenged, then bound with the expiry granted; a wrong password is refused', () => {
    const c = client('1001');
    proxy.receive(
      c.id,
      request('REGISTER', 'sip:ringside.test', {
        from: '1001',
        to: 'sip:1001@ringside.test',
        contact: '<sip:x@y.invalid>',
      }),
    );
    expect(c.last().status).toBe(401);
    expect(getHeader(c.last(), 'www-authenticate')).toMatch(
      /^Digest realm="ringside.test", nonce="/,
    );
    register('1001');
    expect(c.last().status).toBe(200);
    expect(getList(c.last(), 'contact')).toEqual([
      '<sip:c1001@1001.invalid;transport=ws>;expires=600',
    ]);
    expect(proxy.registered('1001')).toBe(true);

    const bad = register('1002', 'wrong');
    expect(bad.last().status).toBe(401);
    expect(proxy.registered('1002')).toBe(false);
  });

  it('REGISTER: credentials of one user cannot register another', () => {
    const c = client('1002');
    proxy.receive(
      c.id,
      request('REGISTER', 'sip:ringside.test', {
        from: '1002',
        to: 'sip:1002@ringside.test',
        contact: '<sip:x@y.invalid>',
      }),
    );
    const challenge = getHeader(c.last(), 'www-authenticate')!;
    proxy.receive(
      c.id,
      request('REGISTER', 'sip:ringside.test', {
        from: '1002',
        to: 'sip:1002@ringside.test',
        contact: '<sip:x@y.invalid>',
        extra: [
          `Authorization: ${credentials(challenge, '1001', 'pw1', 'REGISTER', 'sip:ringside.test')}`,
        ],
      }),
    );
    expect(c.last().status).toBe(401);
  });

  it('INVITE: challenged, then relayed to the callee with Record-Route, a Via on top and the caller ID untouched', () => {
    const caller = register('1001');
    const callee = register('1002');
    const before = callee.sent.length;
    invite(caller, '1002', ['P-Asserted-Identity: <sip:+14155550100@ringside.test;user=phone>']);
    expect(callee.sent.length).toBe(before + 1);
    const m = callee.last();
    expect(m.method).toBe('INVITE');
    expect(m.uri).toBe('sip:c1002@1002.invalid;transport=ws');
    expect(getList(m, 'record-route')).toEqual([
      '<sip:ringside-relay@127.0.0.1:5066;transport=ws;lr>',
    ]);
    expect(m.vias).toHaveLength(2);
    expect(m.vias[0]!.branch).toMatch(/^z9hG4bK/);
    expect(getHeader(m, 'max-forwards')).toBe('68');
    expect(getHeader(m, 'proxy-authorization')).toBeUndefined();
    expect(getHeader(m, 'p-asserted-identity')).toBe('<sip:+14155550100@ringside.test;user=phone>');
    expect(m.from.uri.user).toBe('1001');
  });

  it('routes a number nobody registered to "customer", else 404', () => {
    const caller = register('1001');
    invite(caller, '+14155551234');
    expect(caller.last().status).toBe(404);
    const customer = register('customer');
    invite(caller, '+14155551234');
    expect(customer.last()).toMatchObject({
      method: 'INVITE',
      uri: 'sip:ccustomer@customer.invalid;transport=ws',
    });
    // The customer phone calling a number nobody has: 404, never itself.
    invite(customer, '+14155559999');
    expect(customer.last().status).toBe(404);
  });

  it('relays responses back by its own Via, and CANCEL with the INVITE branch', () => {
    const caller = register('1001');
    const callee = register('1002');
    invite(caller, '1002');
    const forwarded = callee.last();
    const ringing = forwarded.headers.filter((h) => /^(via|from|to|call-id|cseq)$/i.test(h.name));
    proxy.receive(
      callee.id,
      crlf(
        'SIP/2.0 180 Ringing',
        ...ringing.map((h) =>
          h.name === 'To' ? `To: ${h.value};tag=t2` : `${h.name}: ${h.value}`,
        ),
        'Content-Length: 0',
        '',
        '',
      ),
    );
    const back = caller.last();
    expect(back.status).toBe(180);
    expect(back.vias.map((v) => v.branch)).toEqual(['z9hG4bKinv2']);

    proxy.receive(
      caller.id,
      request('CANCEL', 'sip:1002@ringside.test', {
        from: '1001',
        branch: 'z9hG4bKinv2',
        callId: 'dialog-1',
      }),
    );
    const cancel = callee.last();
    expect(cancel.method).toBe('CANCEL');
    expect(cancel.vias[0]!.branch).toBe(forwarded.vias[0]!.branch);
  });

  it('relays in-dialog requests by their Route and the peer Contact; a gone peer gets 480', () => {
    const caller = register('1001');
    const callee = register('1002');
    invite(caller, '1002');
    const route = ['Route: <sip:ringside-relay@127.0.0.1:5066;transport=ws;lr>'];
    for (const method of ['ACK', 'INFO', 'INVITE', 'BYE']) {
      proxy.receive(
        caller.id,
        request(method, 'sip:c1002@1002.invalid;transport=ws', {
          from: '1001',
          to: 'sip:1002@ringside.test',
          toTag: 't2',
          extra: route,
          callId: 'dialog-1',
        }),
      );
      const m = callee.last();
      expect(m.method).toBe(method);
      expect(getList(m, 'route')).toEqual([]);
    }
    // And the other way, to the caller's Contact learnt from its INVITE.
    proxy.receive(
      callee.id,
      request('BYE', 'sip:c1001@1001.invalid;transport=ws', {
        from: '1002',
        to: 'sip:1001@ringside.test',
        toTag: 'f1001',
        extra: route,
        callId: 'dialog-1',
      }),
    );
    expect(caller.last().method).toBe('BYE');

    proxy.disconnect(callee.id);
    expect(proxy.registered('1002')).toBe(false);
    proxy.receive(
      caller.id,
      request('BYE', 'sip:c1002@1002.invalid;transport=ws', {
        from: '1001',
        to: 'sip:1002@ringside.test',
        toTag: 't2',
        extra: route,
        callId: 'dialog-1',
      }),
    );
    expect(caller.last().status).toBe(480);
  });

  it('answers 483 when Max-Forwards is spent, absorbs the ACK of its own 407, and refuses other methods', () => {
    const caller = register('1001');
    proxy.receive(
      caller.id,
      request('INVITE', 'sip:1002@ringside.test', { from: '1001', maxForwards: 0 }),
    );
    expect(caller.last().status).toBe(483);
    const count = caller.sent.length;
    proxy.receive(
      caller.id,
      request('ACK', 'sip:1002@ringside.test', { from: '1001', toTag: 'x' }),
    );
    expect(caller.sent.length).toBe(count);
    proxy.receive(caller.id, request('MESSAGE', 'sip:1002@ringside.test', { from: '1001' }));
    expect(caller.last().status).toBe(405);
  });
});
