/**
 * How often a web page may start calls. A person clicks Call at most every few seconds; a script
 * can click hundreds of times a second. Both the content script (to say so on the card before
 * asking) and the background (which a compromised content script cannot skip) apply this rule,
 * each to the calls it has seen: per page in the content script, per tab in the background.
 *
 * Pure: the caller keeps the list of accepted call times and passes it in with the clock.
 */

export interface DialRateRule {
  /** No two calls from one page closer than this. */
  minGapMs: number;
  /** At most `maxInWindow` calls within any `windowMs`. */
  windowMs: number;
  maxInWindow: number;
}

/** One call every 3 s, 6 a minute: more than an agent dials by hand, far less than a script. */
export const PAGE_DIAL_RATE: DialRateRule = { minGapMs: 3_000, windowMs: 60_000, maxInWindow: 6 };

export type DialRateDecision =
  | { ok: true; /** The accepted times to keep, this call included. */ recent: number[] }
  | {
      ok: false;
      /** The accepted times to keep (unchanged: a refused call does not count). */
      recent: number[];
      /** When a call would be accepted again, in ms from `now`. */
      retryInMs: number;
      /** Which rule waits: the gap after the last call, or the most calls a window allows. */
      limit: 'gap' | 'window';
      /** The most calls the window allows (for a page's own wording of the refusal). */
      maxInWindow: number;
    };

/** Whole seconds to wait, at least 1 (the refusal's plural argument). */
export function waitSeconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

/**
 * Decides whether a call at `now` is within the rule, given the times of the calls accepted
 * before it. Times in the future (a clock that went back) count as now. The sentence for a refusal is
 * `dialRateMessage` (./rate-limit-message.ts), apart so a page that words it itself (the CRM card)
 * carries no catalog for it.
 */
export function checkDialRate(
  accepted: readonly number[],
  now: number,
  rule: DialRateRule = PAGE_DIAL_RATE,
): DialRateDecision {
  const recent = accepted
    .map((t) => Math.min(t, now))
    .filter((t) => now - t < rule.windowMs)
    .sort((a, b) => a - b);
  const last = recent[recent.length - 1];
  const gapWait = last === undefined ? 0 : Math.max(0, rule.minGapMs - (now - last));
  const oldest = recent[recent.length - rule.maxInWindow];
  const windowWait = oldest === undefined ? 0 : rule.windowMs - (now - oldest);
  const retryInMs = Math.max(gapWait, windowWait);
  if (retryInMs > 0) {
    return {
      ok: false,
      recent,
      retryInMs,
      limit: windowWait > 0 ? 'window' : 'gap',
      maxInWindow: rule.maxInWindow,
    };
  }
  return { ok: true, recent: [...recent, now] };
}

/**
 * True for a dial refused only because it waits for the agent's explicit confirmation (a costly
 * destination, outside calling hours: the `confirm` of a refused DialResult). Such a refusal
 * started no call, so it is taken back out of the count: the agent's "Call anyway" right after it
 * must not be refused as too fast.
 */
export function onlyAsksToConfirm(result: { ok: boolean }): boolean {
  const confirm = (result as { confirm?: unknown }).confirm;
  return !result.ok && Array.isArray(confirm) && confirm.length > 0;
}

/**
 * True for a dial the background refused before trying any call: it waits for a confirmation
 * (`onlyAsksToConfirm`), or the caller ID changed since the card showed it (`callerIdChanged`: the
 * card now shows the new one, and the agent's next click, right after, is a fresh decision).
 */
export function startedNoCall(result: { ok: boolean }): boolean {
  if (onlyAsksToConfirm(result)) return true;
  return !result.ok && (result as { callerIdChanged?: unknown }).callerIdChanged === true;
}

/** `recent` without the call accepted at `at` (see `startedNoCall`). */
export function withdrawDial(recent: readonly number[], at: number): number[] {
  const index = recent.lastIndexOf(at);
  return index < 0 ? [...recent] : [...recent.slice(0, index), ...recent.slice(index + 1)];
}
