/**
 * SIP and WebRTC outcomes in words an agent understands, and the call-log outcome they mean.
 * The inputs are what JsSIP reports (its `cause` strings, the response's status code and reason
 * phrase); nothing here imports JsSIP.
 */
import type { CallOutcome } from '../db/types';
import { english } from '../i18n/english';
import type { Translator } from '../i18n/translator';

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
function endedWords(facts: EndFacts, tr: Translator): string {
  switch (facts.cause) {
    case CAUSES.BYE:
      return facts.originator === 'local'
        ? tr.t('softphone.end.youHungUp')
        : tr.t('softphone.end.theyHungUp');
    case CAUSES.MEDIA_FAILED:
      return tr.t('softphone.end.mediaFailed');
    case CAUSES.SERVER_LOST:
    case CAUSES.CONNECTION_ERROR:
      return tr.t('softphone.end.serverLost');
    case CAUSES.RTP_TIMEOUT:
      return tr.t('softphone.end.rtpTimeout');
    case CAUSES.NO_ACK:
      return tr.t('softphone.end.noAck');
    case CAUSES.EXPIRES:
    case CAUSES.DIALOG_ERROR:
      return tr.t('softphone.end.lostTrack');
    default:
      // JsSIP's cause and the server's reason phrase are data: they stay as received.
      return tr.t('softphone.end.other', { cause: facts.cause, status: status(facts) });
  }
}

/** Why a call ended before it was answered, and what that means for the log. */
function unansweredSummary(facts: EndFacts, tr: Translator): EndSummary {
  const code = { status: status(facts) };
  const inbound = facts.direction === 'inbound';
  switch (facts.cause) {
    case CAUSES.BUSY:
      return { outcome: 'busy', cause: tr.t('softphone.fail.busy', code) };
    case CAUSES.NO_ANSWER:
    case CAUSES.EXPIRES:
      return inbound
        ? { outcome: 'missed', cause: tr.t('softphone.fail.missedInTime') }
        : { outcome: 'no-answer', cause: tr.t('softphone.fail.noAnswer', code) };
    case CAUSES.UNAVAILABLE:
      return { outcome: 'no-answer', cause: tr.t('softphone.fail.unavailable', code) };
    case CAUSES.CANCELED:
      if (inbound)
        return facts.originator === 'remote'
          ? { outcome: 'missed', cause: tr.t('softphone.fail.callerHungUp') }
          : { outcome: 'declined', cause: tr.t('softphone.fail.youDeclined') };
      return { outcome: 'no-answer', cause: tr.t('softphone.fail.youCanceled') };
    case CAUSES.REJECTED:
      if (inbound && facts.originator === 'local')
        return { outcome: 'declined', cause: tr.t('softphone.fail.youDeclined') };
      return { outcome: 'declined', cause: tr.t('softphone.fail.declined', code) };
    case CAUSES.NOT_FOUND:
      return { outcome: 'failed', cause: tr.t('softphone.fail.notFound', code) };
    case CAUSES.ADDRESS_INCOMPLETE:
      return { outcome: 'failed', cause: tr.t('softphone.fail.incomplete', code) };
    case CAUSES.REDIRECTED:
      return { outcome: 'failed', cause: tr.t('softphone.fail.redirected', code) };
    case CAUSES.AUTHENTICATION_ERROR:
      return { outcome: 'failed', cause: tr.t('softphone.fail.auth', code) };
    case CAUSES.CONNECTION_ERROR:
      return { outcome: 'failed', cause: tr.t('softphone.fail.unreachable') };
    case CAUSES.SERVER_LOST:
      return { outcome: 'failed', cause: tr.t('softphone.fail.serverLost') };
    case CAUSES.REQUEST_TIMEOUT:
      return { outcome: 'failed', cause: tr.t('softphone.fail.timeout') };
    case CAUSES.USER_DENIED_MEDIA_ACCESS:
      return { outcome: 'failed', cause: tr.t('softphone.fail.microphone') };
    case CAUSES.INCOMPATIBLE_SDP:
    case CAUSES.BAD_MEDIA_DESCRIPTION:
    case CAUSES.MISSING_SDP:
      return { outcome: 'failed', cause: tr.t('softphone.fail.audio', code) };
    case CAUSES.WEBRTC_ERROR:
    case CAUSES.MEDIA_FAILED:
      return { outcome: 'failed', cause: tr.t('softphone.fail.media') };
    case CAUSES.SIP_FAILURE_CODE:
      return { outcome: 'failed', cause: tr.t('softphone.fail.refused', code) };
    default:
      return {
        outcome: 'failed',
        cause: tr.t('softphone.fail.other', { cause: facts.cause, status: status(facts) }),
      };
  }
}

/** The end in `tr`'s language (English by default: the call log's contract text). */
export function summarizeEnd(facts: EndFacts, tr: Translator = english): EndSummary {
  if (facts.answered) return { outcome: 'answered', cause: endedWords(facts, tr) };
  return unansweredSummary(facts, tr);
}

/**
 * Why registration failed, led by the status code when there is one: "401: wrong user name or
 * password". `permanent` failures are not retried on a timer (a wrong password stays wrong).
 */
export function registrationFailure(
  cause: string,
  statusCode?: number,
  reasonPhrase?: string,
  tr: Translator = english,
): { detail: string; permanent: boolean } {
  if (cause === CAUSES.AUTHENTICATION_ERROR || statusCode === 401 || statusCode === 407)
    return {
      detail: tr.t('softphone.register.wrongPassword', { code: String(statusCode ?? 401) }),
      permanent: true,
    };
  if (statusCode === 403)
    return {
      detail: tr.t('softphone.register.forbidden', {
        status: reasonPhrase ? ` (${reasonPhrase})` : '',
      }),
      permanent: true,
    };
  if (statusCode === 404)
    return { detail: tr.t('softphone.register.unknownUser'), permanent: true };
  if (cause === CAUSES.CONNECTION_ERROR)
    return { detail: tr.t('softphone.register.unreachable'), permanent: false };
  if (cause === CAUSES.REQUEST_TIMEOUT)
    return { detail: tr.t('softphone.register.timeout'), permanent: false };
  if (statusCode)
    return {
      // The server's own reason phrase stays as it sent it.
      detail: `${statusCode}: ${reasonPhrase || tr.t('softphone.register.refused')}`,
      permanent: statusCode < 500,
    };
  return { detail: cause || tr.t('softphone.register.failed'), permanent: false };
}

const OUTCOME_KEYS = {
  placed: 'softphone.outcome.placed',
  failed: 'softphone.outcome.failed',
  refused: 'softphone.outcome.refused',
  answered: 'softphone.outcome.answered',
  'no-answer': 'softphone.outcome.noAnswer',
  busy: 'softphone.outcome.busy',
  declined: 'softphone.outcome.declined',
  missed: 'softphone.outcome.missed',
} as const satisfies Record<CallOutcome, string>;

/** A call-log outcome as a short label for lists. */
export function outcomeLabel(outcome: CallOutcome, tr: Translator = english): string {
  return tr.t(OUTCOME_KEYS[outcome]);
}
