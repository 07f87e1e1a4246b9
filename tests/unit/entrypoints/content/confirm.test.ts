// @vitest-environment happy-dom
/** The card's "Call anyway" step (entrypoints/content/confirm.ts). */
import { describe, expect, it } from 'vitest';
import {
  ARM_DELAY_MS,
  ConfirmGate,
  createConfirmBox,
  renderConfirm,
} from '../../../../entrypoints/content/confirm';
import type { CallConfirmation } from '../../../../lib/messages';

const PREMIUM: CallConfirmation = {
  kind: 'special-rate',
  message: '+1 900 555 0199 is a premium-rate number: calls may be charged at a high rate.',
};
const ABROAD: CallConfirmation = { kind: 'international', message: 'An international call.' };

describe('ConfirmGate', () => {
  it.each([
    ['nothing to confirm: the first click dials', [], [0], ['dial:']],
    [
      'one confirmation: arm, then dial with it',
      [PREMIUM],
      [0, 1000],
      ['arm', 'dial:special-rate'],
    ],
    [
      'a double-click arms only; a later click dials',
      [PREMIUM],
      [0, 80, ARM_DELAY_MS + 10],
      ['arm', 'ignore', 'dial:special-rate'],
    ],
    [
      'two confirmations are confirmed together',
      [PREMIUM, ABROAD],
      [0, 600],
      ['arm', 'dial:special-rate,international'],
    ],
  ])('%s', (_name, required, clicks, steps) => {
    const gate = new ConfirmGate();
    gate.require(required);
    const seen = clicks.map((at) => {
      const step = gate.click(at);
      return step.kind === 'dial' ? `dial:${step.confirmed?.join(',') ?? ''}` : step.kind;
    });
    expect(seen).toEqual(steps);
  });

  it('a dial refused for want of confirmation arms at once; a new requirement disarms', () => {
    const gate = new ConfirmGate();
    gate.requireArmed([PREMIUM], 0);
    expect(gate.view()).toEqual({ messages: [PREMIUM.message], armed: true });
    expect(gate.click(100)).toEqual({ kind: 'ignore' });
    expect(gate.click(700)).toEqual({ kind: 'dial', confirmed: ['special-rate'] });
    gate.require([ABROAD]);
    expect(gate.click(800)).toEqual({ kind: 'arm' });
    gate.reset();
    expect(gate.click(900)).toEqual({ kind: 'dial' });
  });

  it('renders each message as text, and names the button', () => {
    const box = createConfirmBox(document);
    expect(box.hidden).toBe(true);
    const evil = { kind: 'special-rate' as const, message: '<img src=x onerror=alert(1)>' };
    expect(renderConfirm(box, { messages: [evil.message], armed: false })).toBe('Call');
    expect(box.hidden).toBe(false);
    expect(box.querySelector('img')).toBeNull();
    expect(box.textContent).toContain('<img src=x');
    expect(renderConfirm(box, { messages: [PREMIUM.message], armed: true })).toBe('Call anyway');
    expect(box.textContent).toContain('Click “Call anyway” to place this call.');
    expect(renderConfirm(box, { messages: [], armed: false })).toBe('Call');
    expect(box.hidden).toBe(true);
  });
});
