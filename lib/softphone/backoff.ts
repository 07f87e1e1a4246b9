/**
 * When the softphone tries the SIP server again after its WebSocket dropped or could not
 * connect: 1, 2, 4, 8, 16 s, then every 30 s, each with up to 20 % random jitter so that a
 * room of agents does not reconnect to a restarted server in the same second.
 */
export const RECONNECT_BASE_MS = 1_000;
export const RECONNECT_MAX_MS = 30_000;
export const RECONNECT_JITTER = 0.2;

/** `attempt` counts from 1 (the first retry). `random` is in [0, 1). */
export function reconnectDelayMs(attempt: number, random: number): number {
  const exp = Math.min(Math.max(attempt, 1) - 1, 20);
  const base = Math.min(RECONNECT_MAX_MS, RECONNECT_BASE_MS * 2 ** exp);
  const r = Math.min(Math.max(random, 0), 1);
  return Math.round(base * (1 - RECONNECT_JITTER * r));
}
