/**
 * Checks of the softphone's settings: where the SIP server is (a WebSocket URL and a domain) and
 * the STUN/TURN servers. The password never appears here: it is the agent's, kept apart
 * (lib/db/secrets.ts).
 */
import type { SipProviderSettings } from '../db/types';
import { english } from '../i18n/english';
import type { Translator } from '../i18n/translator';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Null when the URL is acceptable. SIP credentials and the call's signalling travel over this
 * socket, so plain ws:// is only accepted for this machine (the demo server, tests). The checks'
 * sentences are in `tr`'s language (English by default).
 */
export function wsUrlProblem(text: string, tr: Translator = english): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return tr.t('config.settings.url.notUrl', { url: text });
  }
  if (url.protocol === 'wss:') return null;
  if (url.protocol === 'ws:' && LOOPBACK_HOSTS.has(url.hostname)) return null;
  if (url.protocol === 'ws:') {
    return tr.t('config.settings.ws.ws', { url: text });
  }
  return tr.t('config.settings.ws.notWss', { url: text });
}

/** A SIP domain is a host name or an IP address, without scheme, user or port. */
export function sipDomainProblem(text: string, tr: Translator = english): string | null {
  if (!text) return tr.t('config.settings.sipDomain.missing');
  if (
    /^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/.test(
      text,
    )
  )
    return null;
  return tr.t('config.settings.sipDomain.invalid', { domain: text });
}

/** STUN/TURN URLs as RTCPeerConnection accepts them (RFC 7064, RFC 7065). */
export function iceUrlProblem(text: string, tr: Translator = english): string | null {
  if (isIceUrl(text)) return null;
  return tr.t('config.settings.ice.notIceUrl', { url: text });
}

function isIceUrl(text: string): boolean {
  return /^(stun|stuns|turn|turns):[^\s]+$/i.test(text);
}

/**
 * The ICE servers field of the options page: one server per line, `url [username credential]`.
 * Returns the servers, or one problem per bad line (numbered from 1).
 */
export function parseIceServers(
  text: string,
  tr: Translator = english,
): { ok: true; servers: SipProviderSettings['iceServers'] } | { ok: false; problems: string[] } {
  const servers: SipProviderSettings['iceServers'] = [];
  const problems: string[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const [url, username, credential, ...rest] = line.split(/\s+/);
    if (!isIceUrl(url!))
      problems.push(tr.t('config.settings.ice.lineNotIceUrl', { line: i + 1, url }));
    else if (rest.length || (username !== undefined && credential === undefined))
      problems.push(tr.t('config.settings.ice.lineShape', { line: i + 1 }));
    else servers.push({ urls: url!, ...(username ? { username, credential } : {}) });
  });
  return problems.length ? { ok: false, problems } : { ok: true, servers };
}

/** The reverse of parseIceServers, for the options page's text field. */
export function formatIceServers(servers: SipProviderSettings['iceServers']): string {
  return servers
    .flatMap((s) =>
      (Array.isArray(s.urls) ? s.urls : [s.urls]).map((url) =>
        [url, s.username, s.credential].filter((x) => x !== undefined).join(' '),
      ),
    )
    .join('\n');
}

/** The demo build's provider: the demo SIP server `npm start` runs (docs/softphone.md). */
export const DEMO_SIP_WS_URL = 'ws://127.0.0.1:5066';
export const DEMO_SIP_DOMAIN = 'ringside.test';

export function demoSipProvider(wsUrl = DEMO_SIP_WS_URL): SipProviderSettings {
  return {
    kind: 'sip',
    wsUrl,
    domain: DEMO_SIP_DOMAIN,
    iceServers: [],
    displayName: 'label',
    assertIdentity: false,
  };
}
