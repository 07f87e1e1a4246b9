// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectPhoneNumbers } from '../../../../lib/detect/index';
import { FIXTURE_PAGES } from '../../../fixtures/pages/expected';
import { loadFixture, parsePage } from './load-fixture';

describe.each(FIXTURE_PAGES)('fixture page $file', ({ file, defaultCountry, expected, frames }) => {
  it('finds every expected number, in document order, and nothing else', () => {
    const doc = loadFixture(file);
    const found = detectPhoneNumbers(doc, { defaultCountry });
    expect(found.map(({ e164, source }) => ({ e164, source }))).toEqual(
      expected.map(({ e164, source }) => ({ e164, source })),
    );
    expected.forEach((want, i) => {
      expect(found[i]!.ext).toBe(want.ext);
      if (want.text !== undefined) expect(found[i]!.text).toBe(want.text);
      if (want.region !== undefined) expect([i, found[i]!.region]).toEqual([i, want.region]);
      if (want.regionSource !== undefined) {
        expect([i, found[i]!.regionSource]).toEqual([i, want.regionSource]);
      }
    });
  });

  if (frames) {
    it('finds the numbers of its iframe in the frame document', () => {
      const doc = loadFixture(file);
      const iframes = Array.from(doc.querySelectorAll('iframe[srcdoc]'));
      const inFrames = iframes.flatMap((f) =>
        detectPhoneNumbers(parsePage(f.getAttribute('srcdoc')!), { defaultCountry }),
      );
      expect(inFrames.map(({ e164, source }) => ({ e164, source }))).toEqual(frames);
    });
  }
});
