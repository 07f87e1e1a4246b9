import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseManagedPolicy } from '../../../../lib/policy';
import { BACKOFF_MAX_MS, backoffDelayMs } from '../../../../lib/sync/backoff';
import { remoteUrlProblem } from '../../../../lib/sync/url';

describe('remoteUrlProblem', () => {
  it.each([
    ['https://cfg.example/acme.json', null],
    ['http://localhost:8080/a.json', null],
    ['http://127.0.0.1:9/a', null],
    ['http://[::1]:9/a', null],
    ['http://cfg.example/a.json', 'only allowed for localhost'],
    ['http://127.0.0.2/a', 'only allowed for localhost'],
    ['http://localhost.evil.example/a', 'only allowed for localhost'],
    ['ftp://cfg.example/a', 'must be an https:// URL'],
    ['javascript:alert(1)', 'must be an https:// URL'],
    ['cfg.example/a.json', 'is not a URL'],
  ])('%s', (url, problem) => {
    const found = remoteUrlProblem(url);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem);
  });

  it('accepts every https URL and refuses every http URL off this machine', () => {
    fc.assert(
      fc.property(fc.webUrl({ validSchemes: ['https'] }), (url) => remoteUrlProblem(url) === null),
      { numRuns: 100, interruptAfterTimeLimit: 4_000 },
    );
    fc.assert(
      fc.property(fc.domain(), fc.webPath(), (host, path) => {
        fc.pre(host !== 'localhost');
        return remoteUrlProblem(`http://${host}${path}`) !== null;
      }),
      { numRuns: 100, interruptAfterTimeLimit: 4_000 },
    );
  });
});

describe('backoff property', () => {
  it('stays within 30 s and an hour and never shrinks', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (n) => {
        const delay = backoffDelayMs(n);
        return delay >= 30_000 && delay <= BACKOFF_MAX_MS && backoffDelayMs(n + 1) >= delay;
      }),
      { numRuns: 100, interruptAfterTimeLimit: 4_000 },
    );
  });
});

describe('public/managed_schema.json', () => {
  const schema = JSON.parse(readFileSync('public/managed_schema.json', 'utf8')) as {
    type: string;
    properties: Record<string, { type: string }>;
  };
  const sample: Record<string, unknown> = {
    string: 'https://cfg.example/a.json',
    integer: 30,
    boolean: true,
    object: {
      kind: 'sip',
      wsUrl: 'wss://pbx.example.com/ws',
      domain: 'pbx.example.com',
      iceServers: [{ urls: 'stun:stun.example.com' }],
      displayName: 'account',
      assertIdentity: true,
    },
  };

  it('declares exactly the keys parseManagedPolicy reads, each used when well-formed', () => {
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties).sort()).toEqual(
      [
        'agentEmail',
        'configToken',
        'configUrl',
        'settingsLocked',
        'sipProvider',
        'syncIntervalMinutes',
      ].sort(),
    );
    for (const [key, { type }] of Object.entries(schema.properties)) {
      const value = key === 'agentEmail' ? 'ana@acme.example' : sample[type];
      const policy = parseManagedPolicy({ [key]: value }, 1);
      expect(policy?.problems, key).toEqual([]);
      expect(policy?.[key as keyof typeof policy], key).toEqual(value);
    }
  });
});
