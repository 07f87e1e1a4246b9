/**
 * The softphone's state as every surface shows it: the registration and the current call. The
 * offscreen user agent feeds events into `reduce`; the background keeps the result in session
 * storage, where the side panel reads it. Pure, so every transition is tested in Node.
 */
import type { CallOutcome } from '../db/types';
import { english } from '../i18n/english';
import type { Translator } from '../i18n/translator';

export type RegistrationState =
  /** The provider is not sip, or no agent or password yet: `detail` says what is missing. */
  | { state: 'off'; detail: string }
  | { state: 'connecting'; user: string; server: string }
  | { state: 'registered'; user: string; server: string; since: number }
  /** The WebSocket dropped or could not connect; `retryAt` is the next attempt. */
  | {
      state: 'reconnecting';
      user: string;
      server: string;
      attempt: number;
      retryAt: number;
      detail: string;
    }
  /** The server refused the registration for a reason a retry cannot fix (a wrong password). */
  | { state: 'failed'; user: string; server: string; detail: string };

export type CallPhase = 'connecting' | 'ringing' | 'incoming' | 'in-call' | 'ended';

export interface CallState {
  /** Ringside's key of the call (outbound: chosen by the background; inbound: by the UA). */
  id: string;
  direction: 'outbound' | 'inbound';
  phase: CallPhase;
  /** The other side: the E.164 destination, or an inbound caller as received. */
  remote: string;
  /** Outbound: the caller ID the INVITE carries. Inbound: the caller's display name, if any. */
  from?: string;
  remoteName?: string;
  startedAt: number;
  answeredAt?: number;
  endedAt?: number;
  muted: boolean;
  held: boolean;
  /** Digits sent with the keypad during this call. */
  dtmf: string;
  outcome?: CallOutcome;
  cause?: string;
}

export interface SoftphoneState {
  registration: RegistrationState;
  call: CallState | null;
  /** Set from the offscreen document, so a page can tell a state from an earlier session. */
  updatedAt: number;
}

/** The state before the softphone has said anything, its "not started yet" in `tr`'s language. */
export function initialState(tr: Translator = english): SoftphoneState {
  return {
    registration: { state: 'off', detail: tr.t('softphone.state.notStarted') },
    call: null,
    updatedAt: 0,
  };
}

/** The initial state in English (the contract other code compares with). */
export const INITIAL_STATE: SoftphoneState = initialState();

export type SoftphoneEvent =
  | { type: 'off'; detail: string }
  | { type: 'connecting'; user: string; server: string }
  | { type: 'registered'; at: number }
  | { type: 'reconnecting'; attempt: number; retryAt: number; detail: string }
  | { type: 'registration-failed'; detail: string }
  | { type: 'outgoing'; id: string; remote: string; from: string; at: number }
  | { type: 'incoming'; id: string; remote: string; remoteName?: string; at: number }
  | { type: 'ringing'; id: string }
  | { type: 'answered'; id: string; at: number }
  | { type: 'muted'; id: string; muted: boolean }
  | { type: 'held'; id: string; held: boolean }
  | { type: 'dtmf'; id: string; tone: string }
  | { type: 'ended'; id: string; at: number; outcome: CallOutcome; cause: string }
  /** The agent dismissed an ended call's summary. */
  | { type: 'clear'; id: string };

function withCall(
  state: SoftphoneState,
  id: string,
  patch: (call: CallState) => CallState | null,
): SoftphoneState {
  if (!state.call || state.call.id !== id) return state;
  const call = patch(state.call);
  return call === state.call ? state : { ...state, call };
}

const live = (call: CallState | null) => call !== null && call.phase !== 'ended';

export function reduce(state: SoftphoneState, event: SoftphoneEvent, now: number): SoftphoneState {
  const next = reduceInner(state, event);
  return next === state ? state : { ...next, updatedAt: now };
}

function reduceInner(state: SoftphoneState, event: SoftphoneEvent): SoftphoneState {
  const reg = state.registration;
  const where = reg.state === 'off' ? null : { user: reg.user, server: reg.server };
  switch (event.type) {
    case 'off':
      return { ...state, registration: { state: 'off', detail: event.detail } };
    case 'connecting':
      return {
        ...state,
        registration: { state: 'connecting', user: event.user, server: event.server },
      };
    case 'registered':
      if (!where) return state;
      return { ...state, registration: { state: 'registered', ...where, since: event.at } };
    case 'reconnecting':
      if (!where) return state;
      return {
        ...state,
        registration: {
          state: 'reconnecting',
          ...where,
          attempt: event.attempt,
          retryAt: event.retryAt,
          detail: event.detail,
        },
      };
    case 'registration-failed':
      if (!where) return state;
      return { ...state, registration: { state: 'failed', ...where, detail: event.detail } };
    case 'outgoing':
    case 'incoming':
      // One call at a time: the UA refuses a second before it gets here, so this is a bug guard.
      if (live(state.call)) return state;
      return {
        ...state,
        call: {
          id: event.id,
          direction: event.type === 'outgoing' ? 'outbound' : 'inbound',
          phase: event.type === 'outgoing' ? 'connecting' : 'incoming',
          remote: event.remote,
          ...(event.type === 'outgoing' ? { from: event.from } : {}),
          ...(event.type === 'incoming' && event.remoteName
            ? { remoteName: event.remoteName }
            : {}),
          startedAt: event.at,
          muted: false,
          held: false,
          dtmf: '',
        },
      };
    case 'ringing':
      return withCall(state, event.id, (c) =>
        c.phase === 'connecting' ? { ...c, phase: 'ringing' } : c,
      );
    case 'answered':
      return withCall(state, event.id, (c) =>
        c.phase === 'ended' ? c : { ...c, phase: 'in-call', answeredAt: c.answeredAt ?? event.at },
      );
    case 'muted':
      return withCall(state, event.id, (c) =>
        c.phase === 'ended' ? c : { ...c, muted: event.muted },
      );
    case 'held':
      return withCall(state, event.id, (c) =>
        c.phase === 'ended' ? c : { ...c, held: event.held },
      );
    case 'dtmf':
      return withCall(state, event.id, (c) =>
        c.phase === 'in-call' ? { ...c, dtmf: (c.dtmf + event.tone).slice(-32) } : c,
      );
    case 'ended':
      return withCall(state, event.id, (c) =>
        c.phase === 'ended'
          ? c
          : {
              ...c,
              phase: 'ended',
              endedAt: event.at,
              outcome: event.outcome,
              cause: event.cause,
              muted: false,
              held: false,
            },
      );
    case 'clear':
      return withCall(state, event.id, (c) => (c.phase === 'ended' ? null : c));
  }
}

/** How long an ended call has been connected (0 when it was never answered). */
export function callDurationMs(call: CallState, now: number): number {
  if (call.answeredAt === undefined) return 0;
  return Math.max(0, (call.endedAt ?? now) - call.answeredAt);
}

/** Null when a new outbound call may start; otherwise why not, for the agent (in `tr`). */
export function outboundCallRefusal(
  state: SoftphoneState,
  tr: Translator = english,
): string | null {
  const call = state.call;
  if (call && call.phase !== 'ended') {
    return call.phase === 'incoming'
      ? tr.t('softphone.refusal.ringing')
      : tr.t('softphone.refusal.onCall');
  }
  const reg = state.registration;
  switch (reg.state) {
    case 'registered':
      return null;
    case 'off':
      return tr.t('softphone.refusal.off', { detail: reg.detail });
    case 'connecting':
      return tr.t('softphone.refusal.connecting');
    case 'reconnecting':
      return tr.t('softphone.refusal.reconnecting', { detail: reg.detail });
    case 'failed':
      return tr.t('softphone.refusal.failed', { detail: reg.detail });
  }
}

/** "1:05", "12:00", "1:02:03". */
export function formatDuration(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** What the "Call state" region says, in `tr`'s language. */
export function describeCall(call: CallState, now: number, tr: Translator = english): string {
  switch (call.phase) {
    case 'connecting':
      return tr.t('softphone.call.connecting');
    case 'ringing':
      return tr.t('softphone.call.ringing');
    case 'incoming':
      return tr.t('softphone.call.incoming');
    case 'in-call': {
      const duration = formatDuration(callDurationMs(call, now));
      return call.held
        ? tr.t('softphone.call.onHold', { duration })
        : tr.t('softphone.call.inCall', { duration });
    }
    case 'ended': {
      const cause = call.cause ?? '';
      const text =
        call.answeredAt !== undefined
          ? tr.t('softphone.call.endedAfter', {
              duration: formatDuration(callDurationMs(call, now)),
              cause,
            })
          : tr.t('softphone.call.ended', { cause });
      return text.trim();
    }
  }
}
