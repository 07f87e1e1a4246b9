/**
 * What the INVITE carries as caller ID. The background builds it from the number the caller-ID
 * pipeline resolved (lib/calls/pipeline.ts); the offscreen user agent only copies it into the
 * request, so no path there can pick a number.
 */
import type { SipProviderSettings } from '../db/types';

const E164 = /^\+[1-9]\d{1,14}$/;

export interface InviteIdentityInput {
  /** The resolved caller ID, E.164. */
  from: string;
  /** The number's label in the account config. */
  label: string;
  accountName: string;
  displayName: SipProviderSettings['displayName'];
  assertIdentity: boolean;
  domain: string;
}

export interface InviteIdentity {
  /** The From URI's user part: the E.164 number. */
  fromUserName: string;
  /** The From display name; absent when the admin chose none (or the text is empty). */
  fromDisplayName?: string;
  /** `P-Asserted-Identity: <sip:+1…@domain;user=phone>` when the admin turned it on. */
  extraHeaders: string[];
}

/**
 * A display name as a SIP quoted-string may hold it: no quotes, backslashes or control
 * characters (they would break the header), collapsed spaces, at most 64 characters.
 */
export function cleanDisplayName(text: string): string {
  return [...text]
    .map((ch) =>
      ch.charCodeAt(0) < 0x20 || ch === '\u007f' || ch === '"' || ch === '\\' ? ' ' : ch,
    )
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 64)
    .trim();
}

export function sipUriForNumber(e164: string, domain: string): string {
  return `sip:${e164}@${domain};user=phone`;
}

export function inviteIdentity(input: InviteIdentityInput): InviteIdentity {
  if (!E164.test(input.from))
    throw new Error(`The caller ID "${input.from}" is not an E.164 number`);
  const name =
    input.displayName === 'label'
      ? cleanDisplayName(input.label)
      : input.displayName === 'account'
        ? cleanDisplayName(input.accountName)
        : '';
  return {
    fromUserName: input.from,
    ...(name ? { fromDisplayName: name } : {}),
    extraHeaders: input.assertIdentity
      ? [`P-Asserted-Identity: <${sipUriForNumber(input.from, input.domain)}>`]
      : [],
  };
}

/** The Request-URI of an outbound call to an E.164 destination. */
export function callTarget(to: string, domain: string): string {
  if (!E164.test(to)) throw new Error(`"${to}" is not an E.164 number`);
  return sipUriForNumber(to, domain);
}

/**
 * The caller of an inbound call as the agent should see it: the P-Asserted-Identity's user when
 * the server sent one (it is the identity the server vouches for), else the From user; E.164
 * when it is a number.
 */
export function inboundCaller(fromUser: string, paiUser?: string): string {
  const user = (paiUser || fromUser).trim();
  const digits = user.replace(/[\s().-]/g, '');
  return /^\+?\d{3,15}$/.test(digits) ? digits : user;
}
