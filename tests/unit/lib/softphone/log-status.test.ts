/**
 * The badge of a call-log row: what happened to the call, and while a SIP call is in progress
 * what is happening (never "Placed" before anyone answered).
 */
import { describe, expect, it } from 'vitest';
import type { CallLogEntry } from '../../../../lib/db/types';
import { callStatus, isRowOfCall } from '../../../../lib/softphone/log-status';
import type { CallState } from '../../../../lib/softphone/state';

type Row = Pick<CallLogEntry, 'outcome' | 'provider' | 'direction' | 'to' | 'from' | 'cause'>;

const out: Row = {
  outcome: 'placed',
  provider: 'sip',
  direction: 'outbound',
  to: '+14155551234',
  from: '+14155550100',
};
const inb: Row = {
  outcome: 'missed',
  provider: 'sip',
  direction: 'inbound',
  to: '1001',
  from: '+12125550199',
};

function live(phase: CallState['phase'], extra: Partial<CallState> = {}): CallState {
  return {
    id: 'c',
    direction: 'outbound',
    phase,
    remote: '+14155551234',
    startedAt: 0,
    muted: false,
    held: false,
    dtmf: '',
    ...extra,
  };
}

describe('callStatus', () => {
  it.each<[string, Row, CallState | null, boolean, string, string, boolean]>([
    ['tel hand-off', { ...out, provider: 'tel' }, null, true, 'Handed to phone app', 'warn', false],
    ['webhook sent', { ...out, provider: 'webhook' }, null, true, 'Placed', 'ok', false],
    ['refused', { ...out, outcome: 'refused' }, null, true, 'Not placed', 'warn', false],
    ['connecting', out, live('connecting'), true, 'Calling', 'live', true],
    ['ringing', out, live('ringing'), true, 'Ringing', 'live', true],
    ['in call', out, live('in-call'), true, 'In call', 'live', true],
    ['on hold', out, live('in-call', { held: true }), true, 'On hold', 'live', true],
    [
      'ended, row not yet rewritten',
      out,
      live('ended', { outcome: 'busy' }),
      true,
      'Busy',
      'warn',
      false,
    ],
    [
      'answered and ended',
      { ...out, outcome: 'answered', cause: 'You hung up.' },
      live('ended', { outcome: 'answered' }),
      true,
      'Answered',
      'ok',
      false,
    ],
    [
      'no answer',
      { ...out, outcome: 'no-answer', cause: 'No answer.' },
      null,
      true,
      'No answer',
      'warn',
      false,
    ],
    ['failed', { ...out, outcome: 'failed', cause: 'x' }, null, true, 'Failed', 'error', false],
    [
      'an older row is not the live call',
      out,
      live('in-call'),
      false,
      'Outcome unknown',
      'warn',
      false,
    ],
    [
      'another number is not this row',
      out,
      live('in-call', { remote: '+13125550100' }),
      true,
      'Outcome unknown',
      'warn',
      false,
    ],
    ['the end never arrived', out, null, true, 'Outcome unknown', 'warn', false],
    [
      'inbound ringing',
      inb,
      live('incoming', { direction: 'inbound', remote: '+12125550199' }),
      true,
      'Ringing',
      'live',
      true,
    ],
    [
      'inbound answered, in call',
      inb,
      live('in-call', { direction: 'inbound', remote: '+12125550199' }),
      true,
      'In call',
      'live',
      true,
    ],
    ['inbound not answered', inb, null, true, 'Missed', 'error', false],
    [
      'inbound declined',
      { ...inb, outcome: 'declined', cause: 'You declined.' },
      null,
      true,
      'Declined',
      'warn',
      false,
    ],
    [
      'an outbound live call is not an inbound row',
      inb,
      live('in-call', { remote: '+12125550199' }),
      true,
      'Missed',
      'error',
      false,
    ],
  ])('%s', (_name, row, call, newest, text, tone, isLive) => {
    expect(callStatus(row, call, newest)).toEqual({ text, tone, live: isLive });
  });

  it('never says "Placed" for a SIP call', () => {
    const phases: CallState['phase'][] = ['connecting', 'ringing', 'incoming', 'in-call', 'ended'];
    for (const phase of phases)
      for (const newest of [true, false])
        expect(callStatus(out, live(phase), newest).text).not.toBe('Placed');
  });
});

describe('isRowOfCall', () => {
  it('matches by provider, direction and the other party', () => {
    expect(isRowOfCall(out, live('ringing'))).toBe(true);
    expect(isRowOfCall({ ...out, provider: 'tel' }, live('ringing'))).toBe(false);
    expect(isRowOfCall(out, null)).toBe(false);
    expect(isRowOfCall({ ...out, direction: undefined }, live('ringing'))).toBe(true);
  });
});
