// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeDial, describePreview } from '../../../../entrypoints/content/calls';
import { cardNote, cardNumberText } from '../../../../entrypoints/content/card';
import type { Mark } from '../../../../entrypoints/content/marks';
import { compareInPage, stepInPage } from '../../../../entrypoints/content/order';
import { cardPosition } from '../../../../entrypoints/content/overlay';
import type { AccountNumber, CallerIdSelection } from '../../../../lib/caller-id/types';

const SF: AccountNumber = {
  id: 'us-sf',
  number: '+14155550100',
  label: 'San Francisco HQ',
  ringGroups: ['sales'],
  tollFree: false,
  dedicatedLine: false,
  external: false,
};
const selection = (number: AccountNumber | null, reason: string): CallerIdSelection => ({
  number,
  rule: number ? 'area-code' : 'none',
  reason,
});

describe('the card’s words', () => {
  it('never claims a caller ID for a tel: hand-off', () => {
    const preview = describePreview({
      ok: true,
      e164: '+14155550187',
      selection: selection(SF, 'Same area code.'),
      toDisplay: '+1 415 555 0187',
      fromDisplay: '+1 415 555 0100',
      provider: 'tel',
    });
    expect(preview.from).toBe('Your phone app decides the number shown');
    expect(preview.why).toMatch(/cannot carry a caller ID/);
    const dialled = describeDial({
      ok: true,
      callId: 1,
      selection: selection(SF, 'Same area code.'),
      toDisplay: '+1 415 555 0187',
      fromDisplay: '+1 415 555 0100',
      provider: 'tel',
    });
    expect(dialled.text).toBe(
      'Handed to your phone app, which decides the number shown to the callee',
    );
    expect(dialled.text).not.toMatch(/from|Placed/i);
  });

  it('says which number a call would use and why', () => {
    expect(
      describePreview({
        ok: true,
        e164: '+14155550187',
        selection: selection(SF, 'Same area code (415) as the number you are calling.'),
        toDisplay: '+1 415 555 0187',
        fromDisplay: '+1 415 555 0100',
      }),
    ).toEqual({
      // The background's formatting, as in the popup and side panel.
      from: 'Call from +1 415 555 0100 · San Francisco HQ',
      why: 'Same area code (415) as the number you are calling.',
      // Its parts, so the card can show the label in its own bidi isolate.
      fromNumber: '+1 415 555 0100',
      fromLabel: 'San Francisco HQ',
    });
    expect(
      describePreview({
        ok: true,
        e164: '+1',
        selection: selection(null, 'The account has no number to call from.'),
        toDisplay: '+1',
        fromDisplay: '',
      }),
    ).toEqual({
      from: 'No number to call from',
      why: 'The account has no number to call from.',
      error: true,
    });
    expect(describePreview({ ok: false, error: 'Pick who you are first.' })).toEqual({
      from: 'Pick who you are first.',
      why: '',
      error: true,
    });
  });

  it('reports a call', () => {
    expect(
      describeDial({
        ok: true,
        callId: 1,
        selection: selection(SF, 'x'),
        toDisplay: '+44 20 7946 0123',
        fromDisplay: '+1 415 555 0100',
      }),
    ).toEqual({
      text: 'Calling from +1 415 555 0100',
      kind: 'info',
    });
    expect(describeDial({ ok: false, error: 'The webhook did not answer.' })).toEqual({
      text: 'The webhook did not answer.',
      kind: 'error',
    });
  });

  const mark = (text: string, e164 = '+14155550134', ext?: string) =>
    ({
      match: {
        e164,
        ext,
        text,
        source: 'link',
        place: { kind: 'element', element: document.body },
      },
    }) as unknown as Mark;

  it.each<[Mark, string | undefined, string]>([
    // The page's text when it is the number; else the background's display, or E.164 before it.
    [mark('(415) 555-0134 ext. 204', '+14155550134', '204'), undefined, '(415) 555-0134 ext. 204'],
    [mark('(415) 555-0134', '+14155550134'), '+1 415 555 0134', '(415) 555-0134'],
    [mark('Call', '+14155550134', '204'), undefined, '+14155550134 ext. 204'],
    [mark('Call', '+14155550134', '204'), '+1 415 555 0134', '+1 415 555 0134 ext. 204'],
    [mark('Call Ana', '+442079460123'), undefined, '+442079460123'],
    [mark('Call Ana', '+442079460123'), '+44 20 7946 0123', '+44 20 7946 0123'],
    [mark(`${'x'.repeat(70)} 4155550134`), '+1 415 555 0134', '+1 415 555 0134'],
    // A link whose text names another number: never its text, always what a call dials.
    [mark('(415) 555-0100', '+19005550199'), undefined, '+19005550199'],
    [mark('(415) 555-0100', '+19005550199'), '+1 900 555 0199', '+1 900 555 0199'],
  ])('names the number: %#', (m, toDisplay, text) => {
    expect(cardNumberText(m, toDisplay)).toBe(text);
  });

  it('says when a link’s text names another number than it dials', () => {
    expect(cardNote(mark('(415) 555-0100', '+19005550199'))).toBe(
      "The link's text “(415) 555-0100” is not the number it dials: a call dials the number above.",
    );
    expect(cardNote(mark('(415) 555-0134', '+14155550134'))).toBeUndefined();
    expect(cardNote(mark('Call', '+19005550199'))).toBeUndefined();
    // What the page wrote is shown without its bidi controls, and cut when long.
    expect(cardNote(mark(`\u202E${'9'.repeat(80)}`, '+19005550199'))).toBe(
      `The link's text “${'9'.repeat(39)}…” is not the number it dials: a call dials the number above.`,
    );
  });
});

describe('cardPosition', () => {
  const card = { width: 300, height: 120 };
  it('goes under the number, inside the viewport', () => {
    expect(cardPosition({ left: 100, top: 50, bottom: 70 }, card, 1280, 720)).toEqual({
      left: 100,
      top: 76,
    });
    expect(cardPosition({ left: 1200, top: 50, bottom: 70 }, card, 1280, 720)).toEqual({
      left: 972,
      top: 76,
    });
    expect(cardPosition({ left: -40, top: 50, bottom: 70 }, card, 1280, 720)).toEqual({
      left: 8,
      top: 76,
    });
  });
  it('goes above the number near the bottom of the viewport', () => {
    expect(cardPosition({ left: 100, top: 650, bottom: 670 }, card, 1280, 720)).toEqual({
      left: 100,
      top: 524,
    });
  });
  it('always stays on screen when it fits', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -200, max: 1500 }),
        fc.integer({ min: -100, max: 800 }),
        fc.integer({ min: 5, max: 40 }),
        (left, top, height) => {
          const p = cardPosition({ left, top, bottom: top + height }, card, 1280, 720);
          return (
            p.left >= 8 && p.left + card.width <= 1272 && p.top >= 8 && p.top + card.height <= 712
          );
        },
      ),
      { numRuns: 100, interruptAfterTimeLimit: 4_000 },
    );
  });
});

describe('page order across shadow roots', () => {
  it('orders light DOM, shadow content at its host, and nested shadow roots', () => {
    document.body.innerHTML = '<p id="a">a</p><x-host id="h"></x-host><p id="z">z</p>';
    const host = document.getElementById('h')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p id="s1">s1</p><y-host id="h2"></y-host><p id="s3">s3</p>';
    const inner = shadow.getElementById('h2')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<p id="s2">s2</p>';
    const nodes = [
      document.getElementById('a')!,
      host,
      shadow.getElementById('s1')!,
      inner.getElementById('s2')!,
      shadow.getElementById('s3')!,
      document.getElementById('z')!,
    ];
    for (let i = 0; i < nodes.length; i++) {
      for (let j = 0; j < nodes.length; j++) {
        expect(Math.sign(compareInPage(nodes[i]!, nodes[j]!)), `${i} vs ${j}`).toBe(
          Math.sign(i - j),
        );
      }
    }
    const shuffled = [nodes[4]!, nodes[0]!, nodes[5]!, nodes[2]!, nodes[3]!];
    const id = (n: Node) => n;
    expect(stepInPage(shuffled, id, null, 1)).toBe(nodes[0]);
    expect(stepInPage(shuffled, id, nodes[2]!, 1)).toBe(nodes[3]);
    expect(stepInPage(shuffled, id, nodes[5]!, 1)).toBe(nodes[0]);
    expect(stepInPage(shuffled, id, nodes[0]!, -1)).toBe(nodes[5]);
    expect(stepInPage(shuffled, id, nodes[4]!, -1)).toBe(nodes[3]);
  });
});
