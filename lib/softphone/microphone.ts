/**
 * What to tell the agent after asking for the microphone (getUserMedia's error names), so that
 * a denied or missing microphone says what to do next.
 */
export function microphoneProblem(
  errorName: string | null,
  browserName: 'chrome' | 'firefox',
): string | null {
  if (errorName === null) return null;
  switch (errorName) {
    case 'NotAllowedError':
    case 'SecurityError':
      return browserName === 'chrome'
        ? 'The microphone is blocked for Ringside. Click the camera-and-microphone icon in the address bar (or open chrome://settings/content/microphone), allow it for Ringside, then try again.'
        : 'The microphone is blocked for Ringside. Allow it in the permissions of this page (the icon left of the address), then try again.';
    case 'NotFoundError':
    case 'OverconstrainedError':
      return 'No microphone was found. Connect a headset or microphone, then try again.';
    case 'NotReadableError':
    case 'AbortError':
      return 'The microphone is in use by another application or could not be started. Close the other application, then try again.';
    default:
      return `The microphone could not be used (${errorName}). Try again, or check the browser’s microphone settings.`;
  }
}
