/**
 * SIP messages transcribed from RFC 3261 (§24 examples) and RFC 4475 (torture tests), as test
 * inputs for the embedded demo server's parser. Lines are joined with CRLF as on the wire; the
 * RFCs' "(SDP not shown)" bodies are replaced by SDP of the stated length where it matters.
 */
export const crlf = (...lines: string[]) => lines.join('\r\n');

const SDP_150 = crlf(
  'v=0',
  'o=mhandley 29739 7272939 IN IP4 192.0.2.3',
  's=-',
  'c=IN IP4 192.0.2.4',
  't=0 0',
  'm=audio 49217 RTP/AVP 0 12',
  'm=video 3227 RTP/AVP 31',
  'a=rtpmap:31 LPC',
  '',
);

/** RFC 3261 §24.1 F1: Bob's REGISTER. */
export const RFC3261_REGISTER = crlf(
  'REGISTER sip:registrar.biloxi.com SIP/2.0',
  'Via: SIP/2.0/UDP bobspc.biloxi.com:5060;branch=z9hG4bKnashds7',
  'Max-Forwards: 70',
  'To: Bob <sip:bob@biloxi.com>',
  'From: Bob <sip:bob@biloxi.com>;tag=456248',
  'Call-ID: 843817637684230@998sdasdh09',
  'CSeq: 1826 REGISTER',
  'Contact: <sip:bob@192.0.2.4>',
  'Expires: 7200',
  'Content-Length: 0',
  '',
  '',
);

/** RFC 3261 §24.1 F2: the registrar's 200 OK, with a folded Via. */
export const RFC3261_REGISTER_OK = crlf(
  'SIP/2.0 200 OK',
  'Via: SIP/2.0/UDP bobspc.biloxi.com:5060;branch=z9hG4bKnashds7',
  ' ;received=192.0.2.4',
  'To: Bob <sip:bob@biloxi.com>;tag=2493k59kd',
  'From: Bob <sip:bob@biloxi.com>;tag=456248',
  'Call-ID: 843817637684230@998sdasdh09',
  'CSeq: 1826 REGISTER',
  'Contact: <sip:bob@192.0.2.4>',
  'Expires: 7200',
  'Content-Length: 0',
  '',
  '',
);

/** RFC 3261 §24.2 F1: Alice's INVITE (the SDP is a 142-byte stand-in). */
export const RFC3261_INVITE = crlf(
  'INVITE sip:bob@biloxi.com SIP/2.0',
  'Via: SIP/2.0/UDP pc33.atlanta.com;branch=z9hG4bKnashds8',
  'Max-Forwards: 70',
  'To: Bob <sip:bob@biloxi.com>',
  'From: Alice <sip:alice@atlanta.com>;tag=1928301774',
  'Call-ID: a84b4c76e66710',
  'CSeq: 314159 INVITE',
  'Contact: <sip:alice@pc33.atlanta.com>',
  'Content-Type: application/sdp',
  'Content-Length: 142',
  '',
  'v=0\r\no=alice 2890844526 2890844526 IN IP4 pc33.atlanta.com\r\ns=-\r\nc=IN IP4 pc33.atlanta.com\r\nt=0 0\r\nm=audio 49172 RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n',
);

/** RFC 3261 §24.2 F6: 180 Ringing through two proxies (three Vias, two Record-Routes in one line). */
export const RFC3261_RINGING = crlf(
  'SIP/2.0 180 Ringing',
  'Via: SIP/2.0/UDP server10.biloxi.com;branch=z9hG4bK4b43c2ff8.1',
  ' ;received=192.0.2.3',
  'Via: SIP/2.0/UDP bigbox3.site3.atlanta.com;branch=z9hG4bK77ef4c2312983.1',
  ' ;received=192.0.2.2',
  'Via: SIP/2.0/UDP pc33.atlanta.com;branch=z9hG4bKnashds8',
  ' ;received=192.0.2.1',
  'Record-Route: <sip:server10.biloxi.com;lr>, <sip:bigbox3.site3.atlanta.com;lr>',
  'To: Bob <sip:bob@biloxi.com>;tag=a6c85cf',
  'From: Alice <sip:alice@atlanta.com>;tag=1928301774',
  'Call-ID: a84b4c76e66710',
  'Contact: <sip:bob@192.0.2.4>',
  'CSeq: 314159 INVITE',
  'Content-Length: 0',
  '',
  '',
);

/** RFC 4475 §3.1.1.1 wsinv: a short tortuous INVITE (valid). */
export const RFC4475_WSINV = crlf(
  'INVITE sip:vivekg@chair-dnrc.example.com;unknownparam SIP/2.0',
  'TO :',
  ' sip:vivekg@chair-dnrc.example.com ;   tag    = 1918181833n',
  'from   : "J Rosenberg \\\\\\""       <sip:jdrosen@example.com>',
  '  ;',
  '  tag = 98asjd8',
  'MaX-fOrWaRdS: 0068',
  'Call-ID: wsinv.ndaksdj@192.0.2.1',
  'Content-Length   : 150',
  'cseq: 0009',
  '  INVITE',
  'Via  : SIP  /   2.0',
  ' /UDP',
  '    192.0.2.2;branch=390skdjuw',
  's :',
  'NewFangledHeader:   newfangled value',
  ' continued newfangled value',
  'UnknownHeaderWithUnusualValue: ;;,,;;,;',
  'Content-Type: application/sdp',
  'Route:',
  ' <sip:services.example.com;lr;unknownwith=value;unknown-no-value>',
  'v:  SIP  / 2.0  / TCP     spindle.example.com   ;',
  '  branch  =   z9hG4bK9ikj8  ,',
  ' SIP  /    2.0   / UDP  192.168.255.111   ; branch=',
  ' z9hG4bK30239',
  'm:"Quoted string \\"\\"" <sip:jdrosen@example.com> ; newparam =',
  '      newvalue ;',
  '  secondparam ; q = 0.33',
  '',
  SDP_150,
);

/** RFC 4475 §3.1.1.6 lwsdisp: no LWS between display name and < (valid). */
export const RFC4475_LWSDISP = crlf(
  'OPTIONS sip:user@example.com SIP/2.0',
  'To: sip:user@example.com',
  'From: caller<sip:caller@example.com>;tag=323',
  'Max-Forwards: 70',
  'Call-ID: lwsdisp.1234abcd@funky.example.com',
  'CSeq: 60 OPTIONS',
  'Via: SIP/2.0/UDP funky.example.com;branch=z9hG4bKkdjuw',
  'l: 0',
  '',
  '',
);

/** RFC 4475 §3.1.1.10 semiuri: semicolon-separated parameters in the URI's user part (valid). */
export const RFC4475_SEMIURI = crlf(
  'OPTIONS sip:user;par=u%40example.net@example.com SIP/2.0',
  'To: sip:j_user@example.com',
  'From: sip:caller@example.org;tag=33242',
  'Max-Forwards: 3',
  'Call-ID: semiuri.0ha0isndaksdj',
  'CSeq: 8 OPTIONS',
  'Accept: application/sdp, application/pkcs7-mime,',
  '        multipart/mixed, multipart/signed,',
  '        message/sip, message/sipfrag',
  'Via: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bKkdjuw',
  'l: 0',
  '',
  '',
);

/** RFC 4475 §3.1.1.11 transports: Vias with several transports, one unknown (valid). */
export const RFC4475_TRANSPORTS = crlf(
  'OPTIONS sip:user@example.com SIP/2.0',
  'To: sip:user@example.com',
  'From: <sip:caller@example.com>;tag=323',
  'Max-Forwards: 70',
  'Call-ID:  transports.kijh4akdnaqjkwendsasfdj',
  'Accept: application/sdp',
  'CSeq: 60 OPTIONS',
  'Via: SIP/2.0/UDP t1.example.com;branch=z9hG4bKkdjuw',
  'Via: SIP/2.0/SCTP t2.example.com;branch=z9hG4bKklasjdhf',
  'Via: SIP/2.0/TLS t3.example.com;branch=z9hG4bK2980unddj',
  'Via: SIP/2.0/UNKNOWN t4.example.com;branch=z9hG4bKasd0f3en',
  'Via: SIP/2.0/TCP t5.example.com;branch=z9hG4bK0a9idfnee',
  'l: 0',
  '',
  '',
);

/** RFC 4475 §3.1.1.14 noreason: a response with an empty reason phrase (valid). */
export const RFC4475_NOREASON = crlf(
  'SIP/2.0 100 ',
  'Via: SIP/2.0/UDP 192.0.2.105;branch=z9hG4bK2398ndaoe',
  'Call-ID: noreason.asndj203insdf99223ndf',
  'CSeq: 35 INVITE',
  'From: <sip:user@example.com>;tag=39ansfi3',
  'To: <sip:user@example.edu>;tag=902jndnke3',
  'Content-Length: 0',
  'Contact: <sip:user@host105.example.com>',
  '',
  '',
);

const OPTIONS_HEAD = [
  'To: sip:user@example.com',
  'From: sip:caller@example.net;tag=134161461246',
  'Max-Forwards: 7',
  'Call-ID: torture.0ha0isndaksdjasdf3234nas',
  'Via: SIP/2.0/UDP 192.0.2.15;branch=z9hG4bKkdjuw',
];

/** RFC 4475 §3.1.2 invalid messages (abridged to the fault each one tests). */
export const RFC4475_INVALID: Array<[string, string, RegExp]> = [
  [
    'badinv01: extraneous header field separators in Via',
    crlf(
      'INVITE sip:user@example.com SIP/2.0',
      'To: sip:j.user@example.com',
      'From: sip:caller@example.net;tag=134161461246',
      'Max-Forwards: 7',
      'Call-ID: badinv01.0ha0isndaksdjasdf3234nas',
      'CSeq: 8 INVITE',
      'Via: SIP/2.0/UDP 192.0.2.15;;,;,,',
      'Contact: "Joe" <sip:joe@example.org>;;;;',
      'Content-Length: 0',
      '',
      '',
    ),
    /Bad Via/,
  ],
  [
    'clerr: Content-Length larger than the message',
    crlf(
      'INVITE sip:user@example.com SIP/2.0',
      ...OPTIONS_HEAD,
      'CSeq: 8 INVITE',
      'Content-Length: 9999',
      '',
      'v=0\r\n',
    ),
    /Content-Length exceeds/,
  ],
  [
    'ncl: negative Content-Length',
    crlf(
      'INVITE sip:user@example.com SIP/2.0',
      ...OPTIONS_HEAD,
      'CSeq: 8 INVITE',
      'Content-Length: -999',
      '',
      '',
    ),
    /Bad Content-Length/,
  ],
  [
    'scalar02: Max-Forwards too large',
    crlf(
      'REGISTER sip:example.com SIP/2.0',
      ...OPTIONS_HEAD.filter((l) => !l.startsWith('Max')),
      'Max-Forwards: 300',
      'CSeq: 1 REGISTER',
      '',
      '',
    ),
    /Bad Max-Forwards/,
  ],
  [
    'scalar02: CSeq too large',
    crlf(
      'REGISTER sip:example.com SIP/2.0',
      ...OPTIONS_HEAD,
      'CSeq: 36893488147419103232 REGISTER',
      '',
      '',
    ),
    /Bad CSeq/,
  ],
  [
    'ltgtruri: Request-URI enclosed in <>',
    crlf('INVITE <sip:user@example.com> SIP/2.0', ...OPTIONS_HEAD, 'CSeq: 8 INVITE', '', ''),
    /Bad Request-URI/,
  ],
  [
    'lwsruri: LWS inside the Request-URI',
    crlf('INVITE sip:user@example.com; lr SIP/2.0', ...OPTIONS_HEAD, 'CSeq: 8 INVITE', '', ''),
    /Bad request line/,
  ],
  [
    'lwsstart: several spaces between request-line elements',
    crlf('INVITE  sip:user@example.com  SIP/2.0', ...OPTIONS_HEAD, 'CSeq: 8 INVITE', '', ''),
    /Bad request line/,
  ],
  [
    'badvers: SIP/7.0',
    crlf('OPTIONS sip:t.watson@example.org SIP/7.0', ...OPTIONS_HEAD, 'CSeq: 8 OPTIONS', '', ''),
    /Unsupported SIP version/,
  ],
  [
    'mismatch01: CSeq method differs from the request method',
    crlf('OPTIONS sip:user@example.com SIP/2.0', ...OPTIONS_HEAD, 'CSeq: 8 INVITE', '', ''),
    /CSeq method/,
  ],
  [
    'mismatch02: unknown method with a CSeq of another',
    crlf('NEWMETHOD sip:user@example.com SIP/2.0', ...OPTIONS_HEAD, 'CSeq: 8 INVITE', '', ''),
    /CSeq method/,
  ],
  [
    'bigcode: a response status of 4294967301',
    crlf(
      'SIP/2.0 4294967301 better not break the receiver',
      ...OPTIONS_HEAD,
      'CSeq: 8 INVITE',
      '',
      '',
    ),
    /Bad status line/,
  ],
  [
    'quotbal: unterminated quoted string in the display name',
    crlf(
      'INVITE sip:user@example.com SIP/2.0',
      'To: "Mr. J. User <sip:j.user@example.com>',
      ...OPTIONS_HEAD.slice(1),
      'CSeq: 8 INVITE',
      '',
      '',
    ),
    /Bad to header/,
  ],
];
