import { describe, expect, it } from 'vitest';
import {
  checkOffscreenEvent,
  checkOffscreenRequest,
  FROM_OFFSCREEN,
  TO_OFFSCREEN,
} from '../../../../lib/softphone/protocol';

const ID = 'ext-id';
const BG = 'chrome-extension://ext-id/background.js';
const OFF = 'chrome-extension://ext-id/offscreen.html';
const call = {
  kind: 'call',
  id: 'c-1',
  target: '+14155551234',
  fromUserName: '+14155550100',
  extraHeaders: [],
};

describe('offscreen requests', () => {
  it('takes a call only from the service worker', () => {
    expect(checkOffscreenRequest({ [TO_OFFSCREEN]: call }, { id: ID, url: BG }, ID, BG)).toEqual({
      ok: true,
      value: call,
    });
    for (const sender of [
      { id: ID, url: 'chrome-extension://ext-id/sidepanel.html' },
      { id: ID, url: 'https://crm.example.com/', tab: { id: 3 } },
      { id: 'other-extension', url: 'chrome-extension://other-extension/background.js' },
      { id: ID, url: BG, tab: { id: 1 } },
    ]) {
      const checked = checkOffscreenRequest({ [TO_OFFSCREEN]: call }, sender, ID, BG);
      expect(checked).toMatchObject({
        ok: false,
        error: expect.stringMatching(/only from Ringside/),
      });
    }
  });

  it('ignores messages that are not softphone envelopes', () => {
    expect(
      checkOffscreenRequest({ type: 'dial', timestamp: 1 }, { id: ID, url: BG }, ID, BG),
    ).toBeNull();
    expect(checkOffscreenRequest(null, { id: ID, url: BG }, ID, BG)).toBeNull();
  });

  it.each([
    [{ ...call, fromUserName: '4155550100' }, /fromUserName: must be an E.164 number/],
    [{ ...call, target: 'sip:evil@x' }, /target/],
    [{ ...call, extraHeaders: ['a', 'b', 'c', 'd', 'e'] }, /extraHeaders/],
    [{ ...call, surprise: 1 }, /surprise/],
    [{ kind: 'control', action: 'dtmf', tone: '55' }, /tone/],
    [{ kind: 'control', action: 'transfer' }, /action/],
    [{ kind: 'configure', account: { wsUrl: 'x' } }, /account/],
  ])('refuses a malformed request %#, naming the field', (req, problem) => {
    const checked = checkOffscreenRequest({ [TO_OFFSCREEN]: req }, { id: ID, url: BG }, ID, BG);
    expect(checked?.ok).toBe(false);
    if (checked && !checked.ok) expect(checked.error).toMatch(problem);
  });
});

describe('offscreen events', () => {
  const ended = {
    kind: 'ended',
    id: 'c-1',
    direction: 'outbound',
    outcome: 'busy',
    cause: 'The line is busy.',
    durationMs: 0,
  };
  it('takes events only from the offscreen document', () => {
    expect(checkOffscreenEvent({ [FROM_OFFSCREEN]: ended }, { id: ID, url: OFF }, ID, OFF)).toEqual(
      {
        ok: true,
        value: ended,
      },
    );
    expect(
      checkOffscreenEvent(
        { [FROM_OFFSCREEN]: ended },
        { id: ID, url: 'chrome-extension://ext-id/popup.html' },
        ID,
        OFF,
      ),
    ).toMatchObject({ ok: false });
    expect(
      checkOffscreenEvent(
        { [FROM_OFFSCREEN]: { ...ended, outcome: 'won' } },
        { id: ID, url: OFF },
        ID,
        OFF,
      ),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/outcome/) });
  });
});
