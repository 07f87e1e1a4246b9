/**
 * What the options page says after saving a sync URL or webhook URL when the browser did not
 * grant Ringside access to that server (utils/server-access.ts): the setting is saved, but the
 * background's requests then work only if the server answers cross-origin requests (CORS).
 */
export interface AccessAnswer {
  /** "https://telephony.example.com/*" */
  pattern: string;
  granted: boolean;
}

export type AccessUse = 'sync' | 'webhook';

const WHAT: Record<AccessUse, string> = {
  sync: 'the sync works',
  webhook: 'calls reach the webhook',
};

/** The warning for a refused access; null when access was granted (or there was nothing to ask). */
export function accessWarning(answer: AccessAnswer | null, use: AccessUse): string | null {
  if (!answer || answer.granted) return null;
  const origin = answer.pattern.replace(/\/\*$/, '');
  return `Saved, but Ringside was not allowed to reach ${origin}: ${WHAT[use]} only if that server allows cross-origin requests (CORS).`;
}
