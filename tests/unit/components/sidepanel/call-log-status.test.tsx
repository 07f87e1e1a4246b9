// @vitest-environment happy-dom
/**
 * The last call and the recent calls while a SIP call is in progress: they follow the softphone's
 * state ("Ringing", "In call") instead of saying "Placed", and say how the call ended once it has.
 */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { LastCall } from '../../../../components/sidepanel/LastCall';
import { RecentCalls } from '../../../../components/sidepanel/RecentCalls';
import type { CallLogEntry } from '../../../../lib/db/types';
import type { CallState } from '../../../../lib/softphone/state';
import { accountNumber } from '../../lib/caller-id/fixtures';

afterEach(cleanup);

const NOW = 1_700_000_000_000;
const ROW: CallLogEntry = {
  id: 1,
  at: NOW - 5_000,
  accountId: 'acme',
  agentId: 'a1',
  to: '+14155551234',
  from: '+14155550100',
  fromNumberId: 'n1',
  rule: 'area-code',
  reason: 'Same area code.',
  provider: 'sip',
  direction: 'outbound',
  outcome: 'placed',
};
const NUMBERS = [accountNumber('n1', '+14155550100', 'San Francisco')];
const call = (phase: CallState['phase'], extra: Partial<CallState> = {}): CallState => ({
  id: 'k',
  direction: 'outbound',
  phase,
  remote: '+14155551234',
  startedAt: NOW - 5_000,
  muted: false,
  held: false,
  dtmf: '',
  ...extra,
});

function recent(calls: CallLogEntry[], liveCall: CallState | null) {
  render(
    <RecentCalls
      calls={calls}
      numbers={NUMBERS}
      now={NOW}
      onRedial={() => {}}
      liveCall={liveCall}
    />,
  );
  return screen.getAllByTestId('call-outcome').map((b) => b.textContent);
}

describe('recent calls during a SIP call', () => {
  it.each<[CallState | null, string]>([
    [call('connecting'), 'Calling'],
    [call('ringing'), 'Ringing'],
    [call('in-call', { answeredAt: NOW - 1_000 }), 'In call'],
    [call('in-call', { answeredAt: NOW - 1_000, held: true }), 'On hold'],
    [null, 'Outcome unknown'],
  ])('the newest row with %j says %s, never "Placed"', (live, badge) => {
    expect(recent([ROW], live)).toEqual([badge]);
  });

  it('only the newest row follows the live call; an ended row says its outcome', () => {
    const older: CallLogEntry = {
      ...ROW,
      id: 0,
      at: NOW - 60_000,
      outcome: 'busy',
      cause: 'Busy.',
    };
    expect(recent([ROW, older], call('ringing'))).toEqual(['Ringing', 'Busy']);
  });

  it('a tel: hand-off says so', () => {
    expect(recent([{ ...ROW, provider: 'tel', direction: undefined }], null)).toEqual([
      'Handed to phone app',
    ]);
  });
});

describe('last call during a SIP call', () => {
  const last = (latest: CallLogEntry, liveCall: CallState | null) => {
    render(
      <LastCall
        pending={null}
        error={null}
        latest={latest}
        numbers={NUMBERS}
        now={NOW}
        liveCall={liveCall}
      />,
    );
    return screen.getByTestId('last-call').textContent ?? '';
  };

  it('a ringing call is in progress, not placed', () => {
    const text = last(ROW, call('ringing'));
    expect(text).toMatch(/Call to .*415.* from San Francisco .* · ringing/);
    expect(text).not.toMatch(/placed/i);
  });

  it('an ended call says how it went', () => {
    const text = last({ ...ROW, outcome: 'no-answer', cause: 'Nobody answered.' }, null);
    expect(text).toMatch(/no answer\. Nobody answered\./);
  });

  it('a call whose end never arrived does not claim success', () => {
    expect(last(ROW, null)).toMatch(/how it went is unknown/);
  });

  it('an inbound call ringing says so; unanswered it is missed', () => {
    const inbound: CallLogEntry = {
      ...ROW,
      direction: 'inbound',
      outcome: 'missed',
      from: '+12125550199',
      to: '1001',
    };
    expect(
      last(inbound, call('incoming', { direction: 'inbound', remote: '+12125550199' })),
    ).toMatch(/Call from .*212.* · ringing/);
    cleanup();
    expect(last(inbound, null)).toMatch(/Missed call from/);
  });
});
