import fc from 'fast-check';
import { dialRateMessage } from '../../../../lib/calls/rate-limit-message';
import { describe, expect, it } from 'vitest';
import {
  checkDialRate,
  onlyAsksToConfirm,
  PAGE_DIAL_RATE,
  startedNoCall,
  withdrawDial,
  type DialRateRule,
} from '../../../../lib/calls/rate-limit';

const RULE: DialRateRule = { minGapMs: 3_000, windowMs: 60_000, maxInWindow: 6 };

describe('checkDialRate', () => {
  it.each<[string, number[], number, boolean, string?]>([
    ['the first call', [], 0, true],
    ['3 s after the last', [0], 3_000, true],
    ['a double click (300 ms)', [0], 300, false, 'wait 3 seconds'],
    ['2.1 s after the last', [0], 2_100, false, 'wait 1 second before'],
    ['the 7th in a minute', [0, 5e3, 10e3, 15e3, 20e3, 25e3], 30_000, false, '6 a minute'],
    ['the 7th once the first is a minute old', [0, 5e3, 10e3, 15e3, 20e3, 25e3], 60_000, true],
    ['a clock that went back counts the call as now', [10_000], 5_000, false, 'wait 3 seconds'],
  ])('%s', (_name, accepted, now, ok, message) => {
    const decision = checkDialRate(accepted, now, RULE);
    expect(decision.ok).toBe(ok);
    if (!decision.ok) {
      expect(dialRateMessage(decision)).toContain(message);
      expect(decision.retryInMs).toBeGreaterThan(0);
    }
  });

  it('a refused call does not count; an accepted one does', () => {
    const first = checkDialRate([], 1_000);
    expect(first).toEqual({ ok: true, recent: [1_000] });
    const refused = checkDialRate(first.recent, 1_500);
    expect(refused).toMatchObject({ ok: false, recent: [1_000], retryInMs: 2_500 });
  });

  it('the page rule is one call per 3 s, 6 a minute', () => {
    expect(PAGE_DIAL_RATE).toEqual(RULE);
  });

  it('whatever the timing of the attempts, accepted calls keep the rule', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000 }), { maxLength: 80 }), (gaps) => {
        let now = 0;
        let recent: number[] = [];
        const accepted: number[] = [];
        for (const gap of gaps) {
          now += gap;
          const decision = checkDialRate(recent, now, RULE);
          recent = decision.recent;
          if (decision.ok) accepted.push(now);
          else expect(decision.retryInMs).toBeLessThanOrEqual(RULE.windowMs);
        }
        for (let i = 1; i < accepted.length; i++) {
          expect(accepted[i]! - accepted[i - 1]!).toBeGreaterThanOrEqual(RULE.minGapMs);
        }
        for (let i = RULE.maxInWindow; i < accepted.length; i++) {
          expect(accepted[i]! - accepted[i - RULE.maxInWindow]!).toBeGreaterThanOrEqual(
            RULE.windowMs,
          );
        }
      }),
      { numRuns: 300, interruptAfterTimeLimit: 4_000 },
    );
  });

  it('after waiting the time it names, the next call is accepted', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 120_000 }), { maxLength: 12 }),
        fc.integer({ min: 0, max: 120_000 }),
        (times, now) => {
          const decision = checkDialRate(times, now, RULE);
          if (decision.ok) return;
          expect(checkDialRate(decision.recent, now + decision.retryInMs, RULE).ok).toBe(true);
        },
      ),
      { numRuns: 300, interruptAfterTimeLimit: 4_000 },
    );
  });
});

describe('a dial that only asks for confirmation', () => {
  it('is recognised by its confirmations, and only then', () => {
    const confirm = [{ kind: 'special-rate', message: 'Premium.' }];
    expect(onlyAsksToConfirm({ ok: false, error: 'x', confirm } as never)).toBe(true);
    expect(onlyAsksToConfirm({ ok: false, error: 'x', confirm: [] } as never)).toBe(false);
    expect(onlyAsksToConfirm({ ok: false, error: 'x' } as never)).toBe(false);
    expect(onlyAsksToConfirm({ ok: true, confirm } as never)).toBe(false);
  });

  it('a changed caller ID also started no call; any other refusal or a placed call did', () => {
    const confirm = [{ kind: 'special-rate', message: 'm' }];
    expect(startedNoCall({ ok: false, error: 'x', confirm } as never)).toBe(true);
    expect(startedNoCall({ ok: false, error: 'x', callerIdChanged: true } as never)).toBe(true);
    expect(startedNoCall({ ok: false, error: 'Too fast' } as never)).toBe(false);
    expect(startedNoCall({ ok: false, error: 'x', callId: 3 } as never)).toBe(false);
    expect(startedNoCall({ ok: true, callId: 1 } as never)).toBe(false);
  });

  it('is taken back out of the count, so "Call anyway" right after is accepted', () => {
    const first = checkDialRate([], 1_000);
    expect(checkDialRate(first.recent, 1_800).ok).toBe(false);
    const withdrawn = withdrawDial(first.recent, 1_000);
    expect(withdrawn).toEqual([]);
    expect(checkDialRate(withdrawn, 1_800).ok).toBe(true);
    // Only that one call is withdrawn.
    expect(withdrawDial([1, 2, 2, 3], 2)).toEqual([1, 2, 3]);
    expect(withdrawDial([1, 3], 2)).toEqual([1, 3]);
  });
});
