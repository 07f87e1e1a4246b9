// HTTP Digest authentication for SIP (RFC 3261 §22, RFC 2617 with qop=auth, MD5 as SIP
// clients implement it). Nonces are stateless: a timestamp signed with a per-server secret, so
// a restarted server simply challenges again.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const md5 = (s) => createHash('md5').update(s).digest('hex');
const NONCE_LIFETIME_MS = 5 * 60_000;

export function createDigest(realm, users, { now = () => Date.now() } = {}) {
  const secret = randomBytes(32);
  const sign = (ts) => createHmac('sha256', secret).update(ts).digest('hex').slice(0, 32);

  function nonce() {
    const ts = now().toString(16);
    return `${ts}${sign(ts)}`;
  }

  function nonceValid(value) {
    const ts = value.slice(0, -32);
    const mac = value.slice(-32);
    if (!/^[0-9a-f]+$/.test(ts) || mac.length !== 32) return false;
    const expected = Buffer.from(sign(ts));
    if (!timingSafeEqual(expected, Buffer.from(mac))) return false;
    return now() - parseInt(ts, 16) < NONCE_LIFETIME_MS;
  }

  return {
    realm,
    /** The value of a WWW-Authenticate / Proxy-Authenticate header. */
    challenge() {
      return `Digest realm="${realm}", nonce="${nonce()}", algorithm=MD5, qop="auth"`;
    },
    /**
     * The authenticated user name when the credentials are right, else undefined.
     * @param {string | undefined} header Authorization / Proxy-Authorization value
     */
    verify(header, method) {
      if (!header) return undefined;
      const params = parseCredentials(header);
      if (!params) return undefined;
      const { username, realm: r, nonce: n, uri, response, qop, nc, cnonce } = params;
      const password = Object.hasOwn(users, username ?? '') ? users[username] : undefined;
      if (password === undefined || r !== realm || !n || !uri || !response) return undefined;
      if (params.algorithm && params.algorithm.toUpperCase() !== 'MD5') return undefined;
      if (!nonceValid(n)) return undefined;
      const ha1 = md5(`${username}:${realm}:${password}`);
      const ha2 = md5(`${method}:${uri}`);
      const expected =
        qop === 'auth'
          ? md5(`${ha1}:${n}:${nc}:${cnonce}:auth:${ha2}`)
          : qop
            ? undefined
            : md5(`${ha1}:${n}:${ha2}`);
      if (!expected || expected.length !== response.length) return undefined;
      return timingSafeEqual(Buffer.from(expected), Buffer.from(response.toLowerCase()))
        ? username
        : undefined;
    },
  };
}

/** `Digest a="b", c=d` → { a: 'b', c: 'd' }; undefined when it is not Digest. */
export function parseCredentials(header) {
  const m = /^\s*Digest\s+(.*)$/is.exec(header);
  if (!m) return undefined;
  const params = {};
  const re = /\s*([A-Za-z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))\s*(?:,|$)/gy;
  let match;
  while ((match = re.exec(m[1])) !== null) {
    params[match[1].toLowerCase()] =
      match[2] !== undefined ? match[2].replace(/\\(.)/g, '$1') : match[3];
    if (re.lastIndex >= m[1].length) break;
  }
  return params;
}
