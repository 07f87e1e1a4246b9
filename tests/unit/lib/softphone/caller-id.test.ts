import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  callTarget,
  cleanDisplayName,
  inboundCaller,
  inviteIdentity,
} from '../../../../lib/softphone/caller-id';

const base = {
  from: '+14155550100',
  label: 'San Francisco HQ',
  accountName: 'Acme Inc.',
  assertIdentity: false,
  domain: 'pbx.example.com',
} as const;

describe('inviteIdentity: what the INVITE carries', () => {
  it.each([
    [
      'label',
      false,
      { fromUserName: '+14155550100', fromDisplayName: 'San Francisco HQ', extraHeaders: [] },
    ],
    [
      'account',
      false,
      { fromUserName: '+14155550100', fromDisplayName: 'Acme Inc.', extraHeaders: [] },
    ],
    ['none', false, { fromUserName: '+14155550100', extraHeaders: [] }],
    [
      'none',
      true,
      {
        fromUserName: '+14155550100',
        extraHeaders: ['P-Asserted-Identity: <sip:+14155550100@pbx.example.com;user=phone>'],
      },
    ],
  ] as const)('display name %s, PAI %s', (displayName, assertIdentity, expected) => {
    expect(inviteIdentity({ ...base, displayName, assertIdentity })).toEqual(expected);
  });

  it('drops an empty label instead of sending an empty display name', () => {
    expect(inviteIdentity({ ...base, label: '  ', displayName: 'label' })).not.toHaveProperty(
      'fromDisplayName',
    );
  });

  it.each(['14155550100', '+0123', 'sip:+1415@x', '+1 415 555 0100', ''])(
    'refuses a caller ID that is not E.164: %j',
    (from) => {
      expect(() => inviteIdentity({ ...base, from, displayName: 'none' })).toThrow(/E\.164/);
    },
  );

  it('never lets a display name break the From header (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: 'binary' }), (label) => {
        const name = cleanDisplayName(label);
        expect(name).not.toMatch(/["\\]/);
        expect([...name].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f)).toBe(
          false,
        );
        expect(name.length).toBeLessThanOrEqual(64);
        expect(name).toBe(name.trim());
      }),
      { numRuns: 300, interruptAfterTimeLimit: 4000 },
    );
  });

  it('cleans quotes, backslashes and line breaks to spaces', () => {
    expect(cleanDisplayName('Acme "Support"\r\nX-Evil: 1\\')).toBe('Acme Support X-Evil: 1');
  });
});

describe('callTarget and inboundCaller', () => {
  it('dials the E.164 number as a user=phone SIP URI', () => {
    expect(callTarget('+442079460958', 'ringside.test')).toBe(
      'sip:+442079460958@ringside.test;user=phone',
    );
    expect(() => callTarget('2079460958', 'ringside.test')).toThrow();
  });

  it.each([
    ['+14155551234', undefined, '+14155551234'],
    ['customer', undefined, 'customer'],
    ['anonymous', '+14155551234', '+14155551234'],
    ['1001', undefined, '1001'],
    ['+1 (415) 555-1234', undefined, '+14155551234'],
  ])('from %j, PAI %j → %j', (from, pai, expected) => {
    expect(inboundCaller(from, pai)).toBe(expected);
  });
});
