import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  RECONNECT_BASE_MS,
  RECONNECT_JITTER,
  RECONNECT_MAX_MS,
  reconnectDelayMs,
} from '../../../../lib/softphone/backoff';
import {
  formatIceServers,
  iceUrlProblem,
  parseIceServers,
  sipDomainProblem,
  wsUrlProblem,
} from '../../../../lib/softphone/settings';
import { mediaFailed, DISCONNECTED_GRACE_MS } from '../../../../lib/softphone/watchdog';

describe('reconnectDelayMs', () => {
  it.each([
    [1, 0, 1000],
    [2, 0, 2000],
    [5, 0, 16_000],
    [6, 0, 30_000],
    [1000, 0, 30_000],
    [1, 0.999999, 800],
  ])('attempt %i, random %f → %i ms', (attempt, random, ms) => {
    expect(reconnectDelayMs(attempt, random)).toBe(ms);
  });

  it('stays within [base·(1−jitter), max] and never shrinks without jitter (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -5, max: 10_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (attempt, r) => {
          const d = reconnectDelayMs(attempt, r);
          expect(d).toBeGreaterThanOrEqual(RECONNECT_BASE_MS * (1 - RECONNECT_JITTER));
          expect(d).toBeLessThanOrEqual(RECONNECT_MAX_MS);
          expect(reconnectDelayMs(attempt + 1, 0)).toBeGreaterThanOrEqual(
            reconnectDelayMs(attempt, 0),
          );
        },
      ),
      { numRuns: 300, interruptAfterTimeLimit: 4000 },
    );
  });
});

describe('softphone settings checks', () => {
  it.each([
    ['wss://pbx.example.com/ws', null],
    ['ws://127.0.0.1:5066', null],
    ['ws://localhost:8080/ws', null],
    ['ws://pbx.example.com', /only allowed for localhost/],
    ['https://pbx.example.com', /must be a wss:\/\/ URL/],
    ['not a url', /is not a URL/],
  ])('wsUrlProblem(%j)', (url, problem) => {
    const found = wsUrlProblem(url);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toMatch(problem);
  });

  it.each([
    ['ringside.test', true],
    ['pbx.example.com', true],
    ['10.0.0.1', true],
    ['', false],
    ['sip:pbx.example.com', false],
    ['user@pbx', false],
    ['pbx.example.com:5060', false],
  ])('sipDomainProblem(%j) accepts: %s', (domain, ok) => {
    expect(sipDomainProblem(domain) === null).toBe(ok);
  });

  it('reads ICE servers one per line, with TURN credentials, and writes them back', () => {
    const text = 'stun:stun.example.com:3478\n\n turns:turn.example.com:443 alice s3cret ';
    const parsed = parseIceServers(text);
    expect(parsed).toEqual({
      ok: true,
      servers: [
        { urls: 'stun:stun.example.com:3478' },
        { urls: 'turns:turn.example.com:443', username: 'alice', credential: 's3cret' },
      ],
    });
    if (parsed.ok) expect(parseIceServers(formatIceServers(parsed.servers))).toEqual(parsed);
  });

  it('names each bad ICE line', () => {
    expect(parseIceServers('http://x\nturn:t.example.com alice\nstun:ok')).toEqual({
      ok: false,
      problems: [
        'Line 1: "http://x" is not a STUN or TURN URL (stun:host:port, turn:host:port or turns:host:port)',
        'Line 2: write "url", or "url username credential" for a TURN server',
      ],
    });
    expect(iceUrlProblem('stun:a')).toBeNull();
  });
});

describe('media watchdog', () => {
  it.each([
    ['connected', undefined, 0, false],
    ['failed', undefined, 0, true],
    ['closed', undefined, 0, true],
    ['disconnected', 1000, 1000 + DISCONNECTED_GRACE_MS - 1, false],
    ['disconnected', 1000, 1000 + DISCONNECTED_GRACE_MS, true],
    ['disconnected', undefined, 99_999, false],
  ] as const)('%s since %s at %s → end %s', (state, since, now, end) => {
    expect(mediaFailed(state, since, now)).toBe(end);
  });
});
