/**
 * SIP and WebRTC outcomes in words an agent understands, and the call-log outcome they mean.
 * The inputs are what JsSIP reports (its `cause` strings, the response's status code and reason
 * phrase); nothing here imports JsSIP.
 */
import type { CallOutcome } from '../db/types';

/** JsSIP's cause strings (JsSIP.C.causes), plus Ringside's own for ends it decides. */
export const CAUSES = {
  CONNECTION_ERROR: 'Connection Error',
  REQUEST_TIMEOUT: 'Request Timeout',
  SIP_FAILURE_CODE: 'SIP Failure Code',
  INTERNAL_ERROR: 'Internal Error',
  BUSY: 'Busy',
  REJECTED: 'Rejected',
  REDIRECTED: 'Redirected',
  UNAVAILABLE: 'Unavailable',
  NOT_FOUND: 'Not Found',
  ADDRESS_INCOMPLETE: 'Address Incomplete',
  INCOMPATIBLE_SDP: 'Incompatible SDP',
  MISSING_SDP: 'Missing SDP',
  AUTHENTICATION_ERROR: 'Authentication Error',
  BYE: 'Terminated',
  WEBRTC_ERROR: 'WebRTC Error',
  CANCELED: 'Canceled',
  NO_ANSWER: 'No Answer',
  EXPIRES: 'Expires',
  NO_ACK: 'No ACK',
  DIALOG_ERROR: 'Dialog Error',
  USER_DENIED_MEDIA_ACCESS: 'User Denied Media Access',
  BAD_MEDIA_DESCRIPTION: 'Bad Media Description',
  RTP_TIMEOUT: 'RTP Timeout',
  /** Ringside: the peer connection failed and the watchdog ended the call. */
  MEDIA_FAILED: 'Media Failed',
  /** Ringside: the WebSocket to the SIP server closed during the call. */
  SERVER_LOST: 'Server Lost',
} as const;

export interface EndFacts {
  direction: 'outbound' | 'inbound';
  /** True when the call was answered (confirmed) before it ended. */
  answered: boolean;
  /** Who ended it, as JsSIP says: 'local' (this agent), 'remote' (the other side), 'system'. */
  originator: 'local' | 'remote' | 'system';
  cause: string;
  statusCode?: number;
  reasonPhrase?: string;
}

export interface EndSummary {
  outcome: CallOutcome;
  /** One sentence for the agent and the call log. */
  cause: string;
}

function status(facts: EndFacts): string {
  if (!facts.statusCode) return '';
  return ` (${facts.statusCode}${facts.reasonPhrase ? ` ${facts.reasonPhrase}` : ''})`;
}

/** Why an answered call ended. */
function endedWords(facts: EndFacts): string {
  switch (facts.cause) {
    case CAUSES.BYE:
      return facts.originator === 'local' ? 'You hung up.' : 'The other side hung up.';
    case CAUSES.MEDIA_FAILED:
      return 'The audio connection failed, so Ringside ended the call (check your network or the TURN server).';
    case CAUSES.SERVER_LOST:
      return 'The connection to the SIP server was lost, so the call ended.';
    case CAUSES.RTP_TIMEOUT:
      return 'No audio arrived for too long, so the call ended.';
    case CAUSES.CONNECTION_ERROR:
      return 'The connection to the SIP server was lost, so the call ended.';
    case CAUSES.NO_ACK:
      return 'The other side never confirmed the answer, so the call ended.';
    case CAUSES.EXPIRES:
    case CAUSES.DIALOG_ERROR:
      return 'The SIP server lost track of the call, so it ended.';
    default:
      return `The call ended: ${facts.cause}${status(facts)}.`;
  }
}

/** Why a call ended before it was answered, and what that means for the log. */
function unansweredSummary(facts: EndFacts): EndSummary {
  const code = status(facts);
  const inbound = facts.direction === 'inbound';
  switch (facts.cause) {
    case CAUSES.BUSY:
      return { outcome: 'busy', cause: `The line is busy${code}.` };
    case CAUSES.NO_ANSWER:
    case CAUSES.EXPIRES:
      return inbound
        ? { outcome: 'missed', cause: 'Nobody answered in time.' }
        : { outcome: 'no-answer', cause: `No answer${code}.` };
    case CAUSES.UNAVAILABLE:
      return { outcome: 'no-answer', cause: `The callee is unavailable${code}.` };
    case CAUSES.CANCELED:
      if (inbound)
        return facts.originator === 'remote'
          ? { outcome: 'missed', cause: 'The caller hung up before you answered.' }
          : { outcome: 'declined', cause: 'You declined the call.' };
      return { outcome: 'no-answer', cause: 'You hung up before the call was answered.' };
    case CAUSES.REJECTED:
      if (inbound && facts.originator === 'local')
        return { outcome: 'declined', cause: 'You declined the call.' };
      return { outcome: 'declined', cause: `The call was declined${code}.` };
    case CAUSES.NOT_FOUND:
      return { outcome: 'failed', cause: `The SIP server does not know this number${code}.` };
    case CAUSES.ADDRESS_INCOMPLETE:
      return { outcome: 'failed', cause: `The number is incomplete${code}.` };
    case CAUSES.REDIRECTED:
      return {
        outcome: 'failed',
        cause: `The call was redirected, which Ringside does not follow${code}.`,
      };
    case CAUSES.AUTHENTICATION_ERROR:
      return {
        outcome: 'failed',
        cause: `The SIP server refused your credentials for this call${code}.`,
      };
    case CAUSES.CONNECTION_ERROR:
      return { outcome: 'failed', cause: 'Ringside could not reach the SIP server.' };
    case CAUSES.SERVER_LOST:
      return { outcome: 'failed', cause: 'The connection to the SIP server was lost.' };
    case CAUSES.REQUEST_TIMEOUT:
      return { outcome: 'failed', cause: 'The SIP server did not answer in time.' };
    case CAUSES.USER_DENIED_MEDIA_ACCESS:
      return {
        outcome: 'failed',
        cause:
          'Ringside may not use the microphone. Open "Allow microphone" in the softphone and allow it, or check that a microphone is connected.',
      };
    case CAUSES.INCOMPATIBLE_SDP:
    case CAUSES.BAD_MEDIA_DESCRIPTION:
    case CAUSES.MISSING_SDP:
      return {
        outcome: 'failed',
        cause: `The other side does not support the call's audio${code}.`,
      };
    case CAUSES.WEBRTC_ERROR:
    case CAUSES.MEDIA_FAILED:
      return { outcome: 'failed', cause: 'The audio connection could not be set up.' };
    case CAUSES.SIP_FAILURE_CODE:
      return { outcome: 'failed', cause: `The SIP server refused the call${code}.` };
    default:
      return { outcome: 'failed', cause: `The call failed: ${facts.cause}${code}.` };
  }
}

export function summarizeEnd(facts: EndFacts): EndSummary {
  if (facts.answered) return { outcome: 'answered', cause: endedWords(facts) };
  return unansweredSummary(facts);
}

/**
 * Why registration failed, led by the status code when there is one: "401: wrong user name or
 * password". `permanent` failures are not retried on a timer (a wrong password stays wrong).
 */
export function registrationFailure(
  cause: string,
  statusCode?: number,
  reasonPhrase?: string,
): { detail: string; permanent: boolean } {
  if (cause === CAUSES.AUTHENTICATION_ERROR || statusCode === 401 || statusCode === 407)
    return { detail: `${statusCode ?? 401}: wrong password (or SIP user name)`, permanent: true };
  if (statusCode === 403)
    return {
      detail: `403: the SIP server forbids this user to register${reasonPhrase ? ` (${reasonPhrase})` : ''}`,
      permanent: true,
    };
  if (statusCode === 404)
    return { detail: '404: the SIP server does not know this user', permanent: true };
  if (cause === CAUSES.CONNECTION_ERROR)
    return { detail: 'could not reach the SIP server', permanent: false };
  if (cause === CAUSES.REQUEST_TIMEOUT)
    return { detail: 'the SIP server did not answer in time', permanent: false };
  if (statusCode)
    return {
      detail: `${statusCode}: ${reasonPhrase || 'the SIP server refused the registration'}`,
      permanent: statusCode < 500,
    };
  return { detail: cause || 'the registration failed', permanent: false };
}

/** A call-log outcome as a short label for lists. */
export function outcomeLabel(outcome: CallOutcome): string {
  switch (outcome) {
    case 'placed':
      return 'Placed';
    case 'failed':
      return 'Failed';
    case 'refused':
      return 'Not placed';
    case 'answered':
      return 'Answered';
    case 'no-answer':
      return 'No answer';
    case 'busy':
      return 'Busy';
    case 'declined':
      return 'Declined';
    case 'missed':
      return 'Missed';
  }
}
