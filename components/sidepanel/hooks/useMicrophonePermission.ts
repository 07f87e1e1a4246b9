/**
 * Whether Ringside may use the microphone ('granted', 'denied' or 'prompt'), followed live: the
 * side panel shares the extension's origin with the offscreen document that uses it. 'unknown'
 * where the browser cannot say (no Permissions API for the microphone).
 */
import { useEffect, useState } from 'preact/hooks';

export type MicrophonePermission = PermissionState | 'unknown';

export function useMicrophonePermission(): MicrophonePermission {
  const [state, setState] = useState<MicrophonePermission>('unknown');
  useEffect(() => {
    let status: PermissionStatus | null = null;
    let alive = true;
    const update = () => {
      if (alive && status) setState(status.state);
    };
    navigator.permissions
      ?.query({ name: 'microphone' as PermissionName })
      .then((s) => {
        status = s;
        update();
        s.addEventListener('change', update);
      })
      .catch(() => undefined);
    return () => {
      alive = false;
      status?.removeEventListener('change', update);
    };
  }, []);
  return state;
}
