/** Counting an uploaded file's lines from its bytes, slice by slice. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countLines, LineCounter } from '../../../../lib/presence/line-count';

/** The count the page gave when it read the whole text: LFs, plus a last line without one. */
const fromText = (text: string) =>
  text.split('\n').length - (text === '' || text.endsWith('\n') ? 1 : 0);

describe('LineCounter', () => {
  it.each([
    ['', 0],
    ['\n', 1],
    ['+1 415 555 0199', 1],
    ['+1 415 555 0199\n', 1],
    ['a\r\nb\r\n', 2],
    ['a\n\nb', 3],
  ])('counts %j as %i lines', async (text, lines) => {
    expect(await countLines(new Blob([text]))).toBe(lines);
  });

  it('counts as the whole text does, however the bytes are sliced', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom('\n', '\r\n', ',', 'é', '😀'), fc.string()), {
          maxLength: 40,
        }),
        fc.array(fc.nat(), { maxLength: 8 }),
        (parts, cuts) => {
          const text = parts.join('');
          const bytes = new TextEncoder().encode(text);
          const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
          const counter = new LineCounter();
          let from = 0;
          for (const to of [...at, bytes.length]) {
            counter.add(bytes.subarray(from, to));
            from = to;
          }
          expect(counter.lines).toBe(fromText(text));
        },
      ),
      { numRuns: 300, interruptAfterTimeLimit: 4000 },
    );
  });
});
