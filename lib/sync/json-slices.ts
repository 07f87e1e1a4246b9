/**
 * `JSON.parse` of a large document in slices, so the service worker answers other messages while
 * a 10,000-number config (about 1 MB) or a 10 MB one is read. One `JSON.parse` of 1 MB is a single
 * task of 10–20 ms on a quiet machine and several times that on a busy one; a 10 MB document holds
 * the worker for well over 100 ms.
 *
 * The text is fed to @streamparser/json's `JSONParser` (a maintained streaming parser, compliant
 * with JSON.parse, which builds the same value) a few kilobytes at a time, waiting on `pause()` (a
 * macrotask in the background) whenever `sliceMs` have passed. Its total cost is several times a
 * native `JSON.parse` of the same text (see docs/background.md), spread over many short tasks.
 *
 * The result is the one `JSON.parse` gives, value or error message: a document the streaming
 * parser rejects (or one it would read differently: a leading byte-order mark, no value at all) is
 * handed to `JSON.parse` itself, so a broken document is reported in the same words as before.
 * That one-shot parse runs only for a document that is already failing.
 */
import { JSONParser } from '@streamparser/json';

export type JsonResult = { ok: true; value: unknown } | { ok: false; reason: string };

export interface JsonSliceOptions {
  /** Between slices (a macrotask in the background). */
  pause: () => Promise<void>;
  /** How long one slice may run before it pauses (ms). */
  sliceMs?: number;
  /** Characters fed to the parser at a time, between two checks of the clock. */
  chunkChars?: number;
  now?: () => number;
}

/** `JSON.parse`, its error as text. */
export function parseJsonOnce(text: string): JsonResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : String(e) };
  }
}

export async function parseJsonInSlices(
  text: string,
  options: JsonSliceOptions,
): Promise<JsonResult> {
  // JSON.parse refuses a byte-order mark, at the start or between tokens, that the streaming
  // parser skips (found by the property test: "[\ufeff]"). A document holding one anywhere is
  // read in one go; a real config has none, and the scan for it is one native pass.
  // (A lone UTF-16 surrogate would also read differently, as U+FFFD; the text always comes from
  // a UTF-8 decode, which never yields one.)
  if (text.includes('\ufeff')) return parseJsonOnce(text);
  const now = options.now ?? (() => performance.now());
  const sliceMs = options.sliceMs ?? 8;
  const chunk = options.chunkChars ?? 8 * 1024;
  // Only the document itself is emitted ('$'), not every value inside it; the parser keeps no
  // stack of finished values either.
  const parser = new JSONParser({ paths: ['$'], keepStack: false });
  let root: { value: unknown } | undefined;
  parser.onValue = ({ value, stack }) => {
    if (stack.length === 0) root = { value };
  };
  let failed = false;
  parser.onError = () => {
    failed = true;
  };
  let sliceStart = now();
  for (let at = 0; at < text.length && !failed; at += chunk) {
    parser.write(text.slice(at, at + chunk));
    if (now() - sliceStart >= sliceMs) {
      await options.pause();
      sliceStart = now();
    }
  }
  if (!failed && !parser.isEnded) parser.end();
  if (failed || !root) return parseJsonOnce(text);
  return { ok: true, value: root.value };
}
