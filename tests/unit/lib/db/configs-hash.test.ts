/**
 * `sha256Hex` (lib/db/configs.ts) with a pause: the text encoded in slices gives the hash of the
 * whole text encoded at once, whatever characters fall on a slice boundary.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../../lib/db/configs';

const SLICE = 128 * 1024;

describe('sha256Hex in slices', () => {
  it.each([
    ['short (one slice, no pause)', 'abc', 0],
    ['exactly one slice', 'a'.repeat(SLICE), 0],
    ['two slices', 'é'.repeat(SLICE + 1), 2],
    ['a surrogate pair across the boundary', `${'a'.repeat(SLICE - 1)}😀${'b'.repeat(10)}`, 2],
    ['a lone high surrogate at the boundary', `${'a'.repeat(SLICE - 1)}\ud83d${'b'.repeat(10)}`, 2],
    ['a lone high surrogate at the very end', `${'a'.repeat(SLICE + 5)}\ud83d`, 2],
    ['three-byte characters', '€'.repeat(3 * SLICE), 3],
  ])('%s', async (_name, text, pausesExpected) => {
    let pauses = 0;
    const sliced = await sha256Hex(text, async () => void (pauses += 1));
    expect(sliced).toBe(await sha256Hex(text));
    expect(pauses).toBe(pausesExpected);
  });

  it('known value: the SHA-256 of "abc"', async () => {
    expect(await sha256Hex('abc', async () => undefined)).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('equals the one-shot hash for any text around the slice size (property)', async () => {
    const piece = fc.string({ unit: 'binary', maxLength: 8 });
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: SLICE - 8, max: 2 * SLICE + 8 }),
        piece,
        piece,
        async (fill, head, tail) => {
          // Arbitrary UTF-16 (pairs and lone surrogates) around the slice boundary.
          const text = head + 'x'.repeat(Math.max(0, fill - head.length)) + tail;
          expect(await sha256Hex(text, async () => undefined)).toBe(await sha256Hex(text));
        },
      ),
      { numRuns: 60, interruptAfterTimeLimit: 4_000 },
    );
  });
});
