/**
 * The media watchdog. JsSIP keeps a session "in call" when its RTCPeerConnection fails (the other
 * side's browser died, the network went away), so the offscreen document asks this every few
 * seconds and ends the call when it says so.
 */

/** How long a `disconnected` peer connection may stay so before the call is ended. */
export const DISCONNECTED_GRACE_MS = 15_000;

/**
 * `disconnectedSince` is when the connection last entered `disconnected` (undefined when it is
 * not). Returns true when the call should end.
 */
export function mediaFailed(
  connectionState: string,
  disconnectedSince: number | undefined,
  now: number,
): boolean {
  if (connectionState === 'failed' || connectionState === 'closed') return true;
  return (
    connectionState === 'disconnected' &&
    disconnectedSince !== undefined &&
    now - disconnectedSince >= DISCONNECTED_GRACE_MS
  );
}
