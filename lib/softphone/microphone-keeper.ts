/**
 * The microphone stream of the softphone's calls, kept open for a short while after a call so the
 * next one does not open the microphone again. Opening it (getUserMedia) is the costliest step
 * Ringside controls between the agent's click and the INVITE: measured in the offscreen document,
 * 30–80 ms per call with a warm device, and far more for the first. An agent working through a
 * list calls again within seconds, so the stream of the last call is reused for `keepMs`, then
 * closed. It is never sent anywhere between calls: a peer connection only gets it for a call.
 *
 * Pure: the browser (getUserMedia) and the timers are injected.
 */

export interface MicTrack {
  enabled: boolean;
  readonly readyState?: string;
  stop(): void;
}

export interface MicStream {
  getTracks(): MicTrack[];
}

export interface MicKeeperDeps {
  /** Opens the microphone: `deviceId` '' is the system default. */
  open(deviceId: string): Promise<MicStream>;
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
  /** How long a stream is kept after its call, in ms. */
  keepMs: number;
}

/** How long the microphone stays open after a call for the next one (see the file's comment). */
export const MIC_KEEP_MS = 60_000;

export function createMicKeeper(deps: MicKeeperDeps) {
  let kept: { stream: MicStream; deviceId: string } | null = null;
  let timer: unknown = null;

  function cancelTimer() {
    if (timer !== null) deps.clearTimer(timer);
    timer = null;
  }

  function close() {
    cancelTimer();
    const old = kept;
    kept = null;
    for (const track of old?.stream.getTracks() ?? []) track.stop();
  }

  const usable = (stream: MicStream) => {
    const tracks = stream.getTracks();
    return tracks.length > 0 && tracks.every((t) => t.readyState !== 'ended');
  };

  return {
    /**
     * The stream for a call on `deviceId`: the kept one when it is that device and still live
     * (unmuted: a muted call leaves its tracks disabled), else a newly opened one, which replaces
     * the kept one. The stream stays open until `release` and the keep time pass, or `close`.
     */
    async acquire(deviceId: string): Promise<MicStream> {
      cancelTimer();
      if (kept && kept.deviceId === deviceId && usable(kept.stream)) {
        for (const track of kept.stream.getTracks()) track.enabled = true;
        return kept.stream;
      }
      close();
      const stream = await deps.open(deviceId);
      kept = { stream, deviceId };
      return stream;
    },
    /** The call using the stream ended: close it unless another call takes it within keepMs. */
    release() {
      if (!kept) return;
      cancelTimer();
      timer = deps.setTimer(() => {
        timer = null;
        close();
      }, deps.keepMs);
    },
    /** Closes the stream now (the softphone stopped, or another microphone was chosen). */
    close,
    get open(): boolean {
      return kept !== null;
    },
  };
}

export type MicKeeper = ReturnType<typeof createMicKeeper>;
