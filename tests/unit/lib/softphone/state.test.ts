import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  describeCall,
  formatDuration,
  INITIAL_STATE,
  outboundCallRefusal,
  reduce,
  type SoftphoneEvent,
  type SoftphoneState,
} from '../../../../lib/softphone/state';
import { libTranslator } from '../../../../lib/i18n/lib-translators';

const run = (events: SoftphoneEvent[], from: SoftphoneState = INITIAL_STATE) =>
  events.reduce((s, e, i) => reduce(s, e, 1000 + i), from);

const registered = run([
  { type: 'connecting', user: '1001@ringside.test', server: 'ws://127.0.0.1:5066' },
  { type: 'registered', at: 5 },
]);

describe('softphone state reducer', () => {
  it('registers, drops to reconnecting, fails for good', () => {
    expect(registered.registration).toEqual({
      state: 'registered',
      user: '1001@ringside.test',
      server: 'ws://127.0.0.1:5066',
      since: 5,
    });
    const down = run(
      [{ type: 'reconnecting', attempt: 2, retryAt: 9000, detail: 'lost' }],
      registered,
    );
    expect(down.registration).toMatchObject({ state: 'reconnecting', attempt: 2, retryAt: 9000 });
    const failed = run([{ type: 'registration-failed', detail: '401: wrong password' }], down);
    expect(failed.registration).toMatchObject({ state: 'failed', detail: '401: wrong password' });
  });

  it('ignores registration news while off (no user, no server to name)', () => {
    expect(run([{ type: 'registered', at: 1 }])).toBe(INITIAL_STATE);
  });

  it('follows an outbound call from connecting to ended, with its duration', () => {
    const s = run(
      [
        { type: 'outgoing', id: 'c1', remote: '+14155551234', from: '+14155550100', at: 100 },
        { type: 'ringing', id: 'c1' },
        { type: 'answered', id: 'c1', at: 2000 },
        { type: 'muted', id: 'c1', muted: true },
        { type: 'held', id: 'c1', held: true },
        { type: 'dtmf', id: 'c1', tone: '5' },
        { type: 'ended', id: 'c1', at: 65_000, outcome: 'answered', cause: 'You hung up.' },
      ],
      registered,
    );
    expect(s.call).toMatchObject({
      phase: 'ended',
      answeredAt: 2000,
      endedAt: 65_000,
      dtmf: '5',
      muted: false,
      held: false,
      outcome: 'answered',
    });
    expect(describeCall(s.call!, 99_999)).toBe('Call ended after 1:03: You hung up.');
  });

  it('keeps one call: a second outgoing or incoming while one is live changes nothing', () => {
    const live = run([{ type: 'outgoing', id: 'a', remote: '+1', from: '+2', at: 1 }], registered);
    expect(run([{ type: 'incoming', id: 'b', remote: 'x', at: 2 }], live).call?.id).toBe('a');
    expect(run([{ type: 'outgoing', id: 'b', remote: 'x', from: 'y', at: 2 }], live).call?.id).toBe(
      'a',
    );
  });

  it('ignores events of another call id and clears only ended calls', () => {
    const live = run([{ type: 'outgoing', id: 'a', remote: '+1', from: '+2', at: 1 }], registered);
    expect(run([{ type: 'answered', id: 'zzz', at: 5 }], live)).toBe(live);
    expect(run([{ type: 'clear', id: 'a' }], live)).toBe(live);
    const ended = run([{ type: 'ended', id: 'a', at: 9, outcome: 'busy', cause: 'Busy' }], live);
    expect(run([{ type: 'clear', id: 'a' }], ended).call).toBeNull();
  });

  it('never leaves an ended call and never has more than one call (property)', () => {
    const ids = fc.constantFrom('a', 'b');
    const event: fc.Arbitrary<SoftphoneEvent> = fc.oneof(
      ids.map((id) => ({ type: 'outgoing' as const, id, remote: '+1', from: '+2', at: 1 })),
      ids.map((id) => ({ type: 'incoming' as const, id, remote: 'x', at: 1 })),
      ids.map((id) => ({ type: 'ringing' as const, id })),
      ids.map((id) => ({ type: 'answered' as const, id, at: 2 })),
      ids.map((id) => ({ type: 'muted' as const, id, muted: true })),
      ids.map((id) => ({
        type: 'ended' as const,
        id,
        at: 3,
        outcome: 'answered' as const,
        cause: 'x',
      })),
      ids.map((id) => ({ type: 'clear' as const, id })),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 30 }), (events) => {
        let s = registered;
        for (const e of events) {
          const before = s.call;
          s = reduce(s, e, 0);
          const starts = e.type === 'outgoing' || e.type === 'incoming';
          // Only a new call replaces an ended one; nothing else revives it.
          if (before?.phase === 'ended' && !starts && s.call) expect(s.call.phase).toBe('ended');
          if (before && before.phase !== 'ended' && s.call) expect(s.call.id).toBe(before.id);
        }
      }),
      { numRuns: 300, interruptAfterTimeLimit: 4000 },
    );
  });
});

describe('outboundCallRefusal', () => {
  it.each<[SoftphoneState, RegExp | null]>([
    [registered, null],
    [INITIAL_STATE, /softphone is off/],
    [run([{ type: 'connecting', user: 'u', server: 's' }]), /still connecting/],
    [
      run([{ type: 'reconnecting', attempt: 1, retryAt: 5, detail: 'lost' }], registered),
      /no call was attempted/,
    ],
    [
      run([{ type: 'registration-failed', detail: '401: wrong password' }], registered),
      /not registered: 401/,
    ],
    [
      run([{ type: 'outgoing', id: 'a', remote: '+1', from: '+2', at: 1 }], registered),
      /already on a call/,
    ],
    [run([{ type: 'incoming', id: 'a', remote: 'x', at: 1 }], registered), /answer or decline/],
    [
      run(
        [
          { type: 'outgoing', id: 'a', remote: '+1', from: '+2', at: 1 },
          { type: 'ended', id: 'a', at: 2, outcome: 'busy', cause: 'b' },
        ],
        registered,
      ),
      null,
    ],
  ])('%#', (state, refusal) => {
    const found = outboundCallRefusal(state);
    if (refusal === null) expect(found).toBeNull();
    else expect(found).toMatch(refusal);
  });
});

it.each([
  [0, '0:00'],
  [59_999, '0:59'],
  [65_000, '1:05'],
  [3_723_000, '1:02:03'],
  [-5, '0:00'],
])('formatDuration(%i) = %s', (ms, text) => {
  expect(formatDuration(ms)).toBe(text);
});

describe('the call state and refusals in the agent language', () => {
  const pt = libTranslator('pt-BR');
  const es = libTranslator('es');
  const base = {
    id: 'c',
    direction: 'outbound' as const,
    remote: '+14155551234',
    startedAt: 0,
    muted: false,
    held: false,
    dtmf: '',
  };
  it.each<[Parameters<typeof describeCall>[0], string, string, string]>([
    [{ ...base, phase: 'ringing' }, 'Ringing…', 'Chamando…', 'Sonando…'],
    [
      { ...base, phase: 'in-call', answeredAt: 0, held: true },
      'On hold · 1:05',
      'Em espera · 1:05',
      'En espera · 1:05',
    ],
    [
      { ...base, phase: 'ended', answeredAt: 0, endedAt: 65_000, cause: 'x' },
      'Call ended after 1:05: x',
      'Chamada encerrada após 1:05: x',
      'Llamada terminada después de 1:05: x',
    ],
  ])('%o', (call, inEn, inPt, inEs) => {
    expect(describeCall(call, 65_000)).toBe(inEn);
    expect(describeCall(call, 65_000, pt)).toBe(inPt);
    expect(describeCall(call, 65_000, es)).toBe(inEs);
  });

  it('refuses a second call in each language, for the same states', () => {
    const s: SoftphoneState = { ...INITIAL_STATE, call: { ...base, phase: 'incoming' } };
    expect(outboundCallRefusal(s)).toBe(
      'A call is ringing: answer or decline it before placing another.',
    );
    expect(outboundCallRefusal(s, pt)).toBe(
      'Há uma chamada tocando: atenda ou recuse antes de fazer outra.',
    );
    const off: SoftphoneState = { ...INITIAL_STATE, registration: { state: 'off', detail: 'D' } };
    expect(outboundCallRefusal(off, es)).toBe('El softphone está apagado: D');
  });
});
