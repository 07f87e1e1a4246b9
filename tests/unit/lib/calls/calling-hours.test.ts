/** Calling hours: the destination's local time and the confirmation outside the window. */
import { describe, expect, it } from 'vitest';
import { callingHoursConfirmation, localTimeOf } from '../../../../lib/calls/calling-hours';

const at = (iso: string) => Date.parse(iso);
const on = { mode: 'automated' as const, allowDefault: true, callingHours: {} };

describe('local time', () => {
  it.each([
    ['+18085550100', '2026-11-28T13:12:00Z', '3:12 AM in Honolulu'],
    ['+12125550100', '2026-11-28T13:12:00Z', '8:12 AM in New York'],
    ['+442079460000', '2026-07-01T13:12:00Z', '2:12 PM in London'],
    ['+16055550100', '2026-11-28T13:12:00Z', '6:12 AM in Denver or 7:12 AM in Center (ambiguous)'],
  ])('%s at %s is %s', (e164, when, text) => {
    expect(localTimeOf(e164, at(when))?.text).toBe(text);
  });

  it('has none for a number known only by a calling code of many zones (toll-free)', () => {
    expect(localTimeOf('+18005550100', at('2026-11-28T13:12:00Z'))).toBeUndefined();
  });
});

describe('calling-hours confirmation', () => {
  it.each<[string, string, object, string | undefined]>([
    // 3:12 AM in Honolulu: outside the default 08:00–21:00
    [
      '+18085550100',
      '2026-11-28T13:12:00Z',
      {},
      'It is 3:12 AM in Honolulu, outside calling hours (08:00–21:00 local time).',
    ],
    ['+12125550100', '2026-11-28T13:12:00Z', {}, undefined], // 8:12 AM in New York
    [
      '+12125550100',
      '2026-11-28T12:59:00Z',
      {},
      'It is 7:59 AM in New York, outside calling hours (08:00–21:00 local time).',
    ],
    ['+12125550100', '2026-11-29T01:59:00Z', {}, undefined], // 8:59 PM
    [
      '+12125550100',
      '2026-11-29T02:00:00Z',
      {},
      'It is 9:00 PM in New York, outside calling hours (08:00–21:00 local time).',
    ],
    [
      '+12125550100',
      '2026-11-28T13:12:00Z',
      { start: '09:00' },
      'It is 8:12 AM in New York, outside calling hours (09:00–21:00 local time).',
    ],
    [
      '+16055550100',
      '2026-11-28T14:30:00Z', // 7:30 AM Mountain, 8:30 AM Central
      {},
      '+1 605-555-0100 may be in more than one time zone (7:30 AM in Denver or 8:30 AM in Center), so it may be outside calling hours (08:00–21:00 local time).',
    ],
    ['+16055550100', '2026-11-28T16:30:00Z', {}, undefined], // both inside
    ['+18005550100', '2026-11-28T08:00:00Z', {}, undefined], // no local time: nothing to confirm
  ])('%s at %s (%j)', (e164, when, hours, message) => {
    const settings = { ...on, callingHours: hours };
    const c = callingHoursConfirmation(
      settings,
      e164,
      e164 === '+16055550100' ? '+1 605-555-0100' : e164,
      at(when),
    );
    expect(c?.message).toBe(message);
    if (c) expect(c.kind).toBe('calling-hours');
  });

  it('is off when the account sets no calling hours', () => {
    const off = { mode: 'automated' as const, allowDefault: true };
    expect(
      callingHoursConfirmation(off, '+18085550100', 'x', at('2026-11-28T13:12:00Z')),
    ).toBeUndefined();
  });
});
