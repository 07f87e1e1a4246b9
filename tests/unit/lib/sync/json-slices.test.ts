/**
 * `parseJsonInSlices` (lib/sync/json-slices.ts): the value or error `JSON.parse` gives, read a few
 * characters at a time with a pause between slices.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonInSlices, parseJsonOnce } from '../../../../lib/sync/json-slices';
import { generateLargeAccount } from '../../../../scripts/gen-large-account.mjs';

/** A clock that moves 1 ms per reading, so slices of `sliceMs` end after that many readings. */
function ticking() {
  let t = 0;
  return () => (t += 1);
}

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Sliced (small chunks, at most ~40 of them, a pause after every one) and counts its pauses.
 */
async function sliced(text: string, chunkChars = Math.max(7, Math.ceil(text.length / 40))) {
  let pauses = 0;
  const result = await parseJsonInSlices(text, {
    pause: async () => {
      pauses += 1;
      await macrotask();
    },
    sliceMs: 0,
    chunkChars,
    now: ticking(),
  });
  return { result, pauses };
}

const large = JSON.stringify(generateLargeAccount({ numbers: 2_000, agents: 400, seed: 3 }));
const middle = Math.floor(large.length / 2);
/** Bytes that are not UTF-8, decoded the way the download decodes them (U+FFFD each). */
const latin1 = new TextDecoder().decode(
  new Uint8Array([
    ...new TextEncoder().encode('{"account":{"name":"S'),
    0xe3,
    0x6f,
    0x22,
    0x7d,
    0x7d,
  ]),
);
const badByteOutside = new TextDecoder().decode(
  new Uint8Array([...new TextEncoder().encode('{"a":1'), 0xff, 0x7d]),
);

describe('parseJsonInSlices gives what JSON.parse gives', () => {
  it.each([
    ['a small document', '{"schemaVersion":1,"numbers":[{"id":"n1"}]}'],
    ['a 2,000-number document', large],
    ['trailing white space', '{"a":[1,2]}\n\t  '],
    ['a lone value', '42'],
    ['unicode escapes and pairs', '{"a":"\\u00e9\\ud83d\\ude00 😀 ação"}'],
    ['a "__proto__" key', '{"__proto__":{"x":1},"b":2}'],
    ['non-UTF-8 bytes inside a string (read as U+FFFD)', latin1],
    ['invalid at the start', 'x{"a":1}'],
    ['an HTML error page', '<html><body>Sign in</body></html>'],
    ['invalid in the middle', `${large.slice(0, middle)}}${large.slice(middle)}`],
    ['invalid at the end', `${large},`],
    ['two documents', '{"a":1}{"b":2}'],
    ['truncated (a stream cut off)', large.slice(0, middle)],
    ['truncated inside a string', '{"a":"abc'],
    ['truncated after a number', '{"a":12'],
    ['a control character in a string', '{"a":"\u0001"}'],
    ['a leading zero', '{"a":01}'],
    ['a trailing comma', '[1,]'],
    ['a byte-order mark', '\ufeff{"a":1}'],
    ['non-UTF-8 byte outside a string', badByteOutside],
    ['empty', ''],
    ['white space only', ' \n '],
  ])('%s', async (_name, text) => {
    const { result } = await sliced(text);
    expect(result).toEqual(parseJsonOnce(text));
    if (!result.ok) expect(result.reason).not.toBe('');
  });

  it('pauses between slices of a large document and never within one chunk', async () => {
    const { result, pauses } = await sliced(large, 4096);
    expect(result).toEqual({ ok: true, value: JSON.parse(large) });
    expect(pauses).toBe(Math.ceil(large.length / 4096));
  });

  it('does not pause before a slice is used up', async () => {
    let pauses = 0;
    const result = await parseJsonInSlices(large, {
      pause: async () => void (pauses += 1),
      sliceMs: 1e9,
      now: ticking(),
    });
    expect(result.ok).toBe(true);
    expect(pauses).toBe(0);
  });

  it('equals JSON.parse for any JSON text and any chunk size (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), fc.integer({ min: 1, max: 64 }), async (value, chunk) => {
        const text = JSON.stringify(value, null, chunk % 3);
        const { result } = await sliced(text, chunk);
        expect(result).toEqual({ ok: true, value: JSON.parse(text) });
      }),
      { numRuns: 200, interruptAfterTimeLimit: 4_000 },
    );
  });

  it('equals JSON.parse for broken JSON: cut, a character inserted or dropped (property)', async () => {
    const broken = fc
      .tuple(
        fc.json(),
        fc.nat(),
        fc.constantFrom('cut', 'insert', 'drop'),
        fc.constantFrom(',', '}', ']', '"', ':', 'x', '0', '\\', ' ', '\u0000', '\ufeff'),
      )
      .map(([text, at, how, ch]) => {
        const i = text.length ? at % text.length : 0;
        if (how === 'cut') return text.slice(0, i);
        if (how === 'insert') return text.slice(0, i) + ch + text.slice(i);
        return text.slice(0, i) + text.slice(i + 1);
      });
    await fc.assert(
      fc.asyncProperty(broken, fc.integer({ min: 1, max: 16 }), async (text, chunk) => {
        const { result } = await sliced(text, chunk);
        expect(result).toEqual(parseJsonOnce(text));
      }),
      { numRuns: 300, interruptAfterTimeLimit: 4_000 },
    );
  });
});
