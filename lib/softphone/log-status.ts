/**
 * What a call-log row says about how its call went, for the side panel's last call and recent
 * calls. A SIP call is logged when it starts (outcome `placed`, or `missed` for an inbound call
 * still ringing) and rewritten when it ends, so while it is in progress the row alone would say
 * "Placed" or "Missed": the softphone's live state says what is really happening instead.
 */
import type { CallLogEntry } from '../db/types';
import { english } from '../i18n/english';
import type { Translator } from '../i18n/translator';
import { outcomeLabel } from './causes';
import type { CallState } from './state';

export type CallStatusTone = 'ok' | 'warn' | 'error' | 'live';

export interface CallStatus {
  /** One or two words for the badge: "Answered", "Ringing", "Handed to phone app". */
  text: string;
  tone: CallStatusTone;
  /** The call is still going on (connecting, ringing or in call). */
  live: boolean;
}

const TONE: Record<CallLogEntry['outcome'], CallStatusTone> = {
  placed: 'ok',
  answered: 'ok',
  failed: 'error',
  missed: 'error',
  refused: 'warn',
  'no-answer': 'warn',
  busy: 'warn',
  declined: 'warn',
};

type Row = Pick<CallLogEntry, 'outcome' | 'provider' | 'direction' | 'to' | 'from' | 'cause'>;

/** Whether `call` (the softphone's current or last call) is the call this newest row logged. */
export function isRowOfCall(row: Row, call: CallState | null): call is CallState {
  if (!call || row.provider !== 'sip') return false;
  const direction = row.direction ?? 'outbound';
  if (call.direction !== direction) return false;
  return direction === 'outbound' ? call.remote === row.to : call.remote === row.from;
}

function livePhase(call: CallState, tr: Translator): string {
  switch (call.phase) {
    case 'connecting':
      return tr.t('softphone.badge.calling');
    case 'ringing':
    case 'incoming':
      return tr.t('softphone.badge.ringing');
    case 'in-call':
      return call.held ? tr.t('softphone.badge.onHold') : tr.t('softphone.badge.inCall');
    case 'ended':
      return '';
  }
}

/**
 * The badge of one row. `call` is the softphone's call (null when there is none) and `newest`
 * whether this is the newest row: only the newest row can be the call in progress.
 */
export function callStatus(
  row: Row,
  call: CallState | null,
  newest: boolean,
  tr: Translator = english,
): CallStatus {
  const done = (outcome: CallLogEntry['outcome']): CallStatus => ({
    text: outcomeLabel(outcome, tr),
    tone: TONE[outcome],
    live: false,
  });
  // A tel: hand-off is not a placed call: the phone app may never have taken it.
  if (row.provider === 'tel' && row.outcome === 'placed')
    return { text: tr.t('softphone.badge.handedToPhoneApp'), tone: 'warn', live: false };
  // Rows the end of the call has not rewritten yet (a SIP end always sets a cause).
  const open =
    row.provider === 'sip' &&
    row.cause === undefined &&
    (row.outcome === 'placed' || (row.direction === 'inbound' && row.outcome === 'missed'));
  if (!open) return done(row.outcome);
  if (newest && isRowOfCall(row, call)) {
    if (call.phase !== 'ended') return { text: livePhase(call, tr), tone: 'live', live: true };
    // Ended a moment ago; the row is rewritten right after the state.
    if (call.outcome) return done(call.outcome);
  }
  // The end never reached the log (the browser closed during the call).
  if (row.outcome === 'placed')
    return { text: tr.t('softphone.badge.outcomeUnknown'), tone: 'warn', live: false };
  return done(row.outcome);
}
