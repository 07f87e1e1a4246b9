import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayText, hasBidiControls, stripBidiControls } from '../../../../lib/ui/bidi';
import { linkTextDiffers } from '../../../../lib/ui/link-text';

describe('linkTextDiffers', () => {
  it.each<[string, string, string | undefined, boolean]>([
    // [link text, target, ext, differs]
    ['(415) 555-0100', '+19005550199', undefined, true],
    ['(415) 555-0100', '+14155550100', undefined, false],
    ['+1 415 555 0100', '+14155550100', undefined, false],
    ['1-415-555-0100', '+14155550100', undefined, false],
    ['415.555.0100', '+14155550100', undefined, false],
    ['020 7946 0958', '+442079460958', undefined, false],
    ['00 44 20 7946 0958', '+442079460958', undefined, false],
    ['011 44 20 7946 0958', '+442079460958', undefined, false],
    ['06 1234 5678', '+390612345678', undefined, false],
    ['01 23 45 67 89', '+33123456789', undefined, false],
    ['(415) 555-0134 ext. 204', '+14155550134', '204', false],
    ['(415) 555-0134 ext. 204', '+14155550134', undefined, true],
    // Too few digits for the whole national number: it does not name the target.
    ['555-0100', '+19005550100', undefined, true],
    // Labels name no number.
    ['Call', '+19005550199', undefined, false],
    ['Mobile 2', '+19005550199', undefined, false],
    // Two numbers in the text.
    ['415 555 0100 or 415 555 0101', '+14155550100', undefined, true],
    // Written backwards under a right-to-left override.
    ['\u202E0010 555 514 1+\u202C', '+14155550100', undefined, true],
  ])('%j → %s: %s', (text, e164, ext, differs) => {
    expect(linkTextDiffers(text, e164, ext)).toBe(differs);
  });

  it('a link whose text is its own number, in any grouping, agrees', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[2-9]\d{9}$/),
        fc.array(fc.constantFrom(' ', '-', '.', '(', ')'), { minLength: 10, maxLength: 10 }),
        (national, seps) => {
          const text = [...national].map((d, i) => d + seps[i]).join('');
          expect(linkTextDiffers(text, `+1${national}`)).toBe(false);
          expect(linkTextDiffers(`+1 ${text}`, `+1${national}`)).toBe(false);
        },
      ),
      { numRuns: 200, interruptAfterTimeLimit: 4_000 },
    );
  });

  it('text naming a different national number always differs', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[2-9]\d{9}$/), fc.stringMatching(/^[2-9]\d{9}$/), (a, b) => {
        fc.pre(a !== b);
        expect(linkTextDiffers(a, `+1${b}`)).toBe(true);
      }),
      { numRuns: 200, interruptAfterTimeLimit: 4_000 },
    );
  });
});

describe('bidi controls', () => {
  it('strips every embedding, override, isolate and mark', () => {
    const text = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C+1 415';
    expect(hasBidiControls(text)).toBe(true);
    expect(stripBidiControls(text)).toBe('+1 415');
    expect(hasBidiControls(stripBidiControls(text))).toBe(false);
  });

  it('keeps right-to-left letters: a Hebrew or Arabic name stays as it is', () => {
    expect(displayText('שרה כהן')).toBe('שרה כהן');
    expect(displayText('مكتب دبي')).toBe('مكتب دبي');
  });

  it('cuts long text with an ellipsis, never inside a surrogate pair', () => {
    expect(displayText('x'.repeat(200), 10)).toBe(`${'x'.repeat(9)}…`);
    expect(displayText('😀'.repeat(20), 5)).toBe('😀😀😀😀…');
    expect(displayText('  a \n b  ')).toBe('a b');
  });

  it('no text, once displayed, holds a bidi control or exceeds its length', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.integer({ min: 2, max: 200 }),
        (s, max) => {
          const shown = displayText(s, max);
          expect(hasBidiControls(shown)).toBe(false);
          expect(Array.from(shown).length).toBeLessThanOrEqual(max);
        },
      ),
      { numRuns: 300, interruptAfterTimeLimit: 4_000 },
    );
  });
});
